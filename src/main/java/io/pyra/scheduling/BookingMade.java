package io.pyra.scheduling;

import io.pyra.identity.UserId;

/**
 * A booking was made (one occurrence of a series is one booking). {@code sequence} is its iCalendar
 * SEQUENCE (0 when made); {@code by} who booked it.
 */
public record BookingMade(BookingId bookingId, int sequence, UserId by) {}
