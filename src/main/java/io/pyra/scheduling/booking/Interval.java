package io.pyra.scheduling.booking;

import java.time.Instant;

/** A time from {@code start} to {@code end} (exclusive). */
record Interval(Instant start, Instant end) {

  boolean overlaps(Instant from, Instant to) {
    return start.isBefore(to) && end.isAfter(from);
  }

  boolean covers(Instant from, Instant to) {
    return !start.isAfter(from) && !end.isBefore(to);
  }
}
