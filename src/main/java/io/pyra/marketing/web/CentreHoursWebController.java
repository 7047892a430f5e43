package io.pyra.marketing.web;

import io.pyra.marketing.appointment.Centre;
import io.pyra.marketing.appointment.CentreHours;
import io.pyra.marketing.appointment.Centres;
import io.pyra.marketing.appointment.OpeningHours;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centres' opening hours: a centre's week (the default hours until it has its own), set with
 * {@code appointment.write} reaching the centre; a day whose box is not ticked is closed.
 */
@Controller
@PreAuthorize("hasAuthority('appointment.read')")
class CentreHoursWebController {

  private final Centres centres;
  private final CentreHours hours;
  private final Problems problems;

  CentreHoursWebController(Centres centres, CentreHours hours, Problems problems) {
    this.centres = centres;
    this.hours = hours;
    this.problems = problems;
  }

  @GetMapping("/appointments/hours")
  String centres(Model model) {
    model.addAttribute("centres", centres.all());
    return "marketing/appointments/hours";
  }

  @GetMapping("/appointments/hours/{id}")
  String week(@PathVariable UUID id, Model model) {
    Centre centre = find(id);
    model.addAttribute("centres", centres.all());
    model.addAttribute("centre", centre);
    model.addAttribute("own", hours.hasOwn(id));
    List<OpeningHours> week = hours.week(id);
    List<OpeningHours> all = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      int d = day;
      all.add(
          week.stream()
              .filter(h -> h.weekday() == d)
              .findFirst()
              .orElse(new OpeningHours(d, null, null)));
    }
    model.addAttribute("week", all);
    return "marketing/appointments/hours";
  }

  @PostMapping("/appointments/hours/{id}")
  @PreAuthorize("hasAuthority('appointment.write')")
  String set(
      @PathVariable UUID id,
      HttpServletRequest request,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    find(id);
    List<OpeningHours> week = new ArrayList<>();
    try {
      for (int day = 1; day <= 7; day++) {
        if (request.getParameter("open" + day) != null) {
          week.add(
              new OpeningHours(
                  day,
                  time(request.getParameter("opensAt" + day)),
                  time(request.getParameter("closesAt" + day))));
        }
      }
      hours.set(id, week);
      redirect.addFlashAttribute("success", problems.messageOf("appointment.hours.saved", locale));
      return "redirect:/appointments/hours/" + id;
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      model.addAttribute(
          "hoursErrors", e.violations().stream().map(v -> problems.message(v, locale)).toList());
      return week(id, model);
    }
  }

  private static LocalTime time(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("opensAt", "required", "appointment.hours.required");
    }
  }

  private Centre find(UUID id) {
    return centres.find(id).orElseThrow(() -> new RecordNotFoundException("centre", id));
  }
}
