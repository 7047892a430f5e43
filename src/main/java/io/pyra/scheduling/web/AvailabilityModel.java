package io.pyra.scheduling.web;

import io.pyra.scheduling.resource.Closure;
import io.pyra.scheduling.resource.ClosureKind;
import io.pyra.scheduling.resource.OpeningInterval;
import io.pyra.scheduling.web.AvailabilityForms.ClosureForm;
import io.pyra.scheduling.web.AvailabilityForms.HoursForm;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.ui.Model;

/**
 * The hours and closures part of a resource's and a centre's page: the week that counts (and
 * whether it is the owner's own), the closures ahead shown on the centre's clock, and the forms.
 */
record AvailabilityModel(
    ZoneId zone,
    boolean ownHours,
    List<OpeningInterval> week,
    List<Closure> closures,
    List<ClosureKind> kinds,
    boolean mayChange) {

  void fill(Model model, HoursForm hoursForm, ClosureForm closureForm) {
    model.addAttribute("availability", this);
    model.addAttribute(
        "hoursForm", hoursForm == null ? HoursForm.of(ownHours ? week : List.of()) : hoursForm);
    model.addAttribute("closureForm", closureForm == null ? new ClosureForm() : closureForm);
  }

  /** A closure's start or end on the centre's clock. */
  public ZonedDateTime local(java.time.Instant instant) {
    return instant.atZone(zone);
  }
}
