package io.pyra.identity.web;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.token.ApiToken;
import io.pyra.identity.token.ApiTokenService;
import io.pyra.identity.token.IssuedToken;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's personal API tokens: list, create, revoke. A new token's secret is shown on the answer
 * to the create request only (never stored, never in a redirect or the session).
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenWebController {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  private final CurrentUser currentUser;
  private final ApiTokenService tokens;
  private final FormErrors formErrors;
  private final Problems problems;
  private final ZoneId zone;

  ApiTokenWebController(
      CurrentUser currentUser,
      ApiTokenService tokens,
      FormErrors formErrors,
      Problems problems,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.currentUser = currentUser;
    this.tokens = tokens;
    this.formErrors = formErrors;
    this.problems = problems;
    this.zone = ZoneId.of(zone);
  }

  /** One token as the list shows it. */
  record Row(
      UUID id,
      String name,
      String prefix,
      String created,
      String expires,
      String lastUsed,
      String revoked,
      TokenStatus status) {}

  @GetMapping
  String list(Model model) {
    model.addAttribute("tokenForm", new TokenForm());
    return page(model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("tokenForm") TokenForm form,
      BindingResult result,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    if (result.hasErrors()) {
      return page(model);
    }
    Integer days = days(form.getLifetimeDays());
    if (days == null) {
      result.rejectValue(
          "lifetimeDays",
          "range",
          problems.messageOf(
              "token.lifetime.range", locale, ApiTokenService.MAX_LIFETIME.toDays()));
      return page(model);
    }
    IssuedToken issued;
    try {
      issued = tokens.issue(currentUser.requireId().value(), form.getName(), Duration.ofDays(days));
    } catch (BusinessRuleException e) {
      formErrors.bind(e, result, locale);
      return page(model);
    }
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("secret", issued.secret());
    model.addAttribute("token", row(issued.token(), Instant.now()));
    return "identity/account/token-created";
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    tokens.revoke(currentUser.requireId().value(), id);
    redirect.addFlashAttribute("success", problems.messageOf("account.tokens.revoked", locale));
    return "redirect:/account/tokens";
  }

  private String page(Model model) {
    Instant now = Instant.now();
    List<Row> rows =
        tokens.ofUser(currentUser.requireId().value()).stream().map(t -> row(t, now)).toList();
    model.addAttribute("tokens", rows);
    return "identity/account/tokens";
  }

  private Row row(ApiToken token, Instant now) {
    return new Row(
        token.id(),
        token.name(),
        token.prefix(),
        format(token.createdAt()),
        format(token.expiresAt()),
        format(token.lastUsedAt()),
        format(token.revokedAt()),
        TokenStatus.of(token, now));
  }

  private String format(Instant instant) {
    return instant == null ? null : WHEN.format(instant.atZone(zone));
  }

  private static Integer days(String value) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
