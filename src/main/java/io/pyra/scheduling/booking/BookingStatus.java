package io.pyra.scheduling.booking;

/** A booking holds its resources while confirmed; a cancelled one frees them. */
public enum BookingStatus {
  CONFIRMED,
  CANCELLED
}
