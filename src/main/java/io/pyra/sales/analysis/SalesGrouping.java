package io.pyra.sales.analysis;

import static io.pyra.sales.analysis.SalesStatements.COUNTED;
import static io.pyra.sales.analysis.SalesStatements.CUSTOMER_JOIN;
import static io.pyra.sales.analysis.SalesStatements.LINE_FIGURES;
import static io.pyra.sales.analysis.SalesStatements.LINE_REFUND_FIGURES;
import static io.pyra.sales.analysis.SalesStatements.MONTH_OF_ORDER;
import static io.pyra.sales.analysis.SalesStatements.MONTH_OF_REFUND;
import static io.pyra.sales.analysis.SalesStatements.ORDER_DAYS;
import static io.pyra.sales.analysis.SalesStatements.ORDER_FIGURES;
import static io.pyra.sales.analysis.SalesStatements.QUARTER_OF_ORDER;
import static io.pyra.sales.analysis.SalesStatements.QUARTER_OF_REFUND;
import static io.pyra.sales.analysis.SalesStatements.REFUND_DAYS;
import static io.pyra.sales.analysis.SalesStatements.REFUND_FIGURES;
import static io.pyra.sales.analysis.SalesStatements.YEAR_OF_ORDER;
import static io.pyra.sales.analysis.SalesStatements.YEAR_OF_REFUND;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the sales figures are grouped by ({@code groupBy} of {@code /api/v1/sales/summary}), each
 * with its two constant statements: the orders' figures and the refunds' (time groupings put a
 * refund in the period of the day it was made, the others in its order's group). The conditions
 * (visibility, org unit, owner) go between the statement's head and its {@code group by}.
 */
public enum SalesGrouping {
  MONTH(
      "select " + MONTH_OF_ORDER + ORDER_FIGURES + COUNTED + ORDER_DAYS,
      "group by " + MONTH_OF_ORDER,
      "select " + MONTH_OF_REFUND + REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "group by " + MONTH_OF_REFUND),
  QUARTER(
      "select " + QUARTER_OF_ORDER + ORDER_FIGURES + COUNTED + ORDER_DAYS,
      "group by " + QUARTER_OF_ORDER,
      "select " + QUARTER_OF_REFUND + REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "group by " + QUARTER_OF_REFUND),
  YEAR(
      "select " + YEAR_OF_ORDER + ORDER_FIGURES + COUNTED + ORDER_DAYS,
      "group by " + YEAR_OF_ORDER,
      "select " + YEAR_OF_REFUND + REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "group by " + YEAR_OF_REFUND),
  PRODUCT(
      "select l.product_id" + LINE_FIGURES + COUNTED + ORDER_DAYS,
      "group by l.product_id",
      "select l.product_id" + LINE_REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "group by l.product_id"),
  CATEGORY(
      "select p.category_id" + LINE_FIGURES + COUNTED + ORDER_DAYS,
      "group by p.category_id",
      "select p.category_id" + LINE_REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "group by p.category_id"),
  OWNER(
      "select o.owner_id" + ORDER_FIGURES + COUNTED + ORDER_DAYS,
      "group by o.owner_id",
      "select o.owner_id" + REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "group by o.owner_id"),
  ORG_UNIT(
      "select o.org_unit_id" + ORDER_FIGURES + COUNTED + ORDER_DAYS,
      "group by o.org_unit_id",
      "select o.org_unit_id" + REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "group by o.org_unit_id"),
  COUNTRY(
      "select c.country" + ORDER_FIGURES + CUSTOMER_JOIN + COUNTED + ORDER_DAYS,
      "group by c.country",
      "select c.country" + REFUND_FIGURES + CUSTOMER_JOIN + COUNTED + REFUND_DAYS,
      "group by c.country"),
  SOURCE(
      "select o.source" + ORDER_FIGURES + COUNTED + ORDER_DAYS,
      "group by o.source",
      "select o.source" + REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "group by o.source"),
  /** Everything in one row (the comparison of periods); not a choice of the API. */
  TOTAL(
      "select 0" + ORDER_FIGURES + COUNTED + ORDER_DAYS,
      "",
      "select 0" + REFUND_FIGURES + COUNTED + REFUND_DAYS,
      "");

  final String orders;
  final String ordersTail;
  final String refunds;
  final String refundsTail;

  SalesGrouping(String orders, String ordersTail, String refunds, String refundsTail) {
    this.orders = orders;
    this.ordersTail = ordersTail;
    this.refunds = refunds;
    this.refundsTail = refundsTail;
  }

  /** Whether the keys are periods (every period of the range gets a row, sold or not). */
  public boolean byTime() {
    return this == MONTH || this == QUARTER || this == YEAR;
  }

  /** The name in the API: {@code month}, {@code orgUnit}. */
  public String parameter() {
    return this == ORG_UNIT ? "orgUnit" : name().toLowerCase(Locale.ROOT);
  }

  /** The grouping named in a request; unknown names are refused naming {@code field}. */
  public static SalesGrouping parse(String field, String text, SalesGrouping fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    return Arrays.stream(values())
        .filter(g -> g != TOTAL && g.parameter().equalsIgnoreCase(text.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    field, "one-of", "sales.analysis.groupBy.unknown", field, text.strip()));
  }
}
