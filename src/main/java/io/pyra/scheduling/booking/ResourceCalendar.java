package io.pyra.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One resource's time over a period, loaded once: its opening hours per ISO weekday on its centre's
 * clock (an instructor's own, else the centre's, else every day 08:00–22:00), the closures that
 * concern it (its own, its centre's and the centre's parents', the company's) and its active
 * bookings. Every check of a booking, a series, the alternatives and the free slots reads it.
 */
final class ResourceCalendar {

  static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 0);
  static final LocalTime DEFAULT_CLOSES = LocalTime.of(22, 0);

  private final BookableResource resource;
  private final Map<Integer, List<LocalTime[]>> hours;
  private final List<Interval> closures;
  private final List<Taken> taken;

  ResourceCalendar(
      BookableResource resource,
      Map<Integer, List<LocalTime[]>> hours,
      List<Interval> closures,
      List<Taken> taken) {
    this.resource = resource;
    this.hours = hours;
    this.closures = closures;
    this.taken = taken;
  }

  BookableResource resource() {
    return resource;
  }

  /** The opening windows of a day on the resource's clock (none: closed that weekday). */
  List<Interval> windows(LocalDate day) {
    List<LocalTime[]> rows =
        hours.isEmpty()
            ? List.<LocalTime[]>of(new LocalTime[] {DEFAULT_OPENS, DEFAULT_CLOSES})
            : hours.getOrDefault(day.getDayOfWeek().getValue(), List.of());
    List<Interval> windows = new ArrayList<>();
    for (LocalTime[] row : rows) {
      windows.add(
          new Interval(
              ZonedDateTime.of(day, row[0], resource.zone()).toInstant(),
              ZonedDateTime.of(day, row[1], resource.zone()).toInstant()));
    }
    return windows;
  }

  /** Whether the time lies within one opening window of its day. */
  boolean withinHours(Instant from, Instant to) {
    LocalDate day = from.atZone(resource.zone()).toLocalDate();
    return windows(day).stream().anyMatch(w -> w.covers(from, to));
  }

  boolean closed(Instant from, Instant to) {
    return closures.stream().anyMatch(c -> c.overlaps(from, to));
  }

  /** The active bookings overlapping the time, but {@code except}. */
  List<Taken> takenDuring(Instant from, Instant to, UUID except) {
    return taken.stream()
        .filter(t -> t.overlaps(from, to) && !t.bookingId().equals(except))
        .toList();
  }

  /** Whether a booking may hold the resource for the time: open, not closed, not taken. */
  boolean free(Instant from, Instant to, UUID except) {
    return withinHours(from, to) && !closed(from, to) && takenDuring(from, to, except).isEmpty();
  }

  /**
   * The free intervals of a day: its opening windows less closures, bookings and what has passed.
   */
  List<Interval> freeOn(LocalDate day, Instant notBefore) {
    List<Interval> blocks = new ArrayList<>(closures);
    taken.forEach(t -> blocks.add(new Interval(t.startsAt(), t.endsAt())));
    blocks.sort(java.util.Comparator.comparing(Interval::start));
    List<Interval> free = new ArrayList<>();
    for (Interval window : windows(day)) {
      Instant cursor = window.start().isBefore(notBefore) ? notBefore : window.start();
      for (Interval block : blocks) {
        if (!block.overlaps(cursor, window.end())) {
          continue;
        }
        if (block.start().isAfter(cursor)) {
          free.add(new Interval(cursor, block.start()));
        }
        if (block.end().isAfter(cursor)) {
          cursor = block.end();
        }
      }
      if (cursor.isBefore(window.end())) {
        free.add(new Interval(cursor, window.end()));
      }
    }
    return free;
  }
}
