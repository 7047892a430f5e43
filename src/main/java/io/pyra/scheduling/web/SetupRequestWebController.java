package io.pyra.scheduling.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.identity.IdentityApi;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.Slice;
import io.pyra.scheduling.setup.MachineState;
import io.pyra.scheduling.setup.SetupChecklist;
import io.pyra.scheduling.setup.SetupDirectory;
import io.pyra.scheduling.setup.SetupProfiles;
import io.pyra.scheduling.setup.SetupRequest;
import io.pyra.scheduling.setup.SetupRequestFilter;
import io.pyra.scheduling.setup.SetupRequests;
import io.pyra.scheduling.setup.SetupStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The technician's queue of set-up requests (due soonest first, with progress bars; htmx {@code
 * results}) and one request's checklist: each machine's row posts its state with htmx and gets the
 * checklist back with the new progress (or the refusal's messages); without htmx it returns to the
 * request's page. Taking a request or giving it to a technician of its centre.
 */
@Controller
@PreAuthorize("hasAuthority('setup.work')")
class SetupRequestWebController {

  private static final int PAGE_SIZE = 50;

  private final SetupDirectory directory;
  private final SetupRequests requests;
  private final SetupChecklist checklist;
  private final SetupProfiles profiles;
  private final IdentityApi identity;
  private final Problems problems;

  SetupRequestWebController(
      SetupDirectory directory,
      SetupRequests requests,
      SetupChecklist checklist,
      SetupProfiles profiles,
      IdentityApi identity,
      Problems problems) {
    this.directory = directory;
    this.requests = requests;
    this.checklist = checklist;
    this.profiles = profiles;
    this.identity = identity;
    this.problems = problems;
  }

  @GetMapping("/setup-requests")
  String queue(
      @RequestParam(defaultValue = "OPEN") String status,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    SetupStatus chosen = null;
    try {
      chosen = SetupRequestRestController.status(status);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", true);
    }
    Slice<SetupRequest> slice =
        directory.search(new SetupRequestFilter(null, null, null, chosen, null), cursor, PAGE_SIZE);
    model.addAttribute("requests", slice.items());
    model.addAttribute("status", chosen == null ? "" : chosen.name());
    model.addAttribute("statuses", SetupStatus.values());
    model.addAttribute(
        "nextUrl",
        slice.nextCursor() == null
            ? null
            : UriComponentsBuilder.fromPath("/setup-requests")
                .queryParam("status", chosen == null ? "" : chosen.name())
                .queryParam("cursor", slice.nextCursor())
                .encode()
                .build()
                .toUriString());
    model.addAttribute("firstUrl", cursor == null ? null : "/setup-requests");
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "scheduling/setup/queue :: results";
    }
    return "scheduling/setup/queue";
  }

  @GetMapping("/setup-requests/{id}")
  String detail(@PathVariable UUID id, Model model) {
    SetupRequest request = directory.get(id);
    model.addAttribute("profile", profiles.find(request.profileId()).orElse(null));
    model.addAttribute(
        "technicians",
        requests.technicians(request).stream()
            .map(t -> identity.user(t).orElse(null))
            .filter(java.util.Objects::nonNull)
            .toList());
    return checklist(request, model, List.of(), "scheduling/setup/request");
  }

  @PostMapping("/setup-requests/{id}/machines/{machineNo}")
  String mark(
      @PathVariable UUID id,
      @PathVariable int machineNo,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) Long version,
      HtmxRequest htmx,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return change(
        id,
        htmx,
        model,
        locale,
        redirect,
        () -> checklist.mark(id, machineNo, state, note, version == null ? -1 : version));
  }

  @PostMapping("/setup-requests/{id}/machines")
  String markRange(
      @PathVariable UUID id,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Long version,
      HtmxRequest htmx,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return change(
        id,
        htmx,
        model,
        locale,
        redirect,
        () -> checklist.markRange(id, from, to, state, null, version == null ? -1 : version));
  }

  @PostMapping("/setup-requests/{id}/assignment")
  String assign(
      @PathVariable UUID id,
      @RequestParam(required = false) UUID technicianId,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      SetupRequest request = requests.assign(id, technicianId, version == null ? -1 : version);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf("setup.request.assigned", locale, request.technicianName()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/setup-requests/" + id;
  }

  private String change(
      UUID id,
      HtmxRequest htmx,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      Supplier<SetupRequest> change) {
    List<String> errors = List.of();
    try {
      change.get();
    } catch (BusinessRuleException e) {
      errors = e.violations().stream().map(v -> problems.message(v, locale)).toList();
    } catch (StaleVersionException e) {
      errors = List.of(problems.messageOf("problem.stale.detail", locale));
    }
    if (htmx.isHtmxRequest()) {
      return checklist(directory.get(id), model, errors, "scheduling/setup/request :: checklist");
    }
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("error", String.join(" ", errors));
    }
    return "redirect:/setup-requests/" + id;
  }

  private String checklist(SetupRequest request, Model model, List<String> errors, String view) {
    model.addAttribute("setup", request);
    model.addAttribute("machines", directory.machines(request.id()));
    model.addAttribute(
        "states", List.of(MachineState.INSTALLED, MachineState.VERIFIED, MachineState.FAILED));
    model.addAttribute("checklistErrors", errors);
    return view;
  }
}
