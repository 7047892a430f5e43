package io.pyra.marketing.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.Visibility;
import io.pyra.marketing.appointment.AppointmentAccess;
import io.pyra.marketing.appointment.AppointmentDirectory;
import io.pyra.marketing.appointment.AppointmentFilter;
import io.pyra.marketing.appointment.AppointmentRow;
import io.pyra.marketing.appointment.AppointmentService;
import io.pyra.marketing.appointment.Centre;
import io.pyra.marketing.appointment.Centres;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front desk: today's expected visitors of a centre (on the centre's clock), each with who
 * booked it and who received it, and one click to record an arrival or a no-show (htmx answers the
 * row; a refusal shows its reason in the row and changes nothing).
 */
@Controller
@PreAuthorize("hasAuthority('appointment.receive')")
class FrontDeskWebController {

  private final AppointmentService service;
  private final AppointmentDirectory directory;
  private final Centres centres;
  private final CurrentUser currentUser;
  private final Problems problems;

  FrontDeskWebController(
      AppointmentService service,
      AppointmentDirectory directory,
      Centres centres,
      CurrentUser currentUser,
      Problems problems) {
    this.service = service;
    this.directory = directory;
    this.centres = centres;
    this.currentUser = currentUser;
    this.problems = problems;
  }

  @GetMapping("/front-desk")
  String today(@RequestParam(required = false) UUID centre, Model model) {
    List<Centre> mine = reachable();
    Centre chosen =
        mine.stream()
            .filter(c -> c.id().equals(centre))
            .findFirst()
            .or(() -> mine.stream().filter(this::isMine).findFirst())
            .or(() -> mine.stream().findFirst())
            .orElse(null);
    model.addAttribute("centres", mine);
    model.addAttribute("centre", chosen);
    model.addAttribute("now", Instant.now());
    if (chosen == null) {
      model.addAttribute("visitors", List.of());
      return "marketing/front-desk/view";
    }
    LocalDate today = LocalDate.now(chosen.zone());
    AppointmentFilter filter =
        new AppointmentFilter(
            chosen.id(),
            null,
            today.atStartOfDay(chosen.zone()).toInstant(),
            today.plusDays(1).atStartOfDay(chosen.zone()).toInstant(),
            null,
            null);
    model.addAttribute("today", today);
    model.addAttribute("zone", chosen.zone());
    model.addAttribute(
        "visitors", directory.search(filter, null, AppointmentDirectory.MAX_LIMIT).items());
    return "marketing/front-desk/view";
  }

  @PostMapping("/front-desk/{id}/arrival")
  String arrival(
      @PathVariable UUID id,
      HtmxRequest htmx,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    return row(id, htmx, () -> service.arrive(id, null), locale, model, response);
  }

  @PostMapping("/front-desk/{id}/no-show")
  String noShow(
      @PathVariable UUID id,
      HtmxRequest htmx,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    return row(id, htmx, () -> service.noShow(id, null), locale, model, response);
  }

  private String row(
      UUID id,
      HtmxRequest htmx,
      Runnable move,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    try {
      move.run();
    } catch (BusinessRuleException e) {
      response.setStatus(200);
      model.addAttribute(
          "rowError",
          String.join(" ", e.violations().stream().map(v -> problems.message(v, locale)).toList()));
    }
    AppointmentRow row =
        directory
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(AppointmentService.RECORD_TYPE, id));
    if (!htmx.isHtmxRequest()) {
      return "redirect:/front-desk?centre=" + row.centreId();
    }
    model.addAttribute("v", row);
    model.addAttribute("zone", row.centreZone());
    model.addAttribute("now", Instant.now());
    return "marketing/front-desk/row :: row";
  }

  /** The centres the user's appointment.receive reaches (their own first when it is one). */
  private List<Centre> reachable() {
    Visibility receive = currentUser.visibility(AppointmentAccess.RECEIVE);
    return centres.all(c -> receive.allows(null, new OrgUnitId(c.id()), c.path()) || isMine(c));
  }

  private boolean isMine(Centre centre) {
    return currentUser.orgUnitId().map(u -> u.value().equals(centre.id())).orElse(false);
  }
}
