package io.pyra.scheduling.web;

import io.pyra.scheduling.booking.Booking;
import io.pyra.scheduling.booking.BookingPurpose;
import io.pyra.scheduling.booking.BookingStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking over the API: its resources, interval, status, unit (and its time zone), who booked it,
 * its series, its iCalendar UID and SEQUENCE, and its version (the ETag).
 */
record BookingJson(
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
    String cancelReason,
    List<BookingResourceJson> resources,
    Instant createdAt,
    long version) {

  /** One resource a booking holds. */
  record BookingResourceJson(UUID id, String kind, String code, String name) {}

  static BookingJson of(Booking b) {
    return new BookingJson(
        b.id(),
        b.purpose(),
        b.title(),
        b.startsAt(),
        b.endsAt(),
        b.status(),
        b.orgUnitId(),
        b.orgUnitName(),
        b.timeZone(),
        b.bookedBy(),
        b.bookedByName(),
        b.seriesId(),
        b.note(),
        b.icalUid(),
        b.sequence(),
        b.cancelledAt(),
        b.cancelReason(),
        b.resources().stream()
            .map(r -> new BookingResourceJson(r.id(), r.kind(), r.code(), r.name()))
            .toList(),
        b.createdAt(),
        b.version());
  }
}
