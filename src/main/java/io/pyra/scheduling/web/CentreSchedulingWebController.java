package io.pyra.scheduling.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.resource.ClosureKind;
import io.pyra.scheduling.resource.Closures;
import io.pyra.scheduling.resource.OpeningInterval;
import io.pyra.scheduling.resource.ResourceAccess;
import io.pyra.scheduling.resource.SchedulingCentre;
import io.pyra.scheduling.resource.SchedulingCentres;
import io.pyra.scheduling.resource.SchedulingHours;
import io.pyra.scheduling.web.AvailabilityForms.ClosureForm;
import io.pyra.scheduling.web.AvailabilityForms.HoursForm;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A centre's scheduling page: the opening hours of its resources (several intervals a day) and its
 * closures and holidays, on its clock; changed with {@code resource.manage} reaching the centre.
 */
@Controller
@PreAuthorize("hasAuthority('resource.read')")
class CentreSchedulingWebController {

  private final SchedulingCentres centres;
  private final SchedulingHours hours;
  private final Closures closures;
  private final ResourceAccess access;
  private final Problems problems;

  CentreSchedulingWebController(
      SchedulingCentres centres,
      SchedulingHours hours,
      Closures closures,
      ResourceAccess access,
      Problems problems) {
    this.centres = centres;
    this.hours = hours;
    this.closures = closures;
    this.access = access;
    this.problems = problems;
  }

  @GetMapping("/resources/centres/{id}")
  String page(@PathVariable UUID id, Model model) {
    return page(centre(id), null, null, model);
  }

  @PostMapping("/resources/centres/{id}/hours")
  @PreAuthorize("hasAuthority('resource.manage')")
  String setHours(
      @PathVariable UUID id,
      @ModelAttribute("hoursForm") HoursForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    SchedulingCentre centre = centre(id);
    return reply(model, locale, redirect, response)
        .hoursSaved(
            () -> hours.setCentre(id, form.intervals()),
            "/resources/centres/" + id,
            () -> page(centre, form, null, model));
  }

  @PostMapping("/resources/centres/{id}/closures")
  @PreAuthorize("hasAuthority('resource.manage')")
  String close(
      @PathVariable UUID id,
      @ModelAttribute("closureForm") ClosureForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    SchedulingCentre centre = centre(id);
    ZoneId zone = centre.zone();
    return reply(model, locale, redirect, response)
        .closureAdded(
            binding,
            () ->
                closures.closeCentre(
                    id, form.getKind(), form.start(zone), form.end(zone), form.getReason()),
            "/resources/centres/" + id,
            () -> page(centre, null, form, model));
  }

  @PostMapping("/resources/centres/{id}/closures/{closureId}/delete")
  @PreAuthorize("hasAuthority('resource.manage')")
  String reopen(
      @PathVariable UUID id,
      @PathVariable UUID closureId,
      Locale locale,
      RedirectAttributes redirect) {
    centre(id);
    return reply(null, locale, redirect, null)
        .closureRemoved(() -> closures.remove(id, null, closureId), "/resources/centres/" + id);
  }

  private AvailabilityReply reply(
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    return new AvailabilityReply(problems, model, locale, redirect, response);
  }

  private String page(
      SchedulingCentre centre, HoursForm hoursForm, ClosureForm closureForm, Model model) {
    List<OpeningInterval> own = hours.ofCentre(centre.id());
    boolean mayChange = access.manages(centre.id());
    if (closureForm == null) {
      closureForm = new ClosureForm();
      closureForm.setKind(ClosureKind.HOLIDAY.name());
    }
    new AvailabilityModel(
            centre.zone(),
            !own.isEmpty(),
            own.isEmpty() ? SchedulingHours.defaultWeek() : own,
            closures.ofCentre(centre.id(), Instant.now()),
            List.of(ClosureKind.HOLIDAY, ClosureKind.CLOSURE),
            mayChange)
        .fill(model, hoursForm, closureForm);
    model.addAttribute("centre", centre);
    return "scheduling/centres/hours";
  }

  private SchedulingCentre centre(UUID id) {
    return centres.find(id).orElseThrow(() -> new RecordNotFoundException("org-unit", id));
  }
}
