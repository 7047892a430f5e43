package io.pyra.scheduling.web;

import io.pyra.scheduling.booking.ResourceFreeSlots;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A resource's free times on a day, for choosing when to book it. */
@Tag(name = "Bookings")
@RestController
@PreAuthorize("hasAuthority('booking.read')")
class BookingSlotRestController {

  /** A free time: its start and end, and both on the centre's clock. */
  record BookingSlotJson(Instant startsAt, Instant endsAt, LocalTime from, LocalTime to) {}

  record BookingSlotList(
      UUID resourceId, LocalDate date, String timeZone, List<BookingSlotJson> slots) {}

  private final ResourceFreeSlots freeSlots;

  BookingSlotRestController(ResourceFreeSlots freeSlots) {
    this.freeSlots = freeSlots;
  }

  @Operation(
      summary =
          "A resource's free times on a day (date, on its centre's clock): its opening hours less"
              + " its closures, bookings and the time already past, each at least minutes long"
              + " (5–1440, default 60)")
  @GetMapping("/api/v1/resources/{id}/free-slots")
  BookingSlotList freeSlots(
      @PathVariable UUID id,
      @RequestParam(required = false) LocalDate date,
      @RequestParam(defaultValue = "60") int minutes) {
    List<BookingSlotJson> slots =
        freeSlots.of(id, date, minutes).stream()
            .map(s -> new BookingSlotJson(s.startsAt(), s.endsAt(), s.from(), s.to()))
            .toList();
    return new BookingSlotList(id, date, freeSlots.zone(id).getId(), slots);
  }
}
