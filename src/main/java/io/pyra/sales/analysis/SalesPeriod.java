package io.pyra.sales.analysis;

import io.pyra.platform.error.BusinessRuleException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a sales analysis covers, {@code from} to {@code to} both included, as days of the
 * company's time zone (the orders' {@code order_day}).
 */
public record SalesPeriod(LocalDate from, LocalDate to) {

  /** The longest period an analysis reads: ten years. */
  public static final int MAX_YEARS = 10;

  /** How a period is chosen on the page. */
  public enum Kind {
    MONTH,
    QUARTER,
    YEAR,
    CUSTOM
  }

  public SalesPeriod {
    if (to.isBefore(from)) {
      throw new BusinessRuleException("to", "after-from", "sales.analysis.period.order");
    }
    if (!to.isBefore(from.plusYears(MAX_YEARS))) {
      throw new BusinessRuleException(
          "to", "max-years", "sales.analysis.period.tooLong", MAX_YEARS);
    }
  }

  /**
   * The period asked for; a missing end is today, a missing start the first day of the eleventh
   * month before the end's (twelve months).
   */
  public static SalesPeriod parse(String from, String to, LocalDate today) {
    LocalDate end = date("to", to, today);
    LocalDate start = date("from", from, YearMonth.from(end).minusMonths(11).atDay(1));
    return new SalesPeriod(start, end);
  }

  /** The month, quarter or year around {@code day}. */
  public static SalesPeriod around(Kind kind, LocalDate day) {
    return switch (kind) {
      case MONTH -> new SalesPeriod(day.withDayOfMonth(1), YearMonth.from(day).atEndOfMonth());
      case QUARTER -> {
        LocalDate start =
            LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        yield new SalesPeriod(start, YearMonth.from(start.plusMonths(2)).atEndOfMonth());
      }
      case YEAR -> new SalesPeriod(day.withDayOfYear(1), day.withMonth(12).withDayOfMonth(31));
      case CUSTOM -> throw new IllegalArgumentException("a custom period has its own days");
    };
  }

  /** Whether the period is whole months (from the first day of one to the last of another). */
  public boolean wholeMonths() {
    return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
  }

  /**
   * The period just before this one, as long: as many whole months when this one is whole months,
   * else as many days.
   */
  public SalesPeriod previous() {
    if (wholeMonths()) {
      long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
      YearMonth first = YearMonth.from(from).minusMonths(months);
      return new SalesPeriod(first.atDay(1), YearMonth.from(from).minusMonths(1).atEndOfMonth());
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return new SalesPeriod(from.minusDays(days), from.minusDays(1));
  }

  /** The same days a year before (whole months stay whole: a leap February ends on the 28th). */
  public SalesPeriod yearBefore() {
    if (wholeMonths()) {
      return new SalesPeriod(from.minusYears(1), YearMonth.from(to).minusYears(1).atEndOfMonth());
    }
    return new SalesPeriod(from.minusYears(1), to.minusYears(1));
  }

  /** The months the period touches, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private static LocalDate date(String field, String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field, "date", "sales.analysis.period.date", field);
    }
  }
}
