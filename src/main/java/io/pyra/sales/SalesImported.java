package io.pyra.sales;

/**
 * An import run finished writing orders: {@code created} new and {@code replaced} changed ones,
 * written in bulk without an event each. Read models of what customers bought recompute.
 */
public record SalesImported(int created, int replaced) {}
