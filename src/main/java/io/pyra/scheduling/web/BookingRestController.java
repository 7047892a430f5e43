package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.scheduling.booking.BookResources;
import io.pyra.scheduling.booking.Booking;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingDirectory;
import io.pyra.scheduling.booking.BookingFilter;
import io.pyra.scheduling.booking.BookingPurpose;
import io.pyra.scheduling.booking.BookingService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * Bookings over the API: booking one to twenty resources (idempotent with an {@code
 * Idempotency-Key}; taken resources a 409 with the conflicting bookings and the alternatives), the
 * bookings the caller may see over a bounded range, one booking (ETag), and moving or cancelling
 * one (If-Match required: 428 without, 412 when stale).
 */
@Tag(name = "Bookings")
@RestController
@RequestMapping("/api/v1/bookings")
@PreAuthorize("hasAuthority('booking.read')")
class BookingRestController {

  /** The most days a list may span. */
  static final int MAX_DAYS = 62;

  /** A booking to make; times with their offsets. */
  record BookingRequest(
      BookingPurpose purpose,
      @Size(max = 200) String title,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      @Size(max = 20) List<UUID> resourceIds,
      UUID orgUnitId,
      @Size(max = 1000) String note) {}

  /** Another time and, when given, other resources. */
  record BookingMoveRequest(
      OffsetDateTime startsAt, OffsetDateTime endsAt, @Size(max = 20) List<UUID> resourceIds) {}

  /** Why a booking is cancelled. */
  record BookingCancellationRequest(@Size(max = 500) String reason) {}

  record BookingList(List<BookingJson> items, String nextCursor) {}

  private final BookingService service;
  private final BookingDirectory directory;
  private final BookingAccess access;
  private final IdempotentRequests idempotency;

  BookingRestController(
      BookingService service,
      BookingDirectory directory,
      BookingAccess access,
      IdempotentRequests idempotency) {
    this.service = service;
    this.directory = directory;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "The bookings you may see (yours, and those of the units your scope reaches) overlapping"
              + " from to to (required, at most 62 days apart), earliest first. Filters:"
              + " resourceId, centreId (its units below included), cancelled (true: cancelled ones"
              + " too); limit (max 200); cursor")
  @GetMapping
  BookingList list(
      @RequestParam(required = false) OffsetDateTime from,
      @RequestParam(required = false) OffsetDateTime to,
      @RequestParam(required = false) UUID resourceId,
      @RequestParam(required = false) UUID centreId,
      @RequestParam(defaultValue = "false") boolean cancelled,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    BookingFilter filter =
        filter(
            from == null ? null : from.toInstant(),
            to == null ? null : to.toInstant(),
            resourceId,
            centreId,
            cancelled);
    Slice<Booking> slice = directory.search(filter, cursor, limit);
    return new BookingList(
        slice.items().stream().map(BookingJson::of).toList(), slice.nextCursor());
  }

  @Operation(summary = "One booking you may see, with its resources")
  @GetMapping("/{id}")
  ResponseEntity<BookingJson> get(@PathVariable UUID id) {
    return answer(id);
  }

  @Operation(
      summary =
          "Book one to twenty active resources of one centre (purpose CLASS_SESSION, EVENT,"
              + " MEETING, MAINTENANCE or EXTERNAL) from startsAt to endsAt (at most 24 hours,"
              + " ahead, within the resources' opening hours but for EXTERNAL, on no closure). A"
              + " resource taken then is a 409 with the conflicting bookings, free resources of"
              + " the same kind and the next free starts; an Idempotency-Key makes a retry return"
              + " the first result")
  @PostMapping
  @PreAuthorize("hasAuthority('booking.write')")
  ResponseEntity<BookingJson> book(
      @RequestBody BookingRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        // the booking as the service stored and read it: its booker sees it
        () -> created(BookingJson.of(service.book(command(request)))),
        first ->
            created(
                UUID.fromString(
                    first.location().substring(first.location().lastIndexOf('/') + 1))));
  }

  @Operation(
      summary =
          "Move a confirmed booking to another time (and, when resourceIds is given, other"
              + " resources of its centre), checked as a booking; its iCalendar SEQUENCE grows."
              + " If-Match required")
  @PostMapping("/{id}/move")
  @PreAuthorize("hasAuthority('booking.write')")
  ResponseEntity<BookingJson> move(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody BookingMoveRequest request) {
    service.reachable(id, BookingAccess.WRITE);
    long version = ETags.required(ifMatch, BookingService.RECORD_TYPE);
    service.move(
        id,
        request.startsAt() == null ? null : request.startsAt().toInstant(),
        request.endsAt() == null ? null : request.endsAt().toInstant(),
        request.resourceIds(),
        version);
    return answer(id);
  }

  @Operation(
      summary =
          "Cancel a confirmed booking (its resources are free again), with a reason. If-Match"
              + " required")
  @PostMapping("/{id}/cancellation")
  @PreAuthorize("hasAuthority('booking.write')")
  ResponseEntity<BookingJson> cancellation(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) BookingCancellationRequest request) {
    service.reachable(id, BookingAccess.WRITE);
    long version = ETags.required(ifMatch, BookingService.RECORD_TYPE);
    service.cancel(id, request == null ? null : request.reason(), version);
    return answer(id);
  }

  /** A list's filter: from and to both given, to after from, at most {@link #MAX_DAYS} apart. */
  static BookingFilter filter(
      Instant from, Instant to, UUID resourceId, UUID centreId, boolean cancelled) {
    List<RuleViolation> violations = new ArrayList<>();
    if (from == null) {
      violations.add(new RuleViolation("from", "required", "booking.from.required"));
    }
    if (to == null) {
      violations.add(new RuleViolation("to", "required", "booking.to.required"));
    } else if (from != null && !to.isAfter(from)) {
      violations.add(new RuleViolation("to", "after-from", "booking.to.after-from"));
    } else if (from != null && Duration.between(from, to).toDays() >= MAX_DAYS) {
      violations.add(new RuleViolation("to", "range", "booking.to.range", MAX_DAYS));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return new BookingFilter(from, to, resourceId, centreId, cancelled);
  }

  private static BookResources command(BookingRequest request) {
    return new BookResources(
        request.purpose(),
        request.title(),
        request.startsAt() == null ? null : request.startsAt().toInstant(),
        request.endsAt() == null ? null : request.endsAt().toInstant(),
        request.resourceIds(),
        request.orgUnitId(),
        request.note());
  }

  private ResponseEntity<BookingJson> created(UUID id) {
    return created(read(id));
  }

  private static ResponseEntity<BookingJson> created(BookingJson body) {
    return ResponseEntity.created(URI.create("/api/v1/bookings/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private ResponseEntity<BookingJson> answer(UUID id) {
    BookingJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  private BookingJson read(UUID id) {
    return BookingJson.of(
        directory
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(BookingService.RECORD_TYPE, id)));
  }
}
