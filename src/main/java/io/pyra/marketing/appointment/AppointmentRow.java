package io.pyra.marketing.appointment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An appointment as lists and pages show it: the visitor (lead and/or customer, by name), the
 * centre (with its time zone), the consultant, who booked it and who received the visitor.
 */
public record AppointmentRow(
    UUID id,
    UUID leadId,
    String leadName,
    UUID customerId,
    String customerName,
    UUID campaignId,
    UUID centreId,
    String centreName,
    ZoneId centreZone,
    UUID consultantId,
    String consultantName,
    Instant startsAt,
    Instant endsAt,
    AppointmentStatus status,
    String note,
    UUID bookedBy,
    String bookedByName,
    UUID receivedBy,
    String receivedByName,
    Instant arrivedAt,
    Instant noShowAt,
    Instant cancelledAt,
    ConsultationOutcome outcome,
    UUID consultationRecordId,
    Instant confirmationSentAt,
    Instant reminderSentAt,
    long version,
    Instant createdAt) {

  /** The visitor's name: the lead's, else the customer's. */
  public String visitorName() {
    return leadName != null ? leadName : customerName;
  }
}
