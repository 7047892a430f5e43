package io.pyra.marketing.funnel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The days of the funnel, both included, in the company's time zone: at most three years. Without
 * days, the twelve months up to today.
 */
public record FunnelPeriod(LocalDate from, LocalDate to) {

  public static final int MAX_YEARS = 3;

  public static FunnelPeriod parse(String from, String to, LocalDate today) {
    LocalDate end = day("to", to, today);
    LocalDate start = day("from", from, YearMonth.from(end).minusMonths(11).atDay(1));
    if (end.isBefore(start)) {
      throw new FunnelRequestRefused("to", "before-from", "funnel.period.toBeforeFrom");
    }
    if (!end.isBefore(start.plusYears(MAX_YEARS))) {
      throw new FunnelRequestRefused("to", "max-range", "funnel.period.tooLong", MAX_YEARS);
    }
    return new FunnelPeriod(start, end);
  }

  private static LocalDate day(String name, String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      if (text.strip().length() != 10) {
        throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
      }
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new FunnelRequestRefused(name, "date", "funnel.period.date", name);
    }
  }
}
