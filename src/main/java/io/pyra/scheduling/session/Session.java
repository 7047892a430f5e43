package io.pyra.scheduling.session;

import io.pyra.scheduling.booking.BookingStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A class session as read: its booking (title: the course's name, interval, status, centre and time
 * zone, booker), course, kind, capacity and enrolled count, set-up profile (if any), and its
 * version (the ETag; it moves on with each enrolment and attendance change).
 */
public record Session(
    UUID id,
    UUID bookingId,
    UUID productId,
    String course,
    SessionKind kind,
    int capacity,
    int enrolled,
    UUID setupProfileId,
    String setupProfileName,
    Instant startsAt,
    Instant endsAt,
    BookingStatus status,
    UUID orgUnitId,
    String centre,
    String timeZone,
    UUID bookedBy,
    long version) {

  /** The places still free. */
  public int free() {
    return capacity - enrolled;
  }
}
