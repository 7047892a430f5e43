package io.pyra.scheduling;

import io.pyra.identity.UserId;

/**
 * A booking was moved or its resources or title changed; {@code sequence} is its new iCalendar
 * SEQUENCE (one more than before), {@code by} who changed it.
 */
public record BookingChanged(BookingId bookingId, int sequence, UserId by) {}
