package io.pyra.support.report;

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
 * The days a report covers, {@code from} to {@code to} inclusive, in the company's time zone; its
 * months are cut at midnight of the first of each month in that zone.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

  /** About three years: at most 37 months, one statement each. */
  static final int MAX_DAYS = 1100;

  /** The period asked for; by default the last twelve months, this one included. */
  public static ReportPeriod parse(String from, String to, ZoneId zone) {
    LocalDate today = LocalDate.now(zone);
    LocalDate end = date("to", to, today);
    LocalDate start = date("from", from, YearMonth.from(end).minusMonths(11).atDay(1));
    if (end.isBefore(start)) {
      throw new BusinessRuleException("to", "after-from", "supportreport.period.order");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new BusinessRuleException("to", "max-days", "supportreport.period.tooLong", MAX_DAYS);
    }
    return new ReportPeriod(start, end, zone);
  }

  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The months the period touches, each with the part of it inside the period. */
  public List<Month> months() {
    List<Month> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
      LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
      months.add(
          new Month(
              m,
              first.atStartOfDay(zone).toInstant(),
              last.plusDays(1).atStartOfDay(zone).toInstant()));
    }
    return months;
  }

  /** A month of the period: {@code start} inclusive to {@code end} exclusive. */
  public record Month(YearMonth month, Instant start, Instant end) {}

  private static LocalDate date(String field, String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    if (text.length() > 10) {
      throw new BusinessRuleException(field, "date", "supportreport.period.date", field);
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field, "date", "supportreport.period.date", field);
    }
  }
}
