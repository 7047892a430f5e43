package io.pyra.marketing.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.marketing.appointment.Appointment;
import io.pyra.marketing.appointment.AppointmentAccess;
import io.pyra.marketing.appointment.AppointmentDirectory;
import io.pyra.marketing.appointment.AppointmentFilter;
import io.pyra.marketing.appointment.AppointmentRow;
import io.pyra.marketing.appointment.AppointmentService;
import io.pyra.marketing.appointment.AppointmentStatus;
import io.pyra.marketing.appointment.Centre;
import io.pyra.marketing.appointment.Centres;
import io.pyra.marketing.appointment.ConsultationOutcome;
import io.pyra.marketing.appointment.FreeSlots;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The appointment pages: the list (filters, htmx {@code results}), the booking form with its
 * visitor picker ({@link BookingVisitorWebController}) and the consultant's free slots (htmx {@code
 * parts} reloads the consultants of the centre and the slots of the day), one appointment with its
 * history and the moves its status allows.
 */
@Controller
@PreAuthorize("hasAuthority('appointment.read')")
class AppointmentWebController {

  private static final int PAGE_SIZE = 50;

  private final AppointmentService service;
  private final AppointmentDirectory directory;
  private final AppointmentAccess access;
  private final Centres centres;
  private final FreeSlots freeSlots;
  private final IdentityApi identity;
  private final FormErrors formErrors;
  private final Problems problems;
  private final BookingVisitors visitors;

