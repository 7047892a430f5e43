package io.pyra.sales.analysis;

import java.math.BigDecimal;

/**
 * The sales of one group (a month, a product, an owner …) in the base currency, rounded to the
 * cent: {@code gross} the counted sales, {@code returns} credit notes and refunds (negative),
 * {@code net = gross + returns}, {@code cost} of sales and credit notes, {@code margin = net -
 * cost}; {@code orders} the counted sales orders, {@code customers} the distinct customers who
 * bought (anonymous sales not counted). {@code key} is {@code "-"} for "not given".
 */
public record SalesSummaryRow(
    String key,
    String label,
    long orders,
    long customers,
    BigDecimal gross,
    BigDecimal returns,
    BigDecimal net,
    BigDecimal cost,
    BigDecimal margin) {

  /** The key of rows without a product, category, owner, country or source. */
  public static final String NONE = "-";
}
