package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.session.OneToOneClasses;
import io.pyra.scheduling.session.ScheduleSession;
import io.pyra.scheduling.session.SessionDirectory;
import io.pyra.scheduling.session.SessionKind;
import io.pyra.scheduling.session.SessionService;
import io.pyra.scheduling.web.SessionJson.SessionBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
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
 * Class sessions over the API: the sessions the caller may see (those of the bookings they reach),
 * scheduling one (its resources booked as a CLASS_SESSION; idempotent with an {@code
 * Idempotency-Key}), a VIP customer's one-to-one class with its enrolment, and one session (ETag).
 */
@Tag(name = "Sessions")
@RestController
@RequestMapping("/api/v1/sessions")
@PreAuthorize("hasAuthority('booking.read')")
class SessionRestController {

  /** A session to schedule; for ONE_TO_ONE also the customer and the contract to enrol on. */
  record SessionRequest(
      UUID productId,
      SessionKind kind,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      UUID roomId,
      UUID pcSetId,
      UUID projectorId,
      UUID instructorId,
      Integer capacity,
      UUID setupProfileId,
      UUID customerId,
      UUID contractId) {}

  record SessionList(List<SessionBody> items, String nextCursor) {}

  private final SessionService service;
  private final OneToOneClasses oneToOne;
  private final SessionDirectory directory;
  private final BookingAccess access;
  private final IdempotentRequests idempotency;

  SessionRestController(
      SessionService service,
      OneToOneClasses oneToOne,
      SessionDirectory directory,
      BookingAccess access,
      IdempotentRequests idempotency) {
    this.service = service;
    this.oneToOne = oneToOne;
    this.directory = directory;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "The sessions you may see (those of the bookings your booking.read reaches), earliest"
              + " first. Filters: centreId (its units below included), productId (the course),"
              + " from and to (the start); limit (max 200); cursor")
  @GetMapping
  SessionList list(
      @RequestParam(required = false) UUID centreId,
      @RequestParam(required = false) UUID productId,
      @RequestParam(required = false) OffsetDateTime from,
      @RequestParam(required = false) OffsetDateTime to,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    if (from != null && to != null && !to.isAfter(from)) {
      throw new BusinessRuleException("to", "after-from", "session.to.after-from");
    }
    Slice<io.pyra.scheduling.session.Session> slice =
        directory.search(
            new SessionDirectory.Filter(
                centreId,
                productId,
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant()),
            cursor,
            limit);
    return new SessionList(
        slice.items().stream().map(SessionBody::of).toList(), slice.nextCursor());
  }

  @Operation(summary = "One session you may see")
  @GetMapping("/{id}")
  ResponseEntity<SessionBody> get(@PathVariable UUID id) {
    SessionBody body = SessionBody.of(directory.get(id));
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "Schedule a session of a course (an active catalogue product) at a centre: a room and"
              + " an instructor qualified for the course (required), a PC set and a projector"
              + " (optional), capacity (at most the room's capacity and the PC set's seats, ≤ 500),"
              + " an active configuration profile (optional). Its resources are booked as a"
              + " CLASS_SESSION: a taken resource is a 409 with the alternatives. kind ONE_TO_ONE:"
              + " a VIP customer's class of capacity 1 with customerId enrolled on contractId in"
              + " the same step. An Idempotency-Key makes a retry return the first result")
  @PostMapping
  @PreAuthorize("hasAuthority('session.write')")
  ResponseEntity<SessionBody> schedule(
      @RequestBody SessionRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(schedule(request)),
        first ->
            created(
                UUID.fromString(
                    first.location().substring(first.location().lastIndexOf('/') + 1))));
  }

  private UUID schedule(SessionRequest request) {
    ScheduleSession command =
        new ScheduleSession(
            request.productId(),
            request.startsAt() == null ? null : request.startsAt().toInstant(),
            request.endsAt() == null ? null : request.endsAt().toInstant(),
            request.roomId(),
            request.pcSetId(),
            request.projectorId(),
            request.instructorId(),
            request.capacity(),
            request.setupProfileId());
    if (request.kind() == SessionKind.ONE_TO_ONE) {
      return oneToOne.book(command, request.customerId(), request.contractId()).sessionId();
    }
    return service.schedule(command);
  }

  private ResponseEntity<SessionBody> created(UUID id) {
    SessionBody body = SessionBody.of(directory.get(id));
    return ResponseEntity.created(URI.create("/api/v1/sessions/" + id))
        .eTag(ETags.of(body.version()))
        .body(body);
  }
}
