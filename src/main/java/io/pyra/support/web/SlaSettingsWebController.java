package io.pyra.support.web;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.error.Problems;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.support.policy.SlaSettings;
import io.pyra.support.policy.SlaSettingsService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SLA settings form (warning share, escalation, breach team): {@code support.configure}. */
@Controller
@RequestMapping(SlaPolicyWebController.PATH + "/settings")
@PreAuthorize("hasAuthority('support.configure')")
class SlaSettingsWebController {

  private final SlaSettingsService settings;
  private final IdentityApi identity;
  private final TermPages pages;
  private final Problems problems;

  SlaSettingsWebController(
      SlaSettingsService settings, IdentityApi identity, TermPages pages, Problems problems) {
    this.settings = settings;
    this.identity = identity;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  String form(Model model) {
    SlaSettings current = settings.get();
    SlaSettingsForm form = new SlaSettingsForm();
    form.setWarningPercent(String.valueOf(current.warningPercent()));
    form.setEscalateOnBreach(current.escalateOnBreach());
    form.setSecondEscalationAfter(SlaPolicyForm.hours(current.secondEscalationAfter()));
    form.setBreachTeam(settings.breachTeam().map(OrgUnitSummary::code).orElse(null));
    form.setVersion(current.version());
    return edit(form, model);
  }

  @PostMapping
  String save(
      @Valid @ModelAttribute("settingsForm") SlaSettingsForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    response.setStatus(422);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          settings.update(form.command());
          response.setStatus(HttpServletResponse.SC_FOUND);
          redirect.addFlashAttribute("success", problems.messageOf("sla.settings.saved", locale));
          return "redirect:" + SlaPolicyWebController.PATH;
        },
        () -> edit(form, model));
  }

  private String edit(SlaSettingsForm form, Model model) {
    model.addAttribute("settingsForm", form);
    model.addAttribute(
        "teamOptions",
        identity.orgUnits().stream()
            .map(u -> List.of(u.code(), u.name() + " (" + u.code() + ")"))
            .toList());
    return "support/policy/settings";
  }
}
