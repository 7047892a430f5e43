package io.pyra.scheduling.booking;

import java.time.Instant;
import java.util.UUID;

/** An active booking's hold on one resource. */
record Taken(UUID bookingId, String title, Instant startsAt, Instant endsAt, UUID resourceId) {

  boolean overlaps(Instant from, Instant to) {
    return startsAt.isBefore(to) && endsAt.isAfter(from);
  }
}
