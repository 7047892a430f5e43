package io.pyra.sales.catalogue;

import io.pyra.sales.ProductId;
import java.math.BigDecimal;

/**
 * What an order line, an import or an analysis needs to know of a product: its id, code, name,
 * unit, list price and unit cost (exact, {@code null} when not set) in its currency, and whether it
 * is still offered.
 */
public record ProductFacts(
    ProductId id,
    String code,
    String name,
    ProductUnit unit,
    BigDecimal listPrice,
    BigDecimal unitCost,
    String currency,
    boolean active) {}
