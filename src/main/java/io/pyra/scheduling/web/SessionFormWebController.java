package io.pyra.scheduling.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerRef;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.SalesApi;
import io.pyra.scheduling.booking.BookingChoices;
import io.pyra.scheduling.booking.BookingConflictException;
import io.pyra.scheduling.session.Attendance;
import io.pyra.scheduling.session.AttendanceService;
import io.pyra.scheduling.session.EnrolmentService;
import io.pyra.scheduling.session.OneToOneClasses;
import io.pyra.scheduling.session.ScheduleSession;
import io.pyra.scheduling.session.Session;
import io.pyra.scheduling.session.SessionDirectory;
import io.pyra.scheduling.session.SessionRoster;
import io.pyra.scheduling.session.SessionService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scheduling a session from a page (a one-to-one class when a VIP customer and their contract are
 * given), enrolling a customer by code on a contract by number, withdrawing an enrolment and
 * recording the roster's attendance; each refusal shown on the page in the user's language.
 */
@Controller
@PreAuthorize("hasAuthority('booking.read')")
class SessionFormWebController {

  private final SessionService service;
  private final OneToOneClasses oneToOne;
  private final EnrolmentService enrolments;
  private final AttendanceService attendance;
  private final SessionDirectory sessions;
  private final SessionRoster roster;
  private final BookingChoices choices;
  private final SalesApi sales;
  private final CustomerApi customers;
  private final JdbcClient jdbc;
  private final Problems problems;

  SessionFormWebController(
      SessionService service,
      OneToOneClasses oneToOne,
      EnrolmentService enrolments,
      AttendanceService attendance,
      SessionDirectory sessions,
      SessionRoster roster,
      BookingChoices choices,
      SalesApi sales,
      CustomerApi customers,
      JdbcClient jdbc,
      Problems problems) {
    this.service = service;
    this.oneToOne = oneToOne;
    this.enrolments = enrolments;
    this.attendance = attendance;
    this.sessions = sessions;
    this.roster = roster;
    this.choices = choices;
    this.sales = sales;
    this.customers = customers;
    this.jdbc = jdbc;
    this.problems = problems;
  }

  @GetMapping("/sessions/new")
  @PreAuthorize("hasAuthority('session.write')")
  String form(@RequestParam(defaultValue = "") String centre, Model model) {
    List<BookingChoices.Centre> centres = choices.centres();
    UUID centreId = SessionForms.uuid(centre);
    BookingChoices.Centre chosen =
        centres.stream().filter(c -> c.id().equals(centreId)).findFirst().orElse(null);
    if (chosen == null && !centres.isEmpty()) {
      chosen = centres.get(0);
    }
    model.addAttribute("centres", centres);
    model.addAttribute("centre", chosen);
    List<BookingChoices.Resource> resources =
        chosen == null ? List.of() : choices.resources(chosen.id());
    for (String kind : List.of("ROOM", "PC_SET", "PROJECTOR", "INSTRUCTOR")) {
      model.addAttribute(
          "kind" + kind, resources.stream().filter(r -> kind.equals(r.kind())).toList());
    }
    model.addAttribute("courses", sales.activeCourses());
    model.addAttribute("profiles", profiles());
    model.addAttribute("day", chosen == null ? null : LocalDate.now(chosen.zone()).plusDays(1));
    return "scheduling/sessions/new";
  }

  /** The most customers a picker offers as the user types. */
  static final int CUSTOMER_OPTIONS = 10;

  /**
   * A customer picker's options as the user types (a name, code, phone or e-mail): the customers
   * they may read that match, each as its code named by the customer (a datalist's options).
   */
  @GetMapping("/sessions/customer-options")
  @PreAuthorize("hasAuthority('session.write') and hasAuthority('customer.read')")
  String customerOptions(@RequestParam(defaultValue = "") String customerCode, Model model) {
    String text = customerCode.strip();
    model.addAttribute(
        "options",
        text.length() > CUSTOMER_TEXT_MAX ? List.of() : customers.suggest(text, CUSTOMER_OPTIONS));
    return "scheduling/sessions/customer-options :: options";
  }

  /** The longest text a customer picker looks up (the field takes 40). */
  private static final int CUSTOMER_TEXT_MAX = 100;

