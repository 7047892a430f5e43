package io.pyra.analytics.grading;

import io.pyra.analytics.audience.Audience;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How customers are graded: the weights of the indicators, the cut into A, B and C, the window (the
 * months that end with the as-of day, that day included) and the {@link Audience} (all customers,
 * or those of an org unit, a sector and with custom field values the scheme names).
 */
public record GradingScheme(
    UUID id,
    String code,
    String name,
    GradingRule.Weights weights,
    GradingRule.Cut cut,
    int windowMonths,
    Audience audience,
    long version) {

  public GradingScheme {
    audience = audience == null ? Audience.ALL : audience;
  }

  /** The first day of the window that ends with {@code asOf}. */
  public LocalDate windowStart(LocalDate asOf) {
    return asOf.plusDays(1).minusMonths(windowMonths);
  }
}
