package io.pyra.marketing.web;

import io.pyra.marketing.appointment.AppointmentChangeRow;
import io.pyra.marketing.appointment.AppointmentRow;
import io.pyra.marketing.appointment.AppointmentStatus;
import io.pyra.marketing.appointment.ConsultationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An appointment over the API: the visitor, the centre (and its time zone), the consultant, who
 * booked it and who received the visitor, its status and outcome; one appointment read alone also
 * carries its history ({@code changes}, oldest first), lists do not.
 */
record AppointmentJson(
    UUID id,
    UUID leadId,
    UUID customerId,
    String visitorName,
    UUID campaignId,
    UUID centreId,
    String centreName,
    String centreTimeZone,
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
    List<AppointmentChangeJson> changes,
    Instant createdAt,
    long version) {

  /** One change of the appointment. */
  record AppointmentChangeJson(
      Instant at,
      String kind,
      String actorName,
      Instant oldStartsAt,
      Instant newStartsAt,
      String oldConsultantName,
      String newConsultantName,
      String note) {

    static AppointmentChangeJson of(AppointmentChangeRow c) {
      return new AppointmentChangeJson(
          c.at(),
          c.kind(),
          c.actorName(),
          c.oldStartsAt(),
          c.newStartsAt(),
          c.oldConsultantName(),
          c.newConsultantName(),
          c.note());
    }
  }

  static AppointmentJson of(AppointmentRow a, List<AppointmentChangeRow> changes) {
    return new AppointmentJson(
        a.id(),
        a.leadId(),
        a.customerId(),
        a.visitorName(),
        a.campaignId(),
        a.centreId(),
        a.centreName(),
        a.centreZone().getId(),
        a.consultantId(),
        a.consultantName(),
        a.startsAt(),
        a.endsAt(),
        a.status(),
        a.note(),
        a.bookedBy(),
        a.bookedByName(),
        a.receivedBy(),
        a.receivedByName(),
        a.arrivedAt(),
        a.noShowAt(),
        a.cancelledAt(),
        a.outcome(),
        a.consultationRecordId(),
        a.confirmationSentAt(),
        a.reminderSentAt(),
        changes == null ? null : changes.stream().map(AppointmentChangeJson::of).toList(),
        a.createdAt(),
        a.version());
  }
}
