package io.pyra.marketing.web;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.marketing.appointment.Appointment;
import io.pyra.marketing.appointment.AppointmentAccess;
import io.pyra.marketing.appointment.AppointmentDirectory;
import io.pyra.marketing.appointment.AppointmentFilter;
import io.pyra.marketing.appointment.AppointmentRow;
import io.pyra.marketing.appointment.AppointmentService;
import io.pyra.marketing.appointment.AppointmentStatus;
import io.pyra.marketing.appointment.BookAppointment;
import io.pyra.marketing.appointment.Centre;
import io.pyra.marketing.appointment.Centres;
import io.pyra.marketing.appointment.ConsultationOutcome;
import io.pyra.marketing.appointment.FreeSlots;
import io.pyra.marketing.appointment.Slot;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments over the API: a consultant's free slots on a day, booking (idempotent with an {@code
 * Idempotency-Key}), the list the caller may see, one appointment with its history (ETag), and the
 * moves (If-Match required: 428 without, 412 when stale): arrival, no-show, reschedule,
 * cancellation and the consultation's outcome.
 */
@Tag(name = "Appointments")
@RestController
@RequestMapping("/api/v1/appointments")
@PreAuthorize("hasAuthority('appointment.read')")
class AppointmentRestController {

  /** A visit to book: for a lead and/or a customer; {@code startsAt} with its offset. */
  record AppointmentRequest(
      UUID leadId,
      UUID customerId,
      UUID centreId,
      UUID consultantId,
      OffsetDateTime startsAt,
      @Size(max = 1000) String note) {}

  /** A new time and/or consultant, with a reason. */
  record AppointmentRescheduleRequest(
      OffsetDateTime startsAt, UUID consultantId, @Size(max = 1000) String note) {}

  /** Why an appointment is cancelled (required). */
  record AppointmentCancellationRequest(@Size(max = 1000) String note) {}

  /** The consultation's outcome and notes. */
  record AppointmentConsultationRequest(
      ConsultationOutcome outcome, @Size(max = 1000) String notes) {}

  record AppointmentList(List<AppointmentJson> items, String nextCursor) {}

  /** A free slot: its start and end, and its start on the centre's clock. */
  record AppointmentSlotJson(Instant startsAt, Instant endsAt, LocalTime time) {}

  record AppointmentSlotList(
      UUID centreId,
      UUID consultantId,
      LocalDate date,
      String timeZone,
      List<AppointmentSlotJson> slots) {}

  private final AppointmentService service;
  private final AppointmentDirectory directory;
  private final AppointmentAccess access;
  private final Centres centres;
  private final FreeSlots freeSlots;
  private final IdempotentRequests idempotency;
  private final IdentityApi identity;

  AppointmentRestController(
      AppointmentService service,
      AppointmentDirectory directory,
      AppointmentAccess access,
      Centres centres,
      FreeSlots freeSlots,
      IdempotentRequests idempotency,
      IdentityApi identity) {
    this.identity = identity;
    this.service = service;
    this.directory = directory;
    this.access = access;
    this.centres = centres;
    this.freeSlots = freeSlots;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "A consultant's free slots on a day at a centre: slots of the configured length within the"
              + " centre's opening hours (its time zone), minus the consultant's booked or arrived"
              + " appointments and the slots already begun")
  @GetMapping("/free-slots")
  AppointmentSlotList freeSlots(
      @RequestParam(required = false) UUID centre,
      @RequestParam(required = false) UUID consultant,
      @RequestParam(required = false) LocalDate date) {
    List<RuleViolation> missing = new ArrayList<>();
    if (centre == null) {
      missing.add(new RuleViolation("centre", "required", "appointment.centre.required"));
    }
    if (consultant == null) {
      missing.add(new RuleViolation("consultant", "required", "appointment.consultant.required"));
    }
    if (date == null) {
      missing.add(new RuleViolation("date", "required", "appointment.date.required"));
    }
    if (!missing.isEmpty()) {
      throw new BusinessRuleException(missing);
    }
    Centre found = centre(centres, centre);
    if (!centres.isConsultantOf(consultant, centre)) {
      throw new BusinessRuleException(
          "consultant", "not-of-centre", "appointment.consultant.not-of-centre");
    }
    List<Slot> slots = freeSlots.of(found, consultant, date, Instant.now());
    return new AppointmentSlotList(
        centre,
        consultant,
        date,
        found.zone().getId(),
        slots.stream()
            .map(s -> new AppointmentSlotJson(s.startsAt(), s.endsAt(), s.localStart()))
            .toList());
  }

