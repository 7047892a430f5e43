package io.pyra.scheduling.booking;

/**
 * What a booking is for: a class session, a marketing event, a meeting, maintenance, or a booking
 * imported from another calendar (external: not held to the opening hours).
 */
public enum BookingPurpose {
  CLASS_SESSION,
  EVENT,
  MEETING,
  MAINTENANCE,
  EXTERNAL
}
