package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.web.ETags;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingChoices;
import io.pyra.scheduling.booking.BookingDirectory;
import io.pyra.scheduling.booking.BookingPurpose;
import io.pyra.scheduling.booking.BookingService;
import io.pyra.scheduling.booking.CalendarEvents;
import io.pyra.scheduling.resource.Closure;
import io.pyra.scheduling.resource.ClosureKind;
import io.pyra.scheduling.resource.Closures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar page's events: a centre's (or one of its resources') confirmed bookings that the
 * caller may see over a range on the centre's clock (at most 62 days, at most 2000 bookings), with
 * their versions (for If-Match when moving one), and the closures and holidays then. The page reads
 * them at {@code /calendar/events} with its session (the API takes bearer tokens only) and moves a
 * booking at {@code /calendar/bookings/{id}/move}, which answers as the booking API's move.
 */
@Tag(name = "Bookings")
@RestController
@PreAuthorize("hasAuthority('booking.read')")
class BookingCalendarRestController {

  /** The most days a calendar may ask for. */
  static final int MAX_DAYS = 62;

  /** One resource a booking holds. */
  record CalendarResourceJson(UUID id, String kind, String code, String name) {}

  /** A booking on the calendar: its times as instants and on the centre's clock. */
  record CalendarEventJson(
      UUID id,
      BookingPurpose purpose,
      String title,
      Instant startsAt,
      Instant endsAt,
      LocalDateTime start,
      LocalDateTime end,
      long version,
      List<CalendarResourceJson> resources) {}

  /** A closure or holiday of the centre, the resource or the company, on the centre's clock. */
  record CalendarClosureJson(
      UUID id, ClosureKind kind, String reason, LocalDateTime start, LocalDateTime end) {}

  /** The events of a range; {@code truncated} when more bookings fell in it than were sent. */
  record CalendarEventsJson(
      UUID orgUnitId,
      String timeZone,
      List<CalendarEventJson> events,
      List<CalendarClosureJson> closures,
      boolean truncated) {}

  /** A missing parameter answers as Spring's own check would (400 naming it). */
  private static void required(String field, Object value)
      throws MissingServletRequestParameterException {
    if (value == null) {
      throw new MissingServletRequestParameterException(field, "string");
    }
  }

  private final CalendarEvents events;
  private final BookingChoices choices;
  private final Closures closures;
  private final BookingService service;
  private final BookingDirectory directory;

  BookingCalendarRestController(
      CalendarEvents events,
      BookingChoices choices,
      Closures closures,
      BookingService service,
      BookingDirectory directory) {
    this.events = events;
    this.choices = choices;
    this.closures = closures;
    this.service = service;
    this.directory = directory;
  }

  /**
   * The calendar page's move (signed in, CSRF token in its header): as {@code POST
   * /api/v1/bookings/{id}/move}, If-Match required, a 409 with the conflicting bookings and the
   * alternatives, a 412 when stale.
   */
  @Operation(hidden = true)
  @PostMapping("/calendar/bookings/{id}/move")
  @PreAuthorize("hasAuthority('booking.write')")
  ResponseEntity<BookingJson> move(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody BookingRestController.BookingMoveRequest request) {
    service.reachable(id, BookingAccess.WRITE);
    long version = ETags.required(ifMatch, BookingService.RECORD_TYPE);
    service.move(
        id,
        request.startsAt() == null ? null : request.startsAt().toInstant(),
        request.endsAt() == null ? null : request.endsAt().toInstant(),
        request.resourceIds(),
        version);
    BookingJson body =
        BookingJson.of(
            directory
                .find(id)
                .orElseThrow(() -> new RecordNotFoundException(BookingService.RECORD_TYPE, id)));
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "A centre's confirmed bookings you may see (or, with resourceId, one of its resources')"
              + " overlapping start to end (local date-times on the centre's clock, end after start,"
              + " at most 62 days apart), earliest first, at most 2000 (truncated true when more),"
              + " with their versions; and the centre's, the resource's and the company's closures"
              + " and holidays then")
  @GetMapping({"/api/v1/calendar/events", "/calendar/events"})
  CalendarEventsJson events(
      @RequestParam(required = false) UUID orgUnitId,
      @RequestParam(required = false) UUID resourceId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime start,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime end)
      throws MissingServletRequestParameterException {
    // required, but checked here: an unreadable start or end is named before a missing centre
    required("orgUnitId", orgUnitId);
    required("start", start);
    required("end", end);
    checkRange(start, end);
    BookingChoices.Centre centre =
        choices
            .centre(orgUnitId)
            .orElseThrow(() -> new RecordNotFoundException("centre", orgUnitId));
    if (resourceId != null
        && choices.resources(centre.id()).stream().noneMatch(r -> r.id().equals(resourceId))) {
      throw new RecordNotFoundException("resource", resourceId);
    }
    ZoneId zone = centre.zone();
    Instant from = start.atZone(zone).toInstant();
    Instant to = end.atZone(zone).toInstant();
    CalendarEvents.Events found = events.of(centre.id(), resourceId, from, to);
    List<CalendarEventJson> items =
        found.items().stream()
            .map(
                e ->
                    new CalendarEventJson(
                        e.id(),
                        e.purpose(),
                        e.title(),
                        e.startsAt(),
                        e.endsAt(),
                        local(e.startsAt(), zone),
                        local(e.endsAt(), zone),
                        e.version(),
                        e.resources().stream()
                            .map(
                                r -> new CalendarResourceJson(r.id(), r.kind(), r.code(), r.name()))
                            .toList()))
            .toList();
    return new CalendarEventsJson(
        centre.id(),
        zone.getId(),
        items,
        closures(centre.id(), resourceId, from, to, zone),
        found.truncated());
  }

  private List<CalendarClosureJson> closures(
      UUID centreId, UUID resourceId, Instant from, Instant to, ZoneId zone) {
    List<Closure> all = new ArrayList<>(closures.ofCentre(centreId, from));
    all.addAll(closures.ofCompany(from));
    if (resourceId != null) {
      all.addAll(closures.ofResource(resourceId, from));
    }
    return all.stream()
        .filter(c -> c.startsAt().isBefore(to))
        .map(
            c ->
                new CalendarClosureJson(
                    c.id(),
                    c.kind(),
                    c.reason(),
                    local(c.startsAt(), zone),
                    local(c.endsAt(), zone)))
        .toList();
  }

  private static LocalDateTime local(Instant at, ZoneId zone) {
    return LocalDateTime.ofInstant(at, zone);
  }

  /** End after start, at most {@link #MAX_DAYS} days apart. */
  static void checkRange(LocalDateTime start, LocalDateTime end) {
    if (!end.isAfter(start)) {
      throw new BusinessRuleException(
          List.of(new RuleViolation("end", "after-start", "bookingcalendar.end.after-start")));
    }
    if (Duration.between(start, end).toDays() > MAX_DAYS) {
      throw new BusinessRuleException(
          List.of(new RuleViolation("end", "range", "bookingcalendar.end.range", MAX_DAYS)));
    }
  }
}
