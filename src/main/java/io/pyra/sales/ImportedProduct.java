package io.pyra.sales;

import java.math.BigDecimal;

/**
 * A catalogue product as an import gives it: name, series (its category; null: none), list price
 * (null: none) in {@code currency}.
 */
public record ImportedProduct(String name, String series, BigDecimal listPrice, String currency) {}
