package io.pyra.interaction.web;

import io.pyra.interaction.value.FollowUpRule;
import io.pyra.interaction.value.FollowUpRules;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * The follow-up rules page: every rule for whoever may see customer value ({@code value.read});
 * set, change and remove for whoever holds {@code value.configure}.
 */
@Controller
@RequestMapping("/follow-up-rules")
@PreAuthorize("hasAuthority('value.configure')")
class FollowUpRuleWebController {

  private static final String LIST = "redirect:/follow-up-rules";
  private static final int UNPROCESSABLE = 422;

  private final FollowUpRules rules;
  private final FormErrors formErrors;
  private final Problems problems;
  private final MessageSource messages;

  FollowUpRuleWebController(
      FollowUpRules rules, FormErrors formErrors, Problems problems, MessageSource messages) {
    this.rules = rules;
    this.formErrors = formErrors;
    this.problems = problems;
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('value.read')")
  String list(Model model) {
    model.addAttribute("rules", rules.list());
    return "interaction/follow-up-rules/list";
  }

  @GetMapping("/new")
  String createForm(Model model, Locale locale) {
    return edit(new FollowUpRuleForm(), null, model, locale);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("ruleForm") FollowUpRuleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!result.hasErrors()) {
      try {
        FollowUpRule saved = rules.create(form.command());
        redirect.addFlashAttribute(
            "success",
            problems.messageOf("interaction.followUpRule.saved", locale, target(saved, locale)));
        return LIST;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      }
    }
    response.setStatus(UNPROCESSABLE);
    return edit(form, null, model, locale);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    FollowUpRule rule = rules.get(id);
    return edit(FollowUpRuleForm.of(rule), rule, model, locale);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("ruleForm") FollowUpRuleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    FollowUpRule rule = rules.get(id);
    int status = UNPROCESSABLE;
    if (!result.hasErrors()) {
      try {
        FollowUpRule saved = rules.update(id, form.command());
        redirect.addFlashAttribute(
            "success",
            problems.messageOf("interaction.followUpRule.saved", locale, target(saved, locale)));
        return LIST;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(result, locale);
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    response.setStatus(status);
    return edit(form, rule, model, locale);
  }

  @PostMapping("/{id}/delete")
  String delete(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    FollowUpRule rule = rules.get(id);
    try {
      rules.delete(id, version);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf("interaction.followUpRule.deleted", locale, target(rule, locale)));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return LIST;
  }

  private String edit(FollowUpRuleForm form, FollowUpRule rule, Model model, Locale locale) {
    model.addAttribute("ruleForm", form);
    model.addAttribute("rule", rule);
    model.addAttribute("ruleTarget", rule == null ? null : target(rule, locale));
    model.addAttribute(
        "tierOptions",
        FollowUpRules.TIERS.stream()
            .map(t -> List.of(t, messages.getMessage("followUpRule.tier." + t, null, locale)))
            .toList());
    model.addAttribute(
        "gradeOptions",
        FollowUpRules.GRADES.stream()
            .map(
                g ->
                    List.of(g, messages.getMessage("followUpRule.grade", new Object[] {g}, locale)))
            .toList());
    return "interaction/follow-up-rules/edit";
  }

  /** "Top tier", "Grade A" in the reader's language. */
  private String target(FollowUpRule rule, Locale locale) {
    return rule.tier() != null
        ? messages.getMessage("followUpRule.tierName." + rule.tier(), null, locale)
        : messages.getMessage("followUpRule.grade", new Object[] {rule.grade()}, locale);
  }
}
