package io.pyra.scheduling.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.Slice;
import io.pyra.scheduling.booking.Booking;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingChoices;
import io.pyra.scheduling.booking.BookingConflictException;
import io.pyra.scheduling.booking.BookingDirectory;
import io.pyra.scheduling.booking.BookingFilter;
import io.pyra.scheduling.booking.BookingService;
import io.pyra.scheduling.booking.BookingStatus;
import io.pyra.scheduling.setup.SetupDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The booking pages: the list (by centre, resource and a range of days, htmx {@code results}), one
 * booking with its resources, and moving or cancelling it.
 */
@Controller
@PreAuthorize("hasAuthority('booking.read')")
class BookingWebController {

  private static final int PAGE_SIZE = 50;
  private static final int DEFAULT_DAYS = 7;

  private final BookingService service;
  private final BookingDirectory directory;
  private final BookingAccess access;
  private final BookingChoices choices;
  private final IdentityApi identity;
  private final Problems problems;
  private final SetupDirectory setups;

  BookingWebController(
      BookingService service,
      BookingDirectory directory,
      BookingAccess access,
      BookingChoices choices,
      IdentityApi identity,
      Problems problems,
      SetupDirectory setups) {
    this.service = service;
    this.directory = directory;
    this.access = access;
    this.choices = choices;
    this.identity = identity;
    this.problems = problems;
    this.setups = setups;
  }

  @GetMapping("/bookings")
  String list(
      @RequestParam(defaultValue = "") String centre,
      @RequestParam(defaultValue = "") String resource,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    List<BookingChoices.Centre> centres = choices.centres();
    UUID centreId = uuid(centre);
    ZoneId zone =
        centres.stream()
            .filter(c -> c.id().equals(centreId))
            .map(BookingChoices.Centre::zone)
            .findFirst()
            .orElse(identity.timeZone(new UserId(access.me())));
    LocalDate first = BookingFormWebController.day(from);
    LocalDate last = BookingFormWebController.day(to);
    if (first == null) {
      first = LocalDate.now(zone);
    }
    if (last == null) {
      last = first.plusDays(DEFAULT_DAYS - 1L);
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("centre", centre);
    params.put("resource", resource);
    params.put("from", first.toString());
    params.put("to", last.toString());
    Slice<Booking> slice;
    try {
      BookingFilter filter =
          BookingRestController.filter(
              first.atStartOfDay(zone).toInstant(),
              last.plusDays(1).atStartOfDay(zone).toInstant(),
              uuid(resource),
              centreId,
              false);
      slice = directory.search(filter, cursor, PAGE_SIZE);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", true);
      slice = Slice.empty();
    }
    model.addAttribute("bookings", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : url(params, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "scheduling/bookings/list :: results";
    }
    model.addAttribute("centres", centres);
    model.addAttribute("resources", centreId == null ? List.of() : choices.resources(centreId));
    return "scheduling/bookings/list";
  }

  @GetMapping("/bookings/{id}")
  String detail(@PathVariable UUID id, Model model) {
    Booking booking =
        directory
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(BookingService.RECORD_TYPE, id));
    ZoneId zone = ZoneId.of(booking.timeZone());
    model.addAttribute("booking", booking);
    model.addAttribute("zone", zone);
    model.addAttribute("localStart", booking.startsAt().atZone(zone));
    model.addAttribute("localEnd", booking.endsAt().atZone(zone));
    model.addAttribute(
        "mayChange",
        booking.status() == BookingStatus.CONFIRMED
            && access.reaches(BookingAccess.WRITE, booking.bookedBy(), booking.orgUnitId()));
    model.addAttribute("setups", setups.ofBooking(id));
    return "scheduling/bookings/detail";
  }

  @PostMapping("/bookings/{id}/move")
  @PreAuthorize("hasAuthority('booking.write')")
  String move(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String startTime,
      @RequestParam(required = false) String endTime,
      Locale locale,
      RedirectAttributes redirect) {
    return change(
        id,
        locale,
        redirect,
        () -> {
          Booking booking = service.reachable(id, BookingAccess.WRITE);
          ZoneId zone = ZoneId.of(booking.timeZone());
          LocalDate day = BookingFormWebController.day(date);
          service.move(
              id,
              instant(day, startTime, zone),
              instant(day, endTime, zone),
              null,
              version == null ? -1 : version);
        });
  }

  @PostMapping("/bookings/{id}/cancellation")
  @PreAuthorize("hasAuthority('booking.write')")
  String cancel(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String reason,
      Locale locale,
      RedirectAttributes redirect) {
    return change(
        id, locale, redirect, () -> service.cancel(id, reason, version == null ? -1 : version));
  }

  private String change(UUID id, Locale locale, RedirectAttributes redirect, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("success", problems.messageOf("booking.changed", locale));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(
          "changeError", e.violations().stream().map(v -> problems.message(v, locale)).toList());
    } catch (BookingConflictException e) {
      redirect.addFlashAttribute(
          "changeError",
          e.conflicts().stream()
              .map(
                  c ->
                      problems.messageOf(
                          "booking.conflict.with", locale, c.resourceName(), c.title()))
              .toList());
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute(
          "changeError", List.of(problems.messageOf("problem.stale.detail", locale)));
    }
    return "redirect:/bookings/" + id;
  }

  private static java.time.Instant instant(LocalDate day, String time, ZoneId zone) {
    if (day == null || time == null || time.isBlank()) {
      return null;
    }
    try {
      return day.atTime(LocalTime.parse(time.strip())).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static UUID uuid(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/bookings");
    params.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            builder.queryParam(k, v);
          }
        });
    if (cursor != null) {
      builder.queryParam("cursor", cursor);
    }
    return builder.encode().build().toUriString();
  }
}
