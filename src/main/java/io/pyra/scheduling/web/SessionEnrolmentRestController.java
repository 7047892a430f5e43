package io.pyra.scheduling.web;

import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.web.ETags;
import io.pyra.scheduling.session.AttendanceService;
import io.pyra.scheduling.session.EnrolmentService;
import io.pyra.scheduling.session.SessionDirectory;
import io.pyra.scheduling.session.SessionRoster;
import io.pyra.scheduling.session.SessionService;
import io.pyra.scheduling.web.SessionJson.EnrolmentBody;
import io.pyra.scheduling.web.SessionJson.SeatsBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A session's enrolments over the API (enrol a customer on their contract's seats, withdraw one),
 * its attendance (If-Match required: 428 without, 412 when stale), the seats of the contracts it
 * uses, and the seats of one contract.
 */
@Tag(name = "Sessions")
@RestController
@PreAuthorize("hasAuthority('booking.read')")
class SessionEnrolmentRestController {

  record EnrolmentRequest(UUID customerId, UUID contractId) {}

  record AttendanceMark(
      UUID enrolmentId,
      io.pyra.scheduling.session.Attendance attendance,
      @Size(max = AttendanceService.NOTE_MAX) String note) {}

  /** The attendance of some of the session's enrolled customers. */
  record AttendanceRequest(@Size(max = SessionRoster.MAX) List<@Valid AttendanceMark> marks) {}

  record EnrolmentList(List<EnrolmentBody> items, List<SeatsBody> seats) {}

  record SeatsList(UUID contractId, List<SeatsBody> items) {}

  private final SessionDirectory sessions;
  private final SessionRoster roster;
  private final EnrolmentService enrolments;
  private final AttendanceService attendance;

  SessionEnrolmentRestController(
      SessionDirectory sessions,
      SessionRoster roster,
      EnrolmentService enrolments,
      AttendanceService attendance) {
    this.sessions = sessions;
    this.roster = roster;
    this.enrolments = enrolments;
    this.attendance = attendance;
  }

  @Operation(
      summary =
          "The session's enrolments (withdrawn ones too with withdrawn=true; a customer you may not"
              + " see without id and name) and the seats used and remaining on their contracts")
  @GetMapping("/api/v1/sessions/{id}/enrolments")
  ResponseEntity<EnrolmentList> list(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean withdrawn) {
    var session = sessions.get(id);
    return ResponseEntity.ok()
        .eTag(ETags.of(session.version()))
        .body(
            new EnrolmentList(
                roster.of(id, withdrawn).stream().map(EnrolmentBody::of).toList(),
                roster.seatsOf(id).stream().map(SeatsBody::of).toList()));
  }

  @Operation(
      summary =
          "Enrol a customer you may see on one of their contracts (a signed or active CONTRACT"
              + " with lines of the session's course): a seat of the contract and a place of the"
              + " session are taken; no seat left, a full session, another customer's or an"
              + " unusable contract, or the customer already enrolled is a 422 naming the field")
  @PostMapping("/api/v1/sessions/{id}/enrolments")
  @PreAuthorize("hasAuthority('session.write')")
  ResponseEntity<EnrolmentBody> enrol(
      @PathVariable UUID id, @RequestBody EnrolmentRequest request) {
    UUID enrolment = enrolments.enrol(id, request.customerId(), request.contractId());
    EnrolmentBody body =
        roster.of(id, false).stream()
            .filter(e -> e.id().equals(enrolment))
            .map(EnrolmentBody::of)
            .findFirst()
            .orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/sessions/" + id + "/enrolments/" + enrolment))
        .body(body);
  }

  @Operation(summary = "Withdraw an enrolment: its seat and its place are free again")
  @DeleteMapping("/api/v1/sessions/{id}/enrolments/{enrolmentId}")
  @PreAuthorize("hasAuthority('session.write')")
  ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID enrolmentId) {
    enrolments.withdraw(id, enrolmentId);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary =
          "Record attendance ({marks: [{enrolmentId, attendance: PRESENT, LATE or ABSENT, note at"
              + " most 500}]}, at most 500 marks) of enrolled customers of the session. If-Match"
              + " (the session's ETag) required")
  @PutMapping("/api/v1/sessions/{id}/attendance")
  @PreAuthorize("hasAuthority('attendance.record')")
  ResponseEntity<EnrolmentList> attendance(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody AttendanceRequest request) {
    List<AttendanceMark> marks = request == null ? null : request.marks();
    sessions.reachable(id, AttendanceService.RECORD);
    long version = ETags.required(ifMatch, SessionService.RECORD_TYPE);
    attendance.record(
        id,
        marks == null
            ? null
            : marks.stream()
                .map(
                    m ->
                        m == null
                            ? null
                            : new AttendanceService.Mark(m.enrolmentId(), m.attendance(), m.note()))
                .toList(),
        version);
    return list(id, false);
  }

  @Operation(
      summary =
          "The seats of a contract of a customer you may see, per course it has been enrolled on:"
              + " seats, used, remaining and the value of one seat in the base currency; 404 before"
              + " its first enrolment")
  @GetMapping("/api/v1/contracts/{id}/seats")
  SeatsList seats(@PathVariable UUID id) {
    List<SeatsBody> seats = roster.ofContract(id).stream().map(SeatsBody::of).toList();
    if (seats.isEmpty()) {
      throw new RecordNotFoundException("contract", id);
    }
    return new SeatsList(id, seats);
  }
}
