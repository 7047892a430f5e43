package io.pyra.support.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;

/**
 * One interval of a calendar's weekly working hours: a weekday (1 = Monday … 7 = Sunday) and its
 * start and end in minutes of the local day (end 1440 = midnight at the end of the day).
 */
@Embeddable
public record WorkingHours(
    @Column(name = "day_of_week") int dayOfWeek,
    @Column(name = "start_minute") int startMinute,
    @Column(name = "end_minute") int endMinute) {

  public DayOfWeek day() {
    return DayOfWeek.of(dayOfWeek);
  }

  /** The start as typed on the pages and in the API: {@code 09:00}. */
  public String start() {
    return time(startMinute);
  }

  /** The end as typed on the pages and in the API: {@code 18:00}, {@code 24:00}. */
  public String end() {
    return time(endMinute);
  }

  WorkingClock.Interval interval() {
    return WorkingClock.Interval.ofMinutes(day(), startMinute, endMinute);
  }

  static String time(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }
}
