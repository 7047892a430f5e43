package io.pyra.marketing.web;

import io.pyra.marketing.appointment.BookAppointment;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The booking form: the visitor (a lead's or a customer's id), the centre, the consultant, the day
 * and one of the consultant's free slots on it ({@code startsAt}, the slot's instant), a note.
 */
public class AppointmentForm {

  private UUID leadId;
  private UUID customerId;
  private UUID centreId;
  private UUID consultantId;
  private LocalDate date;

  @Size(max = 40)
  private String startsAt;

  @Size(max = 1000)
  private String note;

  BookAppointment command() {
    return new BookAppointment(leadId, customerId, centreId, consultantId, instant(), note);
  }

  private Instant instant() {
    if (startsAt == null || startsAt.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(startsAt.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public UUID getLeadId() {
    return leadId;
  }

  public void setLeadId(UUID leadId) {
    this.leadId = leadId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public void setCustomerId(UUID customerId) {
    this.customerId = customerId;
  }

  public UUID getCentreId() {
    return centreId;
  }

  public void setCentreId(UUID centreId) {
    this.centreId = centreId;
  }

  public UUID getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(UUID consultantId) {
    this.consultantId = consultantId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(String startsAt) {
    this.startsAt = startsAt;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
