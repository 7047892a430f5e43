package io.pyra.marketing.web;

import io.pyra.marketing.mailing.Unsubscribes;
import io.pyra.platform.web.LocaleConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public end of a mailing's unsubscribe link (no sign-in): {@code GET} asks to confirm, in the
 * recipient's language; {@code POST} (the confirmation, or a mail client's one-click request of RFC
 * 8058 with {@code List-Unsubscribe=One-Click}) records the opt-out at once. The signed token is
 * the only proof (a mail client cannot send a CSRF token); a tampered one gets a 400 page and
 * changes nothing.
 */
@Controller
class UnsubscribeWebController {

  private final Unsubscribes unsubscribes;
  private final LocaleResolver locales;

  UnsubscribeWebController(Unsubscribes unsubscribes, LocaleResolver locales) {
    this.unsubscribes = unsubscribes;
    this.locales = locales;
  }

  @GetMapping("/unsubscribe/{token}")
  String confirm(
      @PathVariable String token,
      @RequestParam(required = false) String lang,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<Unsubscribes.Link> link = unsubscribes.check(token);
    return page(token, link, false, lang, model, request, response);
  }

  @PostMapping("/unsubscribe/{token}")
  String unsubscribe(
      @PathVariable String token,
      @RequestParam(required = false) String lang,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<Unsubscribes.Link> link = unsubscribes.unsubscribe(token);
    return page(token, link, true, lang, model, request, response);
  }

  private String page(
      String token,
      Optional<Unsubscribes.Link> link,
      boolean done,
      String lang,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Locale locale =
        Locale.forLanguageTag(
            lang != null && lang.equals("zh-CN")
                ? "zh-CN"
                : link.map(Unsubscribes.Link::language).orElse("en"));
    locales.setLocale(request, response, LocaleConfig.forTag(locale.toLanguageTag()));
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("lang", locale.toLanguageTag());
    if (link.isEmpty()) {
      response.setStatus(400);
      model.addAttribute("state", "invalid");
      return "marketing/unsubscribe";
    }
    model.addAttribute("state", done ? "done" : "confirm");
    model.addAttribute("channel", link.get().channel().name());
    model.addAttribute("token", token);
    return "marketing/unsubscribe";
  }
}
