package io.pyra.scheduling.booking;

import io.pyra.platform.error.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A weekly series' days and times checked: weekdays of 1 to 7, an interval of 1 to 52 weeks, the
 * last day not before the first, the end time after the start time, exceptions only on days the
 * series meets, and 1 to {@value #MAX_OCCURRENCES} occurrences.
 */
record WeeklySeries(
    Set<Integer> weekdays,
    int intervalWeeks,
    LocalDate firstDay,
    LocalDate lastDay,
    LocalTime startTime,
    LocalTime endTime,
    List<LocalDate> exceptions) {

  static final int MAX_OCCURRENCES = 200;
  static final int MAX_EXCEPTIONS = 200;

  /** The series of the command, its violations added to {@code violations} (null: refused). */
  static WeeklySeries of(BookSeries command, List<RuleViolation> violations) {
    int before = violations.size();
    Set<Integer> days = new TreeSet<>();
    if (command.weekdays() == null || command.weekdays().isEmpty()) {
      violations.add(new RuleViolation("weekdays", "required", "booking.weekdays.required"));
    } else if (command.weekdays().size() > 7) {
      violations.add(new RuleViolation("weekdays", "max-count", "booking.weekdays.one-of"));
    } else {
      for (Integer day : command.weekdays()) {
        if (day == null || day < 1 || day > 7) {
          violations.add(new RuleViolation("weekdays", "one-of", "booking.weekdays.one-of"));
        } else {
          days.add(day);
        }
      }
    }
    int interval = command.intervalWeeks() == null ? 1 : command.intervalWeeks();
    if (interval < 1 || interval > 52) {
      violations.add(
          new RuleViolation("intervalWeeks", "range", "booking.intervalWeeks.range", 1, 52));
    }
    if (command.firstDay() == null) {
      violations.add(new RuleViolation("firstDay", "required", "booking.firstDay.required"));
    }
    if (command.lastDay() == null) {
      violations.add(new RuleViolation("lastDay", "required", "booking.lastDay.required"));
    } else if (command.firstDay() != null && command.lastDay().isBefore(command.firstDay())) {
      violations.add(new RuleViolation("lastDay", "after-first", "booking.lastDay.after-first"));
    }
    if (command.startTime() == null) {
      violations.add(new RuleViolation("startTime", "required", "booking.startTime.required"));
    }
    if (command.endTime() == null) {
      violations.add(new RuleViolation("endTime", "required", "booking.endTime.required"));
    } else if (command.startTime() != null && !command.endTime().isAfter(command.startTime())) {
      violations.add(new RuleViolation("endTime", "after-start", "booking.endTime.after-start"));
    }
    List<LocalDate> exceptions = command.exceptions() == null ? List.of() : command.exceptions();
    if (exceptions.size() > MAX_EXCEPTIONS) {
      violations.add(
          new RuleViolation(
              "exceptions", "max-count", "booking.exceptions.max-count", MAX_EXCEPTIONS));
    }
    if (violations.size() > before) {
      return null;
    }
    WeeklySeries series =
        new WeeklySeries(
            days,
            interval,
            command.firstDay(),
            command.lastDay(),
            command.startTime().truncatedTo(ChronoUnit.MINUTES),
            command.endTime().truncatedTo(ChronoUnit.MINUTES),
            exceptions.stream().distinct().sorted().toList());
    for (LocalDate day : series.exceptions()) {
      if (day == null || !series.meets(day)) {
        violations.add(
            new RuleViolation(
                "exceptions",
                "outside-series",
                "booking.exceptions.outside-series",
                String.valueOf(day)));
      }
    }
    if (ChronoUnit.DAYS.between(series.firstDay(), series.lastDay()) > 7L * 52 * 5) {
      violations.add(
          new RuleViolation("lastDay", "too-many", "booking.lastDay.too-many", MAX_OCCURRENCES));
      return null;
    }
    List<LocalDate> occurrences = series.occurrences();
    if (occurrences.isEmpty()) {
      violations.add(
          new RuleViolation("lastDay", "no-occurrence", "booking.lastDay.no-occurrence"));
    } else if (occurrences.size() > MAX_OCCURRENCES) {
      violations.add(
          new RuleViolation("lastDay", "too-many", "booking.lastDay.too-many", MAX_OCCURRENCES));
    }
    return violations.size() > before ? null : series;
  }

  /** Whether the series meets on the day (exceptions aside). */
  boolean meets(LocalDate day) {
    if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
      return false;
    }
    LocalDate firstMonday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return weekdays.contains(day.getDayOfWeek().getValue())
        && ChronoUnit.WEEKS.between(firstMonday, monday) % intervalWeeks == 0;
  }

  /** The days the series meets, but its exceptions, earliest first. */
  List<LocalDate> occurrences() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      if (meets(day) && !exceptions.contains(day)) {
        days.add(day);
      }
    }
    return days;
  }

  String weekdayText() {
    return weekdays.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
