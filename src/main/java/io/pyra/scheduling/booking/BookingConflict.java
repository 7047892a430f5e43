package io.pyra.scheduling.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * An active booking that holds one of the wanted resources during the wanted time: its id, title
 * and interval, the resource, and the start of the wanted occurrence it collides with.
 */
public record BookingConflict(
    UUID bookingId,
    String title,
    Instant startsAt,
    Instant endsAt,
    UUID resourceId,
    String resourceName,
    Instant wantedStartsAt) {}
