package io.pyra.support.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A business calendar as typed: a code, names in English and Chinese, an IANA time zone, the org
 * unit it is for ({@code null} = the company's calendar), its working hours (times {@code HH:mm},
 * an end of {@code 24:00} for midnight) and holidays, and the version the change was made on
 * ({@code null} for a new calendar).
 */
public record SaveBusinessCalendar(
    String code,
    String nameEn,
    String nameZh,
    String timeZone,
    UUID orgUnitId,
    List<HoursLine> hours,
    List<HolidayLine> holidays,
    Long version) {

  /** Working hours on one weekday: {@code 09:00} to {@code 18:00}. */
  public record HoursLine(DayOfWeek day, String start, String end) {}

  /** A holiday: a name and its first and last day (the same day for one day). */
  public record HolidayLine(String name, LocalDate firstDay, LocalDate lastDay) {}
}
