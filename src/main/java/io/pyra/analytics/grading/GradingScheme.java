package io.pyra.analytics.grading;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How customers are graded: the weights of the indicators, the cut into A, B and C, the window (the
 * months that end with the as-of day, that day included) and the audience (the customers of an org
 * unit and the units below it; {@code null}: all customers).
 */
public record GradingScheme(
    UUID id,
    String code,
    String name,
    GradingRule.Weights weights,
    GradingRule.Cut cut,
    int windowMonths,
    UUID audienceOrgUnitId,
    long version) {

  /** The first day of the window that ends with {@code asOf}. */
  public LocalDate windowStart(LocalDate asOf) {
    return asOf.plusDays(1).minusMonths(windowMonths);
  }
}
