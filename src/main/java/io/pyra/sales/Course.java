package io.pyra.sales;

/**
 * A catalogue product as a class session refers to it: its id, code, name and whether it is still
 * offered (active).
 */
public record Course(ProductId id, String code, String name, boolean active) {}
