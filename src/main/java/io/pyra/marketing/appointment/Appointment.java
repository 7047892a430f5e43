package io.pyra.marketing.appointment;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A visit booked for a lead or a customer at a centre, with a consultant, by an agent. It moves
 * BOOKED → ARRIVED (the front desk received the visitor) or NO_SHOW (not before its start), or
 * CANCELLED; only a booked one is rescheduled; the consultation is recorded once, after the
 * arrival. Every refused move changes nothing.
 */
@Entity
@Table(name = "marketing_appointment")
public class Appointment {

  @Id private UUID id;

  @Column(name = "lead_id")
  private UUID leadId;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "campaign_id")
  private UUID campaignId;

  @Column(name = "centre_id")
  private UUID centreId;

  @Column(name = "consultant_id")
  private UUID consultantId;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  private AppointmentStatus status;

  private String note;

  @Column(name = "booked_by")
  private UUID bookedBy;

  @Column(name = "received_by")
  private UUID receivedBy;

  @Column(name = "arrived_at")
  private Instant arrivedAt;

  @Column(name = "no_show_at")
  private Instant noShowAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "consultation_record_id")
  private UUID consultationRecordId;

  @Enumerated(EnumType.STRING)
  private ConsultationOutcome outcome;

  @Column(name = "confirmation_sent_at")
  private Instant confirmationSentAt;

  @Column(name = "reminder_sent_at")
  private Instant reminderSentAt;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Appointment() {}

  Appointment(
      UUID leadId,
      UUID customerId,
      UUID campaignId,
      UUID centreId,
      UUID consultantId,
      Instant startsAt,
      Instant endsAt,
      String note,
      UUID bookedBy,
      Instant now) {
    this.id = Ids.newId();
    this.leadId = leadId;
    this.customerId = customerId;
    this.campaignId = campaignId;
    this.centreId = centreId;
    this.consultantId = consultantId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.note = note;
    this.bookedBy = bookedBy;
    this.status = AppointmentStatus.BOOKED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Another time and/or consultant; only while booked. The reminder goes out again. */
  void reschedule(UUID consultant, Instant starts, Instant ends, Instant now) {
    requireBooked("appointment.reschedule.not-booked");
    this.consultantId = consultant;
    this.startsAt = starts;
    this.endsAt = ends;
    this.reminderSentAt = null;
    this.updatedAt = now;
  }

  void cancel(Instant now) {
    requireBooked("appointment.cancel.not-booked");
    this.status = AppointmentStatus.CANCELLED;
    this.cancelledAt = now;
    this.updatedAt = now;
  }

  /** The visitor came; recorded once (a second time is a conflict), never for a cancelled one. */
  void arrive(UUID by, Instant now) {
    if (status == AppointmentStatus.ARRIVED) {
      throw new AppointmentConflictException(
          "status", "already-arrived", "appointment.arrival.twice");
    }
    if (status == AppointmentStatus.CANCELLED) {
      throw new BusinessRuleException("status", "cancelled", "appointment.arrival.cancelled");
    }
    requireBooked("appointment.arrival.not-booked");
    this.status = AppointmentStatus.ARRIVED;
    this.receivedBy = by;
    this.arrivedAt = now;
    this.updatedAt = now;
  }

  /** The visitor did not come: only for a booked appointment whose time has begun. */
  void missed(Instant now) {
    if (status == AppointmentStatus.NO_SHOW) {
      throw new AppointmentConflictException(
          "status", "already-missed", "appointment.noShow.twice");
    }
    requireBooked("appointment.noShow.not-booked");
    if (now.isBefore(startsAt)) {
      throw new BusinessRuleException("startsAt", "not-started", "appointment.noShow.not-started");
    }
    this.status = AppointmentStatus.NO_SHOW;
    this.noShowAt = now;
    this.updatedAt = now;
  }

  /** The consultation's outcome, once, after the arrival. */
  void consulted(ConsultationOutcome result, UUID recordId, Instant now) {
    if (status != AppointmentStatus.ARRIVED) {
      throw new BusinessRuleException(
          "status", "not-arrived", "appointment.consultation.not-arrived");
    }
    if (outcome != null) {
      throw new AppointmentConflictException(
          "outcome", "already-recorded", "appointment.consultation.twice");
    }
    this.outcome = result;
    this.consultationRecordId = recordId;
    this.updatedAt = now;
  }

  private void requireBooked(String messageKey) {
    if (status != AppointmentStatus.BOOKED) {
      throw new BusinessRuleException("status", "transition", messageKey, status.name());
    }
  }

  public UUID id() {
    return id;
  }

  public UUID leadId() {
    return leadId;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID campaignId() {
    return campaignId;
  }

  public UUID centreId() {
    return centreId;
  }

  public UUID consultantId() {
    return consultantId;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public AppointmentStatus status() {
    return status;
  }

  public String note() {
    return note;
  }

  public UUID bookedBy() {
    return bookedBy;
  }

  public UUID receivedBy() {
    return receivedBy;
  }

  public ConsultationOutcome outcome() {
    return outcome;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
