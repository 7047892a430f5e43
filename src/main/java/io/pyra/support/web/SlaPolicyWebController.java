package io.pyra.support.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.support.policy.SlaPolicies;
import io.pyra.support.policy.SlaPolicy;
import io.pyra.support.policy.SlaSettingsService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The SLA policies page: the grade × severity grid of targets per service category, in words, for
 * whoever reads cases or configures support; adding, changing and removing policies with {@code
 * support.configure}. The settings (warning, escalation) have their own form.
 */
@Controller
@RequestMapping(SlaPolicyWebController.PATH)
@PreAuthorize("hasAuthority('support.configure')")
class SlaPolicyWebController {

  static final String PATH = "/sla-policies";
  private static final String LIST = "redirect:" + PATH;
  private static final int UNPROCESSABLE = 422;

  private final SlaPolicies policies;
  private final SlaSettingsService settings;
  private final SlaPolicyNames names;
  private final TermPages pages;
  private final Problems problems;
  private final MessageSource messages;

  SlaPolicyWebController(
      SlaPolicies policies,
      SlaSettingsService settings,
      SlaPolicyNames names,
      TermPages pages,
      Problems problems,
      MessageSource messages) {
    this.policies = policies;
    this.settings = settings;
    this.names = names;
    this.pages = pages;
    this.problems = problems;
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize("hasAnyAuthority('case.read', 'support.configure')")
  String list(Model model, Locale locale) {
    model.addAttribute(
        "grid",
        SlaPolicyGrid.of(
            policies.list(), policies.serviceCategories(), names.category(null, locale), locale));
    model.addAttribute("settings", settings.get());
    model.addAttribute("breachTeam", settings.breachTeam().orElse(null));
    return "support/policy/list";
  }

  @GetMapping("/new")
  String createForm(
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String serviceCategory,
      Model model,
      Locale locale) {
    SlaPolicyForm form = new SlaPolicyForm();
    form.setGrade(grade);
    form.setSeverity(severity);
    form.setServiceCategory(serviceCategory);
    return edit(form, null, model, locale);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("policyForm") SlaPolicyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    response.setStatus(UNPROCESSABLE);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          SlaPolicy saved = policies.create(form.command());
          response.setStatus(HttpServletResponse.SC_FOUND);
          return saved(saved, locale, redirect);
        },
        () -> edit(form, null, model, locale));
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    SlaPolicy policy = policies.get(id);
    return edit(SlaPolicyForm.of(policy), policy, model, locale);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("policyForm") SlaPolicyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    SlaPolicy policy = policies.get(id);
    response.setStatus(UNPROCESSABLE);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          SlaPolicy saved = policies.update(id, form.command());
          response.setStatus(HttpServletResponse.SC_FOUND);
          return saved(saved, locale, redirect);
        },
        () -> edit(form, policy, model, locale));
  }

  @PostMapping("/{id}/delete")
  String delete(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    SlaPolicy policy = policies.get(id);
    try {
      policies.delete(id, version);
      redirect.addFlashAttribute(
          "success", problems.messageOf("sla.policy.deleted", locale, name(policy, locale)));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    } catch (io.pyra.platform.error.BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
    }
    return LIST;
  }

  private String saved(SlaPolicy saved, Locale locale, RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "success", problems.messageOf("sla.policy.saved", locale, name(saved, locale)));
    return LIST;
  }

  private String edit(SlaPolicyForm form, SlaPolicy policy, Model model, Locale locale) {
    model.addAttribute("policyForm", form);
    model.addAttribute("policy", policy);
    model.addAttribute("policyName", policy == null ? null : name(policy, locale));
    model.addAttribute(
        "gradeOptions",
        SlaPolicies.GRADES.stream()
            .map(g -> List.of(g, messages.getMessage("sla.grade", new Object[] {g}, locale)))
            .toList());
    model.addAttribute(
        "severityOptions",
        SlaPolicies.SEVERITIES.stream()
            .map(s -> List.of(s, messages.getMessage("sla.severity." + s, null, locale)))
            .toList());
    List<List<String>> categories = new ArrayList<>();
    categories.add(List.of("", names.category(null, locale)));
    policies.serviceCategories().stream()
        .filter(c -> c.active() || c.code().equals(form.getServiceCategory()))
        .forEach(c -> categories.add(List.of(c.code(), c.name().in(locale))));
    model.addAttribute("categoryOptions", categories);
    return "support/policy/edit";
  }

  private String name(SlaPolicy policy, Locale locale) {
    return names.name(policy.grade(), policy.severity(), policy.serviceCategory(), locale);
  }
}
