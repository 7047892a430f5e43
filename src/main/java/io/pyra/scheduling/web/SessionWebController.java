package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import io.pyra.sales.SalesApi;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingChoices;
import io.pyra.scheduling.booking.BookingDirectory;
import io.pyra.scheduling.session.AttendanceService;
import io.pyra.scheduling.session.Session;
import io.pyra.scheduling.session.SessionDirectory;
import io.pyra.scheduling.session.SessionRoster;
import io.pyra.scheduling.session.SessionService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The session pages: the list (by centre, course and from a day on), and one session with its
 * resources, its roster (attendance recorded there), the enrol form and the contract seats.
 */
@Controller
@PreAuthorize("hasAuthority('booking.read')")
class SessionWebController {

  private static final int PAGE_SIZE = 50;

  private final SessionDirectory sessions;
  private final SessionRoster roster;
  private final BookingDirectory bookings;
  private final BookingChoices choices;
  private final BookingAccess access;
  private final SalesApi sales;

  SessionWebController(
      SessionDirectory sessions,
      SessionRoster roster,
      BookingDirectory bookings,
      BookingChoices choices,
      BookingAccess access,
      SalesApi sales) {
    this.sessions = sessions;
    this.roster = roster;
    this.bookings = bookings;
    this.choices = choices;
    this.access = access;
    this.sales = sales;
  }

  @GetMapping("/sessions")
  String list(
      @RequestParam(defaultValue = "") String centre,
      @RequestParam(defaultValue = "") String course,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(required = false) String cursor,
      HttpServletResponse response,
      Model model) {
    List<BookingChoices.Centre> centres = choices.centres();
    UUID centreId = SessionForms.uuid(centre);
    ZoneId zone =
        centres.stream()
            .filter(c -> c.id().equals(centreId))
            .map(BookingChoices.Centre::zone)
            .findFirst()
            .orElse(ZoneId.of("Asia/Shanghai"));
    LocalDate first = SessionForms.day(from);
    if (first == null) {
      first = LocalDate.now(zone);
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("centre", centre);
    params.put("course", course);
    params.put("from", first.toString());
    Slice<Session> slice;
    try {
      slice =
          sessions.search(
              new SessionDirectory.Filter(
                  centreId, SessionForms.uuid(course), first.atStartOfDay(zone).toInstant(), null),
              cursor,
              PAGE_SIZE);
    } catch (BusinessRuleException e) {
      slice = Slice.empty();
    }
    model.addAttribute("sessions", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("centres", centres);
    model.addAttribute("courses", sales.activeCourses());
    response.addHeader("Vary", "HX-Request");
    return "scheduling/sessions/list";
  }

  @GetMapping("/sessions/{id}")
  String detail(@PathVariable UUID id, Model model) {
    Session session = sessions.get(id);
    ZoneId zone = ZoneId.of(session.timeZone());
    model.addAttribute("classSession", session);
    model.addAttribute("zone", zone);
    model.addAttribute("localStart", session.startsAt().atZone(zone));
    model.addAttribute("localEnd", session.endsAt().atZone(zone));
    model.addAttribute(
        "resources", bookings.find(session.bookingId()).map(b -> b.resources()).orElse(List.of()));
    model.addAttribute("roster", roster.of(id, false));
    model.addAttribute("seats", roster.seatsOf(id));
    model.addAttribute(
        "mayEnrol", access.reaches(SessionService.WRITE, session.bookedBy(), session.orgUnitId()));
    model.addAttribute(
        "mayRecord",
        access.reaches(AttendanceService.RECORD, session.bookedBy(), session.orgUnitId()));
    return "scheduling/sessions/detail";
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/sessions");
    params.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            builder.queryParam(k, v);
          }
        });
    builder.queryParam("cursor", cursor);
    return builder.encode().build().toUriString();
  }
}
