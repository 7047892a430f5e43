package io.pyra.scheduling.web;

import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingChoices;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar of a centre or of one of its resources (FullCalendar: day, week and month on the
 * centre's clock, weeks from Monday, in the user's language). Those who may book drag a booking to
 * move it and select a free time to book it through the booking form.
 */
@Controller
@PreAuthorize("hasAuthority('booking.read')")
class BookingCalendarWebController {

  static final Set<String> VIEWS = Set.of("timeGridDay", "timeGridWeek", "dayGridMonth");

  private final BookingChoices choices;
  private final BookingAccess access;

  BookingCalendarWebController(BookingChoices choices, BookingAccess access) {
    this.choices = choices;
    this.access = access;
  }

  @GetMapping("/calendar")
  String calendar(
      @RequestParam(required = false) UUID orgUnitId,
      @RequestParam(required = false) UUID resourceId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) String view,
      Locale locale,
      Model model) {
    List<BookingChoices.Centre> centres = choices.centres();
    BookingChoices.Centre centre =
        centres.stream()
            .filter(c -> c.id().equals(orgUnitId))
            .findFirst()
            .orElse(centres.isEmpty() ? null : centres.getFirst());
    List<BookingChoices.Resource> resources =
        centre == null ? List.of() : choices.resources(centre.id());
    BookingChoices.Resource resource =
        resources.stream().filter(r -> r.id().equals(resourceId)).findFirst().orElse(null);
    ZoneId zone = centre == null ? ZoneId.of("UTC") : centre.zone();
    model.addAttribute("centres", centres);
    model.addAttribute("centre", centre);
    model.addAttribute("resources", resources);
    model.addAttribute("resource", resource);
    model.addAttribute("date", date == null ? LocalDate.now(zone) : date);
    model.addAttribute("view", view != null && VIEWS.contains(view) ? view : "timeGridWeek");
    model.addAttribute(
        "calendarLocale",
        Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh-cn" : "en");
    model.addAttribute("pyraCalendar", true);
    model.addAttribute("mayBook", access.has(BookingAccess.WRITE));
    return "scheduling/calendar";
  }
}
