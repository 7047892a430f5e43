package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.web.FormErrors;
import io.pyra.scheduling.booking.Booking;
import io.pyra.scheduling.booking.BookingChoices;
import io.pyra.scheduling.booking.BookingConflictException;
import io.pyra.scheduling.booking.BookingPurpose;
import io.pyra.scheduling.booking.BookingService;
import io.pyra.scheduling.booking.FreeResource;
import io.pyra.scheduling.booking.FreeSlot;
import io.pyra.scheduling.booking.ResourceFreeSlots;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The booking form: a centre, its resources (with each chosen one's free times on the day, htmx
 * {@code parts}), the day and times on the centre's clock. Taken resources show the conflicting
 * bookings and the alternatives, each a one-click booking (another resource, or a later start).
 */
@Controller
@PreAuthorize("hasAuthority('booking.write')")
class BookingFormWebController {

  /** The length of the free times shown beside the resources. */
  static final int SLOT_MINUTES = 30;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** A one-click alternative: its label's parts and the fields it books with. */
  record Choice(
      String kind,
      String label,
      List<UUID> resourceIds,
      LocalDate date,
      String start,
      String end) {}

  /** A conflicting booking as the page shows it, on the centre's clock. */
  record Clash(UUID bookingId, String title, String resourceName, String when) {}

  private final BookingService service;
  private final BookingChoices choices;
  private final ResourceFreeSlots freeSlots;
  private final FormErrors formErrors;
  private final Problems problems;

  BookingFormWebController(
      BookingService service,
      BookingChoices choices,
      ResourceFreeSlots freeSlots,
      FormErrors formErrors,
      Problems problems) {
    this.service = service;
    this.choices = choices;
    this.freeSlots = freeSlots;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/bookings/new")
  String form(@ModelAttribute("bookingForm") BookingForm form, Model model) {
    return page(form, model);
  }

  /** The resources of the chosen centre and the chosen ones' free times on the day (htmx). */
  @GetMapping("/bookings/new/parts")
  String parts(@ModelAttribute("bookingForm") BookingForm form, Model model) {
    page(form, model);
    return "scheduling/bookings/new :: parts";
  }

  @PostMapping("/bookings")
  String book(
      @Valid @ModelAttribute("bookingForm") BookingForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    int status = 422;
    if (!binding.hasErrors()) {
      ZoneId zone = zone(form);
      try {
        Booking booking = service.book(form.command(zone));
        redirect.addFlashAttribute("success", problems.messageOf("booking.booked", locale));
        if (form.backToCalendar()) {
          return calendar(form, booking, zone, redirect);
        }
        return "redirect:/bookings/" + booking.id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (BookingConflictException e) {
        status = 409;
        conflict(e, form, zone, model);
      }
    }
    response.setStatus(status);
    return page(form, model);
  }

  /** Back to the calendar of the centre (or of the resource it showed) on the booking's day. */
  private static String calendar(
      BookingForm form, Booking booking, ZoneId zone, RedirectAttributes redirect) {
    redirect.addAttribute("orgUnitId", form.getCentreId());
    if (form.getCalendarResourceId() != null) {
      redirect.addAttribute("resourceId", form.getCalendarResourceId());
    }
    redirect.addAttribute("date", LocalDate.ofInstant(booking.startsAt(), zone).toString());
    redirect.addAttribute("view", "timeGridDay");
    return "redirect:/calendar";
  }

  private void conflict(BookingConflictException e, BookingForm form, ZoneId zone, Model model) {
    model.addAttribute(
        "clashes",
        e.conflicts().stream()
            .map(
                c ->
                    new Clash(
                        c.bookingId(),
                        c.title(),
                        c.resourceName(),
                        TIME.withZone(zone).format(c.startsAt())
                            + "–"
                            + TIME.withZone(zone).format(c.endsAt())))
            .toList());
    List<Choice> alternatives = new ArrayList<>();
    for (FreeResource free : e.freeResources()) {
      List<UUID> ids = new ArrayList<>(form.getResourceIds());
      ids.replaceAll(id -> id.equals(free.insteadOf()) ? free.id() : id);
      alternatives.add(
          new Choice(
              "resource",
              free.name(),
              ids,
              form.getDate(),
              form.getStartTime(),
              form.getEndTime()));
    }
    Instant wanted = form.command(zone).startsAt();
    Instant wantedEnd = form.command(zone).endsAt();
    for (Instant start : e.nextFreeStarts()) {
      ZonedDateTime from = start.atZone(zone);
      ZonedDateTime to = start.plus(Duration.between(wanted, wantedEnd)).atZone(zone);
      alternatives.add(
          new Choice(
              "time",
              from.toLocalDate() + " " + TIME.format(from),
              form.getResourceIds(),
              from.toLocalDate(),
              TIME.format(from),
              TIME.format(to)));
    }
    model.addAttribute("alternatives", alternatives);
  }

  private String page(BookingForm form, Model model) {
    List<BookingChoices.Centre> centres = choices.centres();
    if (form.getCentreId() == null && !centres.isEmpty()) {
      form.setCentreId(centres.getFirst().id());
    }
    BookingChoices.Centre centre =
        centres.stream().filter(c -> c.id().equals(form.getCentreId())).findFirst().orElse(null);
    if (form.getDate() == null) {
      form.setDate(LocalDate.now(centre == null ? ZoneId.of("UTC") : centre.zone()));
    }
    model.addAttribute("centres", centres);
    model.addAttribute("centre", centre);
    List<BookingChoices.Resource> resources =
        centre == null ? List.of() : choices.resources(centre.id());
    model.addAttribute("resources", resources);
    Map<String, List<FreeSlot>> free = new LinkedHashMap<>();
    for (BookingChoices.Resource r : resources) {
      if (form.getResourceIds().contains(r.id())) {
        try {
          free.put(r.name(), freeSlots.of(r.id(), form.getDate(), SLOT_MINUTES));
        } catch (RuntimeException notSeen) {
          free.put(r.name(), List.of());
        }
      }
    }
    model.addAttribute("freeSlots", free);
    model.addAttribute("purposes", BookingPurpose.values());
    return "scheduling/bookings/new";
  }

  private ZoneId zone(BookingForm form) {
    return choices
        .centre(form.getCentreId())
        .map(BookingChoices.Centre::zone)
        .orElse(ZoneId.of("UTC"));
  }

  static LocalDate day(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