  @Operation(
      summary =
          "The appointments you may see (you booked or receive them, or your scope reaches their"
              + " centre), earliest first. Filters: centre, consultant, day (on the centre's clock"
              + " when centre is given, else on your org unit's), status (BOOKED, ARRIVED, NO_SHOW, CANCELLED;"
              + " repeatable or comma-separated), bookedBy; limit (max 200); cursor")
  @GetMapping
  AppointmentList list(
      @RequestParam(required = false) UUID centre,
      @RequestParam(required = false) UUID consultant,
      @RequestParam(required = false) LocalDate day,
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) UUID bookedBy,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    AppointmentFilter filter =
        filter(
            centres,
            access,
            centre,
            consultant,
            day,
            status,
            bookedBy,
            identity.timeZone(new UserId(access.me())));
    Slice<AppointmentRow> slice = directory.search(filter, cursor, limit);
    return new AppointmentList(
        slice.items().stream().map(a -> AppointmentJson.of(a, null)).toList(), slice.nextCursor());
  }

  @Operation(summary = "One appointment you may see, with its history")
  @GetMapping("/{id}")
  ResponseEntity<AppointmentJson> get(@PathVariable UUID id) {
    return answer(id);
  }

  @Operation(
      summary =
          "Book a visit for a lead and/or a customer at a centre with one of its consultants, at a"
              + " time ahead within the centre's opening hours on a slot the consultant has free;"
              + " an Idempotency-Key makes a retry return the first result")
  @PostMapping
  @PreAuthorize("hasAuthority('appointment.write')")
  ResponseEntity<AppointmentJson> book(
      @RequestBody AppointmentRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(service.book(command(request))),
        first ->
            created(
                UUID.fromString(
                    first.location().substring(first.location().lastIndexOf('/') + 1))));
  }

  @Operation(
      summary =
          "The visitor arrived (the front desk); recorded once: a second time is a 409, a cancelled"
              + " appointment a 422. If-Match required")
  @PostMapping("/{id}/arrival")
  @PreAuthorize("hasAuthority('appointment.receive')")
  ResponseEntity<AppointmentJson> arrival(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return move(id, AppointmentAccess.RECEIVE, ifMatch, v -> service.arrive(id, v));
  }

  @Operation(
      summary =
          "The visitor did not come (not before the appointment's start): the agent who booked it"
              + " gets a call-back task. If-Match required")
  @PostMapping("/{id}/no-show")
  @PreAuthorize("hasAuthority('appointment.receive')")
  ResponseEntity<AppointmentJson> noShow(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return move(id, AppointmentAccess.RECEIVE, ifMatch, v -> service.noShow(id, v));
  }

  @Operation(
      summary =
          "Another time and/or consultant for a booked appointment, checked as a booking; the"
              + " history keeps the old ones. If-Match required")
  @PostMapping("/{id}/reschedule")
  @PreAuthorize("hasAuthority('appointment.write')")
  ResponseEntity<AppointmentJson> reschedule(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody AppointmentRescheduleRequest request) {
    return move(
        id,
        AppointmentAccess.WRITE,
        ifMatch,
        v ->
            service.reschedule(
                id,
                v,
                request.startsAt() == null ? null : request.startsAt().toInstant(),
                request.consultantId(),
                request.note()));
  }

  @Operation(summary = "Cancel a booked appointment, saying why (note). If-Match required")
  @PostMapping("/{id}/cancellation")
  @PreAuthorize("hasAuthority('appointment.write')")
  ResponseEntity<AppointmentJson> cancellation(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody AppointmentCancellationRequest request) {
    return move(id, AppointmentAccess.WRITE, ifMatch, v -> service.cancel(id, v, request.note()));
  }

  @Operation(
      summary =
          "Record the consultation of an arrived visitor: outcome (ENROLLED, THINKING,"
              + " NOT_INTERESTED, OTHER) and notes; a customer's visit becomes a contact record."
              + " Once only (409). If-Match required")
  @PostMapping("/{id}/consultation")
  @PreAuthorize("hasAuthority('appointment.receive')")
  ResponseEntity<AppointmentJson> consultation(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody AppointmentConsultationRequest request) {
    return move(
        id,
        AppointmentAccess.RECEIVE,
        ifMatch,
        v -> service.consult(id, v, request.outcome(), request.notes()));
  }

  private interface Move {
    Appointment run(long version);
  }

  private ResponseEntity<AppointmentJson> move(
      UUID id, String permission, String ifMatch, Move move) {
    service.reachable(id, permission);
    long version = ETags.required(ifMatch, AppointmentService.RECORD_TYPE);
    move.run(version);
    return answer(id);
  }

  private static BookAppointment command(AppointmentRequest request) {
    return new BookAppointment(
        request.leadId(),
        request.customerId(),
        request.centreId(),
        request.consultantId(),
        request.startsAt() == null ? null : request.startsAt().toInstant(),
        request.note());
  }

  private ResponseEntity<AppointmentJson> created(Appointment appointment) {
    return created(appointment.id());
  }

  private ResponseEntity<AppointmentJson> created(UUID id) {
    AppointmentJson body = read(id);
    return ResponseEntity.created(URI.create("/api/v1/appointments/" + id))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private ResponseEntity<AppointmentJson> answer(UUID id) {
    AppointmentJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  private AppointmentJson read(UUID id) {
    AppointmentRow row =
        directory
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(AppointmentService.RECORD_TYPE, id));
    return AppointmentJson.of(row, directory.changes(id));
  }

  static Centre centre(Centres centres, UUID id) {
    return centres
        .find(id)
        .orElseThrow(
            () -> new BusinessRuleException("centre", "not-found", "appointment.centre.not-found"));
  }

  /**
   * A filter from a list's parameters; the day is on the centre's clock when a centre is given,
   * else on {@code zone} (the reader's; null: UTC).
   */
  static AppointmentFilter filter(
      Centres centres,
      AppointmentAccess access,
      UUID centre,
      UUID consultant,
      LocalDate day,
      List<String> status,
      UUID bookedBy,
      ZoneId readerZone) {
    Set<AppointmentStatus> statuses = EnumSet.noneOf(AppointmentStatus.class);
    if (status != null) {
      for (String s : status) {
        for (String part : s.split(",")) {
          if (!part.isBlank()) {
            statuses.add(status(part));
          }
        }
      }
    }
    Instant from = null;
    Instant to = null;
    if (day != null) {
      ZoneId zone =
          centre != null
              ? centre(centres, centre).zone()
              : readerZone != null ? readerZone : ZoneId.of("UTC");
      from = day.atStartOfDay(zone).toInstant();
      to = day.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return new AppointmentFilter(centre, consultant, from, to, statuses, bookedBy);
  }

  static AppointmentStatus status(String code) {
    for (AppointmentStatus s : AppointmentStatus.values()) {
      if (s.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new BusinessRuleException("status", "one-of", "appointment.status.one-of");
  }
}
