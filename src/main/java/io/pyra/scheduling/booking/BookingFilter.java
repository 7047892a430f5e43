package io.pyra.scheduling.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * Which bookings a list shows: those overlapping {@code from} to {@code to} (at most {@value
 * BookingRules#MAX_LIST_DAYS} days), of one resource and/or one centre (its units below included),
 * cancelled ones too when asked.
 */
public record BookingFilter(
    Instant from, Instant to, UUID resourceId, UUID centreId, boolean withCancelled) {}
