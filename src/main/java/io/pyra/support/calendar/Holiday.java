package io.pyra.support.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Whole local days off on a calendar, {@code firstDay} to {@code lastDay} inclusive. */
@Embeddable
public record Holiday(
    String name,
    @Column(name = "first_day") LocalDate firstDay,
    @Column(name = "last_day") LocalDate lastDay) {

  boolean overlaps(Holiday other) {
    return !firstDay.isAfter(other.lastDay) && !other.firstDay.isAfter(lastDay);
  }

  WorkingClock.ClosedDays closedDays() {
    return new WorkingClock.ClosedDays(firstDay, lastDay);
  }
}