  AppointmentWebController(
      AppointmentService service,
      AppointmentDirectory directory,
      AppointmentAccess access,
      Centres centres,
      FreeSlots freeSlots,
      IdentityApi identity,
      FormErrors formErrors,
      Problems problems,
      BookingVisitors visitors) {
    this.visitors = visitors;
    this.service = service;
    this.directory = directory;
    this.access = access;
    this.centres = centres;
    this.freeSlots = freeSlots;
    this.identity = identity;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/appointments")
  String list(
      @RequestParam(defaultValue = "") String centre,
      @RequestParam(defaultValue = "") String day,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String mine,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("centre", centre);
    params.put("day", day);
    params.put("status", status);
    params.put("mine", mine);
    ZoneId zone = identity.timeZone(new UserId(access.me()));
    Slice<AppointmentRow> slice;
    try {
      AppointmentFilter filter =
          AppointmentRestController.filter(
              centres,
              access,
              centre.isBlank() ? null : UUID.fromString(centre),
              null,
              day.isBlank() ? null : LocalDate.parse(day),
              status.isBlank() ? null : List.of(status),
              "me".equals(mine) ? access.me() : null,
              zone);
      slice = directory.search(filter, cursor, PAGE_SIZE);
    } catch (BusinessRuleException | IllegalArgumentException | DateTimeParseException e) {
      model.addAttribute("filterError", true);
      slice =
          directory.search(
              new AppointmentFilter(null, null, null, null, null, null), null, PAGE_SIZE);
    }
    model.addAttribute("appointments", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : url(params, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "marketing/appointments/list :: results";
    }
    model.addAttribute("centres", centres.all());
    model.addAttribute("statuses", AppointmentStatus.values());
    return "marketing/appointments/list";
  }

  @GetMapping("/appointments/new")
  @PreAuthorize("hasAuthority('appointment.write')")
  String bookingForm(@ModelAttribute("appointmentForm") AppointmentForm form, Model model) {
    return booking(form, model);
  }

  /** The consultants of the chosen centre and the free slots of the chosen day (htmx). */
  @GetMapping("/appointments/new/parts")
  @PreAuthorize("hasAuthority('appointment.write')")
  String bookingParts(@ModelAttribute("appointmentForm") AppointmentForm form, Model model) {
    parts(form, model);
    return "marketing/appointments/new :: parts";
  }

  @PostMapping("/appointments")
  @PreAuthorize("hasAuthority('appointment.write')")
  String book(
      @Valid @ModelAttribute("appointmentForm") AppointmentForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!binding.hasErrors()) {
      try {
        Appointment appointment = service.book(form.command());
        redirect.addFlashAttribute("success", problems.messageOf("appointment.booked", locale));
        return "redirect:/appointments/" + appointment.id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return booking(form, model);
  }

  @GetMapping("/appointments/{id}")
  String detail(@PathVariable UUID id, Model model) {
    AppointmentRow row =
        directory
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(AppointmentService.RECORD_TYPE, id));
    model.addAttribute("appointment", row);
    model.addAttribute("changes", directory.changes(id));
    model.addAttribute("zone", row.centreZone());
    model.addAttribute("outcomes", ConsultationOutcome.values());
    boolean booked = row.status() == AppointmentStatus.BOOKED;
    model.addAttribute("mayMove", booked && access.has(AppointmentAccess.WRITE));
    model.addAttribute("mayReceive", booked && access.has(AppointmentAccess.RECEIVE));
    model.addAttribute(
        "mayConsult",
        row.status() == AppointmentStatus.ARRIVED
            && row.outcome() == null
            && access.has(AppointmentAccess.RECEIVE));
    model.addAttribute("consultants", centres.consultants(row.centreId()));
    model.addAttribute(
        "localStart",
        LocalDateTime.ofInstant(row.startsAt(), row.centreZone()).withSecond(0).withNano(0));
    return "marketing/appointments/detail";
  }

  @PostMapping("/appointments/{id}/{move}")
  String move(
      @PathVariable UUID id,
      @PathVariable String move,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String startsAt,
      @RequestParam(required = false) UUID consultantId,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String note,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      switch (move) {
        case "arrival" -> service.arrive(id, version);
        case "no-show" -> service.noShow(id, version);
        case "cancellation" -> service.cancel(id, version, note);
        case "reschedule" -> {
          Appointment appointment = service.reachable(id, AppointmentAccess.WRITE);
          Centre centre = centres.find(appointment.centreId()).orElseThrow();
          service.reschedule(id, version, local(startsAt, centre.zone()), consultantId, note);
        }
        case "consultation" -> service.consult(id, version, outcome(outcome), note);
        default -> throw new RecordNotFoundException(AppointmentService.RECORD_TYPE, id);
      }
      redirect.addFlashAttribute("success", problems.messageOf("appointment.moved", locale));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(
          "moveError", e.violations().stream().map(v -> problems.message(v, locale)).toList());
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute(
          "moveError", List.of(problems.messageOf("problem.stale.detail", locale)));
    }
    return "redirect:/appointments/" + id;
  }

  private static Instant local(String value, ZoneId zone) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("startsAt", "invalid", "appointment.startsAt.required");
    }
  }

  private static ConsultationOutcome outcome(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ConsultationOutcome.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("outcome", "one-of", "appointment.outcome.required");
    }
  }

  private String booking(AppointmentForm form, Model model) {
    UUID chosen = form.getCentreId();
    List<Centre> first = centres.all();
    List<Centre> all = first;
    if (chosen == null && !first.isEmpty()) {
      form.setCentreId(first.getFirst().id());
    } else if (chosen != null && first.stream().noneMatch(centre -> centre.id().equals(chosen))) {
      // past the first centres by name: the chosen one is offered too
      all = centres.find(chosen).map(centre -> append(first, centre)).orElse(first);
    }
    model.addAttribute("centres", all);
    model.addAttribute("visitor", visitors.chosen(form.getLeadId(), form.getCustomerId()));
    parts(form, model);
    return "marketing/appointments/new";
  }

  private static List<Centre> append(List<Centre> centres, Centre centre) {
    List<Centre> longer = new ArrayList<>(centres);
    longer.add(centre);
    return longer;
  }

  private void parts(AppointmentForm form, Model model) {
    Centre centre =
        form.getCentreId() == null ? null : centres.find(form.getCentreId()).orElse(null);
    model.addAttribute("centre", centre);
    if (centre == null) {
      model.addAttribute("consultants", List.of());
      model.addAttribute("slots", List.of());
      return;
    }
    var consultants = centres.consultants(centre.id());
    model.addAttribute("consultants", consultants);
    if (form.getConsultantId() == null
        || consultants.stream().noneMatch(c -> c.id().equals(form.getConsultantId()))) {
      form.setConsultantId(consultants.isEmpty() ? null : consultants.getFirst().id());
    }
    if (form.getDate() == null) {
      form.setDate(LocalDate.now(centre.zone()));
    }
    model.addAttribute(
        "slots",
        form.getConsultantId() == null
            ? List.of()
            : freeSlots.of(centre, form.getConsultantId(), form.getDate(), Instant.now()));
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/appointments");
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
