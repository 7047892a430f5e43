package io.pyra.scheduling.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.ResourceId;
import io.pyra.scheduling.resource.Availability;
import io.pyra.scheduling.resource.ClosureKind;
import io.pyra.scheduling.resource.Closures;
import io.pyra.scheduling.resource.OpeningInterval;
import io.pyra.scheduling.resource.ResourceDirectory;
import io.pyra.scheduling.resource.ResourceKind;
import io.pyra.scheduling.resource.ResourceRow;
import io.pyra.scheduling.resource.ResourceService;
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
 * A resource's page: what it is, an instructor's courses, the hours that count for it (its own can
 * be set), its closures and an instructor's leave (added and removed on the centre's clock). A
 * refusal shows the page again with the reasons (422) and changes nothing.
 */
@Controller
@PreAuthorize("hasAuthority('resource.read')")
class ResourceDetailWebController {

  private final ResourceService resources;
  private final ResourceDirectory directory;
  private final SchedulingHours hours;
  private final Closures closures;
  private final Availability availability;
  private final SchedulingCentres centres;
  private final Problems problems;

  ResourceDetailWebController(
      ResourceService resources,
      ResourceDirectory directory,
      SchedulingHours hours,
      Closures closures,
      Availability availability,
      SchedulingCentres centres,
      Problems problems) {
    this.resources = resources;
    this.directory = directory;
    this.hours = hours;
    this.closures = closures;
    this.availability = availability;
    this.centres = centres;
    this.problems = problems;
  }

  @GetMapping("/resources/{id}")
  String detail(@PathVariable UUID id, Model model) {
    return detail(row(id), null, null, model);
  }

  @PostMapping("/resources/{id}/hours")
  @PreAuthorize("hasAuthority('resource.manage')")
  String setHours(
      @PathVariable UUID id,
      @ModelAttribute("hoursForm") HoursForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    resources.writable(id);
    return reply(model, locale, redirect, response)
        .hoursSaved(
            () -> hours.setResource(id, form.intervals()),
            "/resources/" + id + "#hours",
            () -> detail(row(id), form, null, model));
  }

  @PostMapping("/resources/{id}/closures")
  @PreAuthorize("hasAuthority('resource.manage')")
  String close(
      @PathVariable UUID id,
      @ModelAttribute("closureForm") ClosureForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    ResourceRow row = row(id);
    resources.writable(id);
    ZoneId zone = centres.zoneOf(row.orgUnitId());
    return reply(model, locale, redirect, response)
        .closureAdded(
            binding,
            () ->
                closures.closeResource(
                    id, form.getKind(), form.start(zone), form.end(zone), form.getReason()),
            "/resources/" + id,
            () -> detail(row, null, form, model));
  }

  @PostMapping("/resources/{id}/closures/{closureId}/delete")
  @PreAuthorize("hasAuthority('resource.manage')")
  String reopen(
      @PathVariable UUID id,
      @PathVariable UUID closureId,
      Locale locale,
      RedirectAttributes redirect) {
    return reply(null, locale, redirect, null)
        .closureRemoved(() -> closures.remove(null, id, closureId), "/resources/" + id);
  }

  private AvailabilityReply reply(
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    return new AvailabilityReply(problems, model, locale, redirect, response);
  }

  private String detail(
      ResourceRow row, HoursForm hoursForm, ClosureForm closureForm, Model model) {
    List<OpeningInterval> own = hours.ofResource(row.id());
    boolean mayChange = resources.mayChange(row.id());
    new AvailabilityModel(
            centres.zoneOf(row.orgUnitId()),
            !own.isEmpty(),
            availability.week(new ResourceId(row.id()), row.orgUnitId()),
            closures.ofResource(row.id(), Instant.now()),
            row.kind() == ResourceKind.INSTRUCTOR
                ? List.of(ClosureKind.LEAVE, ClosureKind.CLOSURE)
                : List.of(ClosureKind.CLOSURE),
            mayChange)
        .fill(model, hoursForm, closureForm);
    model.addAttribute("resource", row);
    model.addAttribute("courses", directory.courses(row.id()));
    model.addAttribute("mayChange", mayChange);
    return "scheduling/resources/detail";
  }

  private ResourceRow row(UUID id) {
    return directory
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(ResourceService.RECORD_TYPE, id));
  }
}
