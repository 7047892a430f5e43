package io.pyra.interaction.supervision;

import io.pyra.platform.error.BusinessRuleException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a supervisor looks at, {@code from} to {@code to} inclusive, in the company's time zone,
 * cut into columns: one per day up to two weeks, one per week (from {@code from}) beyond.
 */
public record SupervisionPeriod(LocalDate from, LocalDate to, ZoneId zone) {

  static final int MAX_DAYS = 366;
  static final int DAILY_UP_TO = 14;

  /** The period asked for; the current week (Monday to Sunday) when both ends are blank. */
  public static SupervisionPeriod parse(String from, String to, ZoneId zone) {
    LocalDate today = LocalDate.now(zone);
    LocalDate start =
        date("from", from, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    LocalDate end = date("to", to, start.plusDays(6));
    if (end.isBefore(start)) {
      throw new BusinessRuleException("to", "after-from", "supervision.period.order");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new BusinessRuleException("to", "max-days", "supervision.period.tooLong", MAX_DAYS);
    }
    return new SupervisionPeriod(start, end, zone);
  }

  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public boolean daily() {
    return ChronoUnit.DAYS.between(from, to) < DAILY_UP_TO;
  }

  /** The first day of each column. */
  public List<LocalDate> columns() {
    List<LocalDate> columns = new ArrayList<>();
    int step = daily() ? 1 : 7;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
      columns.add(day);
    }
    return columns;
  }

  /**
   * The boundaries of the columns: one more than there are columns, the last being {@link #end()}.
   */
  List<Instant> boundaries() {
    List<Instant> boundaries = new ArrayList<>();
    columns().forEach(day -> boundaries.add(day.atStartOfDay(zone).toInstant()));
    boundaries.add(end());
    return boundaries;
  }

  private static LocalDate date(String field, String text, LocalDate fallback) {
    if (blank(text)) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field, "date", "supervision.period.date", field);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
