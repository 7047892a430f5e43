package io.pyra.scheduling.report;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a report covers, {@code from} to {@code to} both included, at most {@link
 * #MAX_MONTHS}; each month runs from its first midnight to the next month's on the centre's clock.
 */
public record ReportMonths(YearMonth from, YearMonth to) {

  public static final int MAX_MONTHS = 24;

  /** Months shown when none are chosen: the last six up to this one. */
  public static final int DEFAULT_MONTHS = 6;

  public ReportMonths {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from after to");
    }
  }

  /**
   * The months from the request's {@code from} and {@code to} ("2027-03"); a missing one is taken
   * from the other, or both from {@code now}. Refused: an unreadable month, {@code to} before
   * {@code from}, or more than {@link #MAX_MONTHS} months.
   */
  public static ReportMonths parse(String from, String to, YearMonth now) {
    List<RuleViolation> violations = new ArrayList<>();
    YearMonth f = month("from", from, violations);
    YearMonth t = month("to", to, violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    if (f == null && t == null) {
      t = now;
    }
    if (t == null) {
      t = f.plusMonths(DEFAULT_MONTHS - 1L);
    }
    if (f == null) {
      f = t.minusMonths(DEFAULT_MONTHS - 1L);
    }
    if (t.isBefore(f)) {
      throw new BusinessRuleException("to", "before-from", "schedulingreport.months.order");
    }
    if (f.plusMonths(MAX_MONTHS).isBefore(t.plusMonths(1))) {
      throw new BusinessRuleException("to", "range", "schedulingreport.months.range", MAX_MONTHS);
    }
    return new ReportMonths(f, t);
  }

  private static YearMonth month(String field, String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == 7) {
        YearMonth month = YearMonth.parse(value);
        if (month.getYear() >= 1900 && month.getYear() <= 9999) {
          return month;
        }
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    violations.add(new RuleViolation(field, "month", "schedulingreport.months.format"));
    return null;
  }

  /** The months in order. */
  public List<YearMonth> list() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The month's first instant on the zone's clock. */
  public static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The instant the month ends (the next month's first). */
  public static Instant end(YearMonth month, ZoneId zone) {
    return start(month.plusMonths(1), zone);
  }
}
