package io.pyra.scheduling.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking as read: its resources, interval, status, the unit it belongs to and who booked it, its
 * series (if any), its iCalendar UID and SEQUENCE, and its version (the ETag).
 */
public record Booking(
    UUID id,
    BookingPurpose purpose,
    String title,
    Instant startsAt,
    Instant endsAt,
    BookingStatus status,
    UUID orgUnitId,
    String orgUnitName,
    String timeZone,
    UUID bookedBy,
    String bookedByName,
    UUID seriesId,
    String note,
    String icalUid,
    int sequence,
    Instant cancelledAt,
    UUID cancelledBy,
    String cancelReason,
    List<BookedResource> resources,
    Instant createdAt,
    long version) {

  /** One resource the booking holds. */
  public record BookedResource(UUID id, String kind, String code, String name) {}
}
