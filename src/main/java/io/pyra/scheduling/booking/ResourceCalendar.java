package io.pyra.scheduling.booking;

import io.pyra.scheduling.resource.PlacedResource;
import io.pyra.scheduling.resource.ResourceTime;
import io.pyra.scheduling.resource.Unavailability;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One resource's time over a period, loaded once: its hours and closures as {@link ResourceTime}
 * (read by {@link io.pyra.scheduling.resource.Availability}, the one rule of when a resource is
 * open) and its active bookings. Every check of a booking, a series, the alternatives and the free
 * slots reads it.
 */
final class ResourceCalendar {

  private final PlacedResource resource;
  private final ResourceTime time;
  private final List<Taken> taken;

  ResourceCalendar(PlacedResource resource, ResourceTime time, List<Taken> taken) {
    this.resource = resource;
    this.time = time;
    this.taken = taken;
  }

  PlacedResource resource() {
    return resource;
  }

  /** Why the resource may not be held for the time, on the one rule (empty: it may). */
  List<Unavailability> reasons(Instant from, Instant to) {
    return time.reasons(from, to);
  }

  /** The opening windows of a day on the resource's clock (none: closed that weekday). */
  List<Interval> windows(LocalDate day) {
    return time.windows(day).stream().map(w -> new Interval(w.opens(), w.closes())).toList();
  }

  /** Whether the time lies within open time. */
  boolean withinHours(Instant from, Instant to) {
    return time.open(from, to);
  }

  boolean closed(Instant from, Instant to) {
    return time.closureDuring(from, to).isPresent();
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
    List<Interval> blocks = new ArrayList<>();
    time.closures().forEach(c -> blocks.add(new Interval(c.startsAt(), c.endsAt())));
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
