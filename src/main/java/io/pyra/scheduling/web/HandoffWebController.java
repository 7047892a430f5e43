package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import io.pyra.scheduling.handoff.HandoffRun;
import io.pyra.scheduling.handoff.HandoffRuns;
import io.pyra.scheduling.handoff.HandoffTarget;
import io.pyra.scheduling.handoff.HandoffTargets;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hand-off page ({@code /scheduling/handoff}): the targets with the form to add or change one
 * (carrying the version; a stale save is a 409) and the latest runs; a target's page with its runs
 * and "Run now". A refused form comes back with the reasons (422), nothing saved.
 */
@Controller
@RequestMapping("/scheduling/handoff")
@PreAuthorize("hasAuthority('handoff.manage')")
class HandoffWebController {

  private static final String PAGE = "scheduling/handoff/list";

  private final HandoffTargets targets;
  private final HandoffRuns runs;
  private final FormErrors formErrors;
  private final Problems problems;

  HandoffWebController(
      HandoffTargets targets, HandoffRuns runs, FormErrors formErrors, Problems problems) {
    this.targets = targets;
    this.runs = runs;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping
  String page(@RequestParam(required = false) UUID edit, Model model) {
    HandoffTarget editing = edit == null ? null : targets.get(edit);
    return page(editing, editing == null ? new HandoffForm() : HandoffForm.of(editing), model);
  }

  @PostMapping
  String create(
      @ModelAttribute("handoffForm") HandoffForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!binding.hasErrors()) {
      try {
        HandoffTarget made = targets.create(form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("schedulinghandoff.saved", locale, made.name()));
        return "redirect:/scheduling/handoff";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return page(null, form, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable UUID id,
      @ModelAttribute("handoffForm") HandoffForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    HandoffTarget current = targets.get(id);
    int status = 422;
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        HandoffTarget saved = targets.update(id, version, form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("schedulinghandoff.saved", locale, saved.name()));
        return "redirect:/scheduling/handoff";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException e) {
        formErrors.stale(binding, locale);
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    response.setStatus(status);
    return page(current, form, model);
  }

  @PostMapping("/{id}/run")
  String run(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    HandoffRun run;
    try {
      run = runs.runNow(id);
    } catch (BusinessRuleException underWay) {
      redirect.addFlashAttribute(
          "error", problems.messageOf(underWay.violations().getFirst().messageKey(), locale));
      return "redirect:/scheduling/handoff/" + id;
    }
    String key = "schedulinghandoff.ran." + run.status();
    redirect.addFlashAttribute(
        "FAILED".equals(run.status()) ? "error" : "success",
        problems.messageOf(
            key, locale, run.newCount() + run.changedCount() + run.cancelledCount(), run.reason()));
    return "redirect:/scheduling/handoff/" + id;
  }

  @PostMapping("/{id}/delete")
  String delete(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    HandoffTarget target = targets.get(id);
    try {
      targets.delete(id, version == null ? -1 : version);
      redirect.addFlashAttribute(
          "success", problems.messageOf("schedulinghandoff.deleted", locale, target.name()));
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/scheduling/handoff";
  }

  @GetMapping("/{id}")
  String target(@PathVariable UUID id, Model model) {
    model.addAttribute("target", targets.get(id));
    model.addAttribute("runs", runs.history(id));
    return "scheduling/handoff/detail";
  }

  private String page(HandoffTarget editing, HandoffForm form, Model model) {
    model.addAttribute("handoffForm", form);
    model.addAttribute("editing", editing);
    model.addAttribute("targets", targets.list());
    model.addAttribute("centres", targets.centres());
    model.addAttribute("company", targets.company());
    model.addAttribute("runs", runs.latest());
    return PAGE;
  }
}
