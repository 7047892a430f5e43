package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import io.pyra.scheduling.setup.SetupProfile;
import io.pyra.scheduling.setup.SetupProfiles;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The configuration profile pages: the list (those out of use too), the form (new and edit, with
 * the version: a stale save is a 409 with the conflict message), taking one out of use and back.
 */
@Controller
@PreAuthorize("hasAuthority('setup.work')")
class SetupProfileWebController {

  private final SetupProfiles profiles;
  private final FormErrors formErrors;
  private final Problems problems;

  SetupProfileWebController(SetupProfiles profiles, FormErrors formErrors, Problems problems) {
    this.profiles = profiles;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/setup-profiles")
  String list(Model model) {
    model.addAttribute("profiles", profiles.list(true));
    return "scheduling/setup/profiles";
  }

  @GetMapping("/setup-profiles/new")
  String createForm(Model model) {
    return edit(null, new SetupProfileForm(), model);
  }

  @PostMapping("/setup-profiles")
  String create(
      @ModelAttribute("profileForm") SetupProfileForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      SetupProfile profile = profiles.create(form.command());
      redirect.addFlashAttribute(
          "success", problems.messageOf("setup.profile.created", locale, profile.code()));
      return "redirect:/setup-profiles";
    } catch (BusinessRuleException e) {
      formErrors.bind(e, binding, locale);
    }
    response.setStatus(422);
    return edit(null, form, model);
  }

  @GetMapping("/setup-profiles/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    SetupProfile profile = profiles.get(id);
    return edit(profile, SetupProfileForm.of(profile), model);
  }

  @PostMapping("/setup-profiles/{id}")
  String update(
      @PathVariable UUID id,
      @ModelAttribute("profileForm") SetupProfileForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    SetupProfile current = profiles.get(id);
    int status = 422;
    try {
      long version = form.getVersion() == null ? -1 : form.getVersion();
      SetupProfile profile = profiles.update(id, version, form.command());
      redirect.addFlashAttribute(
          "success", problems.messageOf("setup.profile.saved", locale, profile.code()));
      return "redirect:/setup-profiles";
    } catch (BusinessRuleException e) {
      formErrors.bind(e, binding, locale);
    } catch (StaleVersionException e) {
      formErrors.stale(binding, locale);
      status = HttpServletResponse.SC_CONFLICT;
    }
    response.setStatus(status);
    form.setCode(current.code());
    return edit(current, form, model);
  }

  @PostMapping("/setup-profiles/{id}/deactivation")
  String deactivate(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    return activate(id, version, false, locale, redirect);
  }

  @PostMapping("/setup-profiles/{id}/activation")
  String reactivate(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    return activate(id, version, true, locale, redirect);
  }

  private String activate(
      UUID id, Long version, boolean active, Locale locale, RedirectAttributes redirect) {
    try {
      SetupProfile profile = profiles.activate(id, version == null ? -1 : version, active);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf(
              active ? "setup.profile.activated" : "setup.profile.deactivated",
              locale,
              profile.code()));
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/setup-profiles";
  }

  private static String edit(SetupProfile profile, SetupProfileForm form, Model model) {
    model.addAttribute("profileForm", form);
    model.addAttribute("profile", profile);
    return "scheduling/setup/profile-edit";
  }
}
