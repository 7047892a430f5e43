package io.pyra.identity.web;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.web.FormErrors;
import io.pyra.platform.web.LocaleConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, password, language and how reminders reach them. */
@Controller
@RequestMapping("/account")
class AccountWebController {

  private final CurrentUser currentUser;
  private final UserService users;
  private final OrgUnitService orgUnits;
  private final RoleService roles;
  private final FormErrors formErrors;
  private final Problems problems;

  AccountWebController(
      CurrentUser currentUser,
      UserService users,
      OrgUnitService orgUnits,
      RoleService roles,
      FormErrors formErrors,
      Problems problems) {
    this.currentUser = currentUser;
    this.users = users;
    this.orgUnits = orgUnits;
    this.roles = roles;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  /** What the account page shows about the user. */
  record Profile(UserAccount user, String orgUnitName, List<String> roleNames) {}

  @GetMapping
  String account(Model model) {
    model.addAttribute("passwordForm", new PasswordForm());
    return page(model);
  }

  @PostMapping("/password")
  String changePassword(
      @Valid @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult result,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return page(model);
    }
    if (!Objects.equals(form.getNewPassword(), form.getRepeatPassword())) {
      result.rejectValue(
          "repeatPassword",
          "matches",
          problems.messageOf("account.password.repeat-mismatch", locale));
      return page(model);
    }
    try {
      users.changeOwnPassword(
          currentUser.requireId().value(),
          form.getCurrentPassword(),
          form.getNewPassword(),
          form.isKeepPersonalTokens());
    } catch (BusinessRuleException e) {
      formErrors.bind(e, result, locale);
      return page(model);
    }
    redirect.addFlashAttribute("success", problems.messageOf("account.password.changed", locale));
    return "redirect:/account";
  }

  /** Whether task reminders also come by email; they always appear in the notification list. */
  @PostMapping("/reminders")
  String chooseReminders(
      @RequestParam(defaultValue = "false") boolean emailReminders,
      Locale locale,
      RedirectAttributes redirect) {
    users.chooseEmailReminders(currentUser.requireId().value(), emailReminders);
    redirect.addFlashAttribute(
        "success",
        problems.messageOf(
            emailReminders ? "account.reminders.on" : "account.reminders.off", locale));
    return "redirect:/account";
  }

  /**
   * Switches the language: kept as the user's preference (applied at each sign-in) and set for this
   * session at once; then back to the page the switch was made on.
   */
  @PostMapping("/locale")
  String switchLocale(
      @RequestParam(defaultValue = "") String locale,
      @RequestHeader(value = "Referer", required = false) String referer,
      HttpServletRequest request) {
    String tag =
        UserService.LOCALES.stream()
            .filter(l -> l.equalsIgnoreCase(locale.strip()))
            .findFirst()
            .orElse(null);
    if (tag != null) {
      if (!tag.equals(users.get(currentUser.requireId().value()).locale())) {
        users.preferLocale(currentUser.requireId().value(), tag);
      }
      request
          .getSession()
          .setAttribute(
              SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, LocaleConfig.forTag(tag));
    }
    return "redirect:" + SameSiteReferer.path(referer, request);
  }

  private String page(Model model) {
    UserAccount user = users.get(currentUser.requireId().value());
    Set<java.util.UUID> roleIds = user.roleIds();
    List<String> roleNames =
        roles.list().stream().filter(r -> roleIds.contains(r.id())).map(Role::name).toList();
    model.addAttribute(
        "profile", new Profile(user, orgUnits.get(user.orgUnitId()).name(), roleNames));
    model.addAttribute("locales", List.of("en", "zh-CN"));
    return "identity/account/view";
  }
}
