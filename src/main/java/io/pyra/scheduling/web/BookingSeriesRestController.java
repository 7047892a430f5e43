package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.scheduling.booking.BookSeries;
import io.pyra.scheduling.booking.BookedSeries;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingPurpose;
import io.pyra.scheduling.booking.SeriesBookings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Weekly series of bookings over the API: booked all or nothing (a 409 lists every occurrence that
 * collides, a 422 every one outside the hours or on a closure), read with its occurrences, and its
 * rest cancelled from a day on. One occurrence is moved or cancelled as a booking.
 */
@Tag(name = "Bookings")
@RestController
@RequestMapping("/api/v1/booking-series")
@PreAuthorize("hasAuthority('booking.read')")
class BookingSeriesRestController {

  /** A weekly series to book: days and times on the clock of the resources' centre. */
  record BookingSeriesRequest(
      BookingPurpose purpose,
      @Size(max = 200) String title,
      @Size(max = 20) List<UUID> resourceIds,
      UUID orgUnitId,
      @Size(max = 1000) String note,
      @Size(max = 7) List<Integer> weekdays,
      Integer intervalWeeks,
      LocalDate firstDay,
      LocalDate lastDay,
      @Size(max = 8) String startTime,
      @Size(max = 8) String endTime,
      @Size(max = 200) List<LocalDate> exceptions) {}

  /** From which day (on the centre's clock) the rest of a series is cancelled, and why. */
  record BookingSeriesCancellationRequest(LocalDate from, @Size(max = 500) String reason) {}

  record BookingSeriesJson(
      UUID id,
      List<Integer> weekdays,
      int intervalWeeks,
      LocalDate firstDay,
      LocalDate lastDay,
      LocalTime startTime,
      LocalTime endTime,
      String timeZone,
      List<LocalDate> exceptions,
      List<BookingJson> bookings) {

    static BookingSeriesJson of(BookedSeries s) {
      return new BookingSeriesJson(
          s.id(),
          s.weekdays(),
          s.intervalWeeks(),
          s.firstDay(),
          s.lastDay(),
          s.startTime(),
          s.endTime(),
          s.timeZone(),
          s.exceptions(),
          s.bookings().stream().map(BookingJson::of).toList());
    }
  }

  private final SeriesBookings series;
  private final BookingAccess access;
  private final IdempotentRequests idempotency;

  BookingSeriesRestController(
      SeriesBookings series, BookingAccess access, IdempotentRequests idempotency) {
    this.series = series;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "Book a weekly series: on weekdays (1 Monday … 7 Sunday) every intervalWeeks weeks"
              + " (1–52) from firstDay to lastDay, from startTime to endTime on the centre's clock,"
              + " but the exceptions (days the series meets); at most 200 occurrences, all booked"
              + " or none. An Idempotency-Key makes a retry return the first result")
  @PostMapping
  @PreAuthorize("hasAuthority('booking.write')")
  ResponseEntity<BookingSeriesJson> book(
      @RequestBody BookingSeriesRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(series.book(command(request)).id()),
        first ->
            created(
                UUID.fromString(
                    first.location().substring(first.location().lastIndexOf('/') + 1))));
  }

  @Operation(summary = "A series whose bookings you may see, with its occurrences")
  @GetMapping("/{id}")
  BookingSeriesJson get(@PathVariable UUID id) {
    return read(id);
  }

  @Operation(
      summary =
          "Cancel the series' confirmed occurrences from a day on (on the centre's clock), with a"
              + " reason")
  @PostMapping("/{id}/cancellation")
  @PreAuthorize("hasAuthority('booking.write')")
  BookingSeriesJson cancellation(
      @PathVariable UUID id, @RequestBody BookingSeriesCancellationRequest request) {
    series.cancelFrom(id, request.from(), request.reason());
    return read(id);
  }

  private ResponseEntity<BookingSeriesJson> created(UUID id) {
    return ResponseEntity.created(URI.create("/api/v1/booking-series/" + id)).body(read(id));
  }

  private BookingSeriesJson read(UUID id) {
    return BookingSeriesJson.of(
        series.find(id).orElseThrow(() -> new RecordNotFoundException("booking-series", id)));
  }

  private static BookSeries command(BookingSeriesRequest r) {
    return new BookSeries(
        r.purpose(),
        r.title(),
        r.resourceIds(),
        r.orgUnitId(),
        r.note(),
        r.weekdays(),
        r.intervalWeeks(),
        r.firstDay(),
        r.lastDay(),
        time(r.startTime(), "startTime"),
        time(r.endTime(), "endTime"),
        r.exceptions());
  }

  /** A time of day ({@code HH:mm}); null when not given, a 422 naming the field when not one. */
  private static LocalTime time(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field, "invalid", "booking.time.invalid");
    }
  }
}
