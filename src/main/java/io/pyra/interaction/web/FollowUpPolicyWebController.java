package io.pyra.interaction.web;

import io.pyra.interaction.policy.FollowUpPolicyService;
import io.pyra.interaction.policy.PolicyView;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The administrator sets, per role, how many return visits to one customer are allowed in a period.
 */
@Controller
@RequestMapping("/admin/follow-up-policies")
@PreAuthorize("hasAuthority('interaction.configure')")
class FollowUpPolicyWebController {

  private final FollowUpPolicyService policies;
  private final FormErrors formErrors;
  private final Problems problems;

  FollowUpPolicyWebController(
      FollowUpPolicyService policies, FormErrors formErrors, Problems problems) {
    this.policies = policies;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("policies", policies.list());
    return "interaction/policies/list";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    return edit(new FollowUpPolicyForm(), null, model);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("policyForm") FollowUpPolicyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        PolicyView saved = policies.create(form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("interaction.policy.saved", locale, saved.role().name()));
        return "redirect:/admin/follow-up-policies";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      }
    }
    return edit(form, null, model);
  }

  @GetMapping("/{role}/edit")
  String editForm(@PathVariable String role, Model model) {
    PolicyView policy = policies.get(role);
    return edit(FollowUpPolicyForm.of(policy), policy, model);
  }

  @PostMapping("/{role}/edit")
  String update(
      @PathVariable String role,
      @Valid @ModelAttribute("policyForm") FollowUpPolicyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    PolicyView policy = policies.get(role);
    if (!result.hasErrors()) {
      try {
        policies.update(role, form.command());
        redirect.addFlashAttribute(
            "success",
            problems.messageOf("interaction.policy.saved", locale, policy.role().name()));
        return "redirect:/admin/follow-up-policies";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(result, locale);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
      }
    }
    return edit(form, policy, model);
  }

  @PostMapping("/{role}/delete")
  String delete(
      @PathVariable String role,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    PolicyView policy = policies.get(role);
    try {
      policies.delete(role, version);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf("interaction.policy.deleted", locale, policy.role().name()));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/admin/follow-up-policies";
  }

  private String edit(FollowUpPolicyForm form, PolicyView policy, Model model) {
    model.addAttribute("policyForm", form);
    model.addAttribute("policy", policy);
    Set<String> taken =
        policies.list().stream().map(p -> p.role().code()).collect(Collectors.toSet());
    model.addAttribute(
        "roleOptions",
        policies.roles().stream()
            .filter(r -> !taken.contains(r.code()))
            .map(r -> List.of(r.code(), r.name()))
            .toList());
    return "interaction/policies/edit";
  }
}
