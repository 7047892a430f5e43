package io.pyra.marketing.appointment;

/**
 * Where an appointment stands: booked, then the visitor arrived or did not, or it was cancelled.
 */
public enum AppointmentStatus {
  BOOKED,
  ARRIVED,
  NO_SHOW,
  CANCELLED;

  /** Whether an appointment in this status holds its consultant's time. */
  public boolean holdsTime() {
    return this == BOOKED || this == ARRIVED;
  }
}
