package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.sales.analysis.SalesFilter;
import io.pyra.sales.analysis.SalesGrouping;
import io.pyra.sales.analysis.SalesPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The parameters every sales analysis shares, as a request gives them: {@code from}, {@code to}
 * (days, both included), or {@code period} (month, quarter, year around {@code to} or today),
 * {@code orgUnit}, {@code owner}; bad values are refused naming the parameter.
 */
record SalesAnalysisRequest(
    String period, String from, String to, String orgUnit, String owner, String groupBy) {

  /** The filter; without days, the twelve months up to today (or from this month on, ahead). */
  SalesFilter filter(LocalDate today, boolean ahead) {
    SalesPeriod days;
    SalesPeriod.Kind kind = kind();
    if (kind != SalesPeriod.Kind.CUSTOM) {
      LocalDate around =
          to == null || to.isBlank() ? today : SalesPeriod.parse(null, to, today).to();
      days = SalesPeriod.around(kind, around);
    } else if (ahead && blank(from) && blank(to)) {
      days =
          new SalesPeriod(
              today.withDayOfMonth(1), YearMonth.from(today).plusMonths(11).atEndOfMonth());
    } else {
      days = SalesPeriod.parse(from, to, today);
    }
    return new SalesFilter(
        days, SalesFilter.id("orgUnit", orgUnit), SalesFilter.id("owner", owner));
  }

  SalesPeriod.Kind kind() {
    if (blank(period)) {
      return SalesPeriod.Kind.CUSTOM;
    }
    try {
      return SalesPeriod.Kind.valueOf(period.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "period", "one-of", "sales.analysis.period.kindUnknown", period.strip());
    }
  }

  /** The kind of period, custom when it is not one the page knows. */
  SalesPeriod.Kind kindOrCustom() {
    try {
      return kind();
    } catch (BusinessRuleException e) {
      return SalesPeriod.Kind.CUSTOM;
    }
  }

  SalesGrouping grouping(SalesGrouping fallback) {
    return SalesGrouping.parse("groupBy", groupBy, fallback);
  }

  /** The composition's grouping: product or category only. */
  SalesGrouping share() {
    SalesGrouping grouping = grouping(SalesGrouping.CATEGORY);
    if (grouping != SalesGrouping.PRODUCT && grouping != SalesGrouping.CATEGORY) {
      throw new BusinessRuleException(
          "groupBy", "one-of", "sales.analysis.groupBy.share", grouping.parameter());
    }
    return grouping;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