  @PostMapping("/sessions")
  @PreAuthorize("hasAuthority('session.write')")
  String schedule(
      @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
    UUID centreId = SessionForms.uuid(form.get("centre"));
    ZoneId zone =
        choices
            .centre(centreId)
            .map(BookingChoices.Centre::zone)
            .orElse(ZoneId.of("Asia/Shanghai"));
    LocalDate day = SessionForms.day(form.get("date"));
    ScheduleSession command =
        new ScheduleSession(
            SessionForms.uuid(form.get("productId")),
            SessionForms.instant(day, form.get("startTime"), zone),
            SessionForms.instant(day, form.get("endTime"), zone),
            SessionForms.uuid(form.get("roomId")),
            SessionForms.uuid(form.get("pcSetId")),
            SessionForms.uuid(form.get("projectorId")),
            SessionForms.uuid(form.get("instructorId")),
            SessionForms.number(form.get("capacity")),
            SessionForms.uuid(form.get("setupProfileId")));
    String customerCode = form.getOrDefault("customerCode", "").strip();
    List<String> errors = new ArrayList<>();
    UUID id =
        attempt(
            errors,
            locale,
            () -> {
              if (customerCode.isEmpty()) {
                return service.schedule(command);
              }
              return oneToOne
                  .book(command, customer(customerCode), form.get("contractNumber"))
                  .sessionId();
            });
    if (id == null) {
      redirect.addFlashAttribute("formErrors", errors);
      return "redirect:/sessions/new" + (centreId == null ? "" : "?centre=" + centreId);
    }
    redirect.addFlashAttribute("success", problems.messageOf("session.scheduled", locale));
    return "redirect:/sessions/" + id;
  }

  @PostMapping("/sessions/{id}/enrolments")
  @PreAuthorize("hasAuthority('session.write')")
  String enrol(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String customerCode,
      @RequestParam(defaultValue = "") String contractNumber,
      Locale locale,
      RedirectAttributes redirect) {
    List<String> errors = new ArrayList<>();
    UUID enrolment =
        attempt(
            errors,
            locale,
            () -> enrolments.enrol(id, customer(customerCode.strip()), contractNumber));
    flash(redirect, errors, enrolment != null, "session.enrolled", locale);
    return "redirect:/sessions/" + id;
  }

  @PostMapping("/sessions/{id}/enrolments/{enrolmentId}/withdrawal")
  @PreAuthorize("hasAuthority('session.write')")
  String withdraw(
      @PathVariable UUID id,
      @PathVariable UUID enrolmentId,
      Locale locale,
      RedirectAttributes redirect) {
    List<String> errors = new ArrayList<>();
    Object done =
        attempt(
            errors,
            locale,
            () -> {
              enrolments.withdraw(id, enrolmentId);
              return Boolean.TRUE;
            });
    flash(redirect, errors, done != null, "session.withdrawn", locale);
    return "redirect:/sessions/" + id;
  }

  @PostMapping("/sessions/{id}/attendance")
  @PreAuthorize("hasAuthority('attendance.record')")
  String record(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    Session session = sessions.reachable(id, AttendanceService.RECORD);
    List<AttendanceService.Mark> marks = new ArrayList<>();
    for (var e : roster.of(id, false)) {
      String value = form.get("attendance-" + e.id());
      if (value == null || value.isBlank()) {
        continue;
      }
      Attendance mark;
      try {
        mark = Attendance.valueOf(value.strip());
      } catch (IllegalArgumentException ex) {
        mark = null;
      }
      marks.add(new AttendanceService.Mark(e.id(), mark, form.get("note-" + e.id())));
    }
    Number version = SessionForms.number(form.get("version"));
    List<String> errors = new ArrayList<>();
    Object done =
        attempt(
            errors,
            locale,
            () -> {
              attendance.record(
                  id, marks, version == null ? session.version() - 1 : version.longValue());
              return Boolean.TRUE;
            });
    flash(redirect, errors, done != null, "session.attendance.saved", locale);
    return "redirect:/sessions/" + id;
  }

  private UUID customer(String code) {
    if (code.isEmpty()) {
      throw new BusinessRuleException("customerId", "required", "session.customer.required");
    }
    return customers
        .findByCode(code)
        .filter(c -> customers.reaches("customer.read", c))
        .map(CustomerRef::id)
        .map(c -> c.value())
        .orElseThrow(
            () -> new BusinessRuleException("customerId", "unknown", "session.customer.unknown"));
  }

  private <T> T attempt(List<String> errors, Locale locale, Supplier<T> work) {
    try {
      return work.get();
    } catch (BusinessRuleException e) {
      e.violations().forEach(v -> errors.add(problems.message(v, locale)));
    } catch (BookingConflictException e) {
      e.conflicts()
          .forEach(
              c ->
                  errors.add(
                      problems.messageOf(
                          "booking.conflict.with", locale, c.resourceName(), c.title())));
    } catch (StaleVersionException e) {
      errors.add(problems.messageOf("session.attendance.stale", locale));
    }
    return null;
  }

  private void flash(
      RedirectAttributes redirect, List<String> errors, boolean done, String key, Locale locale) {
    if (done) {
      redirect.addFlashAttribute("success", problems.messageOf(key, locale));
    } else {
      redirect.addFlashAttribute("formErrors", errors);
    }
  }

  /** The active configuration profiles, by name. */
  private List<Map<String, Object>> profiles() {
    return jdbc.sql(
            """
            select id, name from scheduling_setup_profile where active = true
             order by name fetch first 200 rows only""")
        .query()
        .listOfRows();
  }
}
