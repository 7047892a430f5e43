package io.pyra.scheduling.web;

import io.pyra.scheduling.session.ContractSeats;
import io.pyra.scheduling.session.Enrolment;
import io.pyra.scheduling.session.Session;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Sessions, enrolments and contract seats as the API shows them. */
final class SessionJson {

  private SessionJson() {}

  record SessionBody(
      UUID id,
      UUID bookingId,
      UUID productId,
      String course,
      String kind,
      int capacity,
      int enrolled,
      int free,
      UUID setupProfileId,
      String setupProfileName,
      Instant startsAt,
      Instant endsAt,
      String status,
      UUID orgUnitId,
      String centre,
      String timeZone,
      long version) {

    static SessionBody of(Session s) {
      return new SessionBody(
          s.id(),
          s.bookingId(),
          s.productId(),
          s.course(),
          s.kind().name(),
          s.capacity(),
          s.enrolled(),
          s.free(),
          s.setupProfileId(),
          s.setupProfileName(),
          s.startsAt(),
          s.endsAt(),
          s.status().name(),
          s.orgUnitId(),
          s.centre(),
          s.timeZone(),
          s.version());
    }
  }

  /** A customer the reader may not see shows neither id nor name. */
  record EnrolmentBody(
      UUID id,
      UUID customerId,
      String customerName,
      UUID contractId,
      String status,
      String attendance,
      String attendanceNote,
      Instant enrolledAt) {

    static EnrolmentBody of(Enrolment e) {
      return new EnrolmentBody(
          e.id(),
          e.visible() ? e.customerId() : null,
          e.customerName(),
          e.visible() ? e.contractId() : null,
          e.status(),
          e.attendance() == null ? null : e.attendance().name(),
          e.visible() ? e.attendanceNote() : null,
          e.enrolledAt());
    }
  }

  record SeatsBody(
      UUID contractId,
      UUID productId,
      String course,
      int seats,
      int used,
      int remaining,
      BigDecimal seatValue) {

    static SeatsBody of(ContractSeats s) {
      return new SeatsBody(
          s.contractId(),
          s.productId(),
          s.course(),
          s.seats(),
          s.used(),
          s.remaining(),
          s.seatValue());
    }
  }
}
