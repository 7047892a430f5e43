package io.pyra.interaction.analysis;

import io.pyra.platform.error.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a contact analysis covers, {@code from} to {@code to} inclusive, in the company's time
 * zone.
 */
public record ContactPeriod(LocalDate from, LocalDate to, ZoneId zone) {

  static final int MAX_DAYS = 1100;

  /** The period asked for; by default the last twelve months, this one included. */
  public static ContactPeriod parse(String from, String to, ZoneId zone) {
    LocalDate today = LocalDate.now(zone);
    LocalDate end = date("to", to, today);
    LocalDate start = date("from", from, YearMonth.from(end).minusMonths(11).atDay(1));
    if (end.isBefore(start)) {
      throw new BusinessRuleException("to", "after-from", "analysis.period.order");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new BusinessRuleException("to", "max-days", "analysis.period.tooLong", MAX_DAYS);
    }
    return new ContactPeriod(start, end, zone);
  }

  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The months the period touches. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** Where each month's count starts and ends within the period: one more bound than months. */
  List<Instant> monthBounds() {
    List<Instant> bounds = new ArrayList<>();
    List<YearMonth> months = months();
    bounds.add(start());
    for (int i = 1; i < months.size(); i++) {
      bounds.add(months.get(i).atDay(1).atStartOfDay(zone).toInstant());
    }
    bounds.add(end());
    return bounds;
  }

  private static LocalDate date(String field, String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field, "date", "analysis.period.date", field);
    }
  }
}
