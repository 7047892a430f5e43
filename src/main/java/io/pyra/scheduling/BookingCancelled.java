package io.pyra.scheduling;

import io.pyra.identity.UserId;

/**
 * A booking was cancelled; {@code sequence} is the SEQUENCE of its iCalendar CANCEL, {@code by} who
 * cancelled it.
 */
public record BookingCancelled(BookingId bookingId, int sequence, UserId by) {}
