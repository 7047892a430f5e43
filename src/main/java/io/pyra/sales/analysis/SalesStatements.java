package io.pyra.sales.analysis;

/**
 * The constant pieces of the sales figures' statements. An order counts as a sale (kind ORDER or
 * CONTRACT) or a return (CREDIT_NOTE) once it is SIGNED, ACTIVE or COMPLETED; refunds count on the
 * day they were made against the sales they refund. Amounts are in the base currency: an order's
 * {@code amount_base}, a line's or refund's amount times its order's {@code exchange_rate}.
 */
final class SalesStatements {

  private SalesStatements() {}

  static final String SALE = "o.kind in ('ORDER', 'CONTRACT')";
  static final String CREDIT = "o.kind = 'CREDIT_NOTE'";
  static final String COUNTED = " where o.status in ('SIGNED', 'ACTIVE', 'COMPLETED') and ";

  /** Orders, customers, gross, credit notes and cost, one row per key of the order. */
  static final String ORDER_FIGURES =
      " as k, sum(case when "
          + SALE
          + " then 1 else 0 end), count(distinct case when "
          + SALE
          + " then o.customer_id end), sum(case when "
          + SALE
          + " then o.amount_base else 0 end), sum(case when "
          + CREDIT
          + " then o.amount_base else 0 end), sum(o.cost_base) from sales_order o ";

  static final String ORDER_DAYS = "o.order_day >= :from and o.order_day <= :to and ";

  /** The same per key of an order line (product, category): lines at their order's rate. */
  static final String LINE_FIGURES =
      " as k, count(distinct case when "
          + SALE
          + " then o.id end), count(distinct case when "
          + SALE
          + " then o.customer_id end), sum(case when "
          + SALE
          + " then l.amount * o.exchange_rate else 0 end), sum(case when "
          + CREDIT
          + " then l.amount * o.exchange_rate else 0 end), sum(l.cost * o.exchange_rate)"
          + " from sales_order o join sales_order_line l on l.order_id = o.id"
          + " left join sales_product p on p.id = l.product_id ";

  /** Refunds of counted sales, in the base currency, per key. */
  static final String REFUND_FIGURES =
      " as k, sum(r.amount * o.exchange_rate) from sales_refund r"
          + " join sales_order o on o.id = r.order_id ";

  /** Refunds shared out over their order's lines in proportion to the lines' amounts. */
  static final String LINE_REFUND_FIGURES =
      " as k, sum(r.amount * o.exchange_rate * l.amount / o.amount) from sales_refund r"
          + " join sales_order o on o.id = r.order_id"
          + " join sales_order_line l on l.order_id = o.id"
          + " left join sales_product p on p.id = l.product_id ";

  static final String REFUND_DAYS =
      SALE + " and o.amount <> 0 and r.refunded_on >= :from and r.refunded_on <= :to and ";

  static final String CUSTOMER_JOIN = "left join customer_card_view c on c.id = o.customer_id ";

  static final String MONTH_OF_ORDER =
      "extract(year from o.order_day) * 100 + extract(month from o.order_day)";
  static final String QUARTER_OF_ORDER =
      "extract(year from o.order_day) * 10 + extract(quarter from o.order_day)";
  static final String YEAR_OF_ORDER = "extract(year from o.order_day)";
  static final String MONTH_OF_REFUND =
      "extract(year from r.refunded_on) * 100 + extract(month from r.refunded_on)";
  static final String QUARTER_OF_REFUND =
      "extract(year from r.refunded_on) * 10 + extract(quarter from r.refunded_on)";
  static final String YEAR_OF_REFUND = "extract(year from r.refunded_on)";
}
