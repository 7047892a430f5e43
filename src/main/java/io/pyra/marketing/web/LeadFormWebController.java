package io.pyra.marketing.web;

import io.pyra.marketing.form.LeadFormInput;
import io.pyra.marketing.form.WebForms;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.web.LocaleConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A campaign's public lead form, for the company's web site: {@code /forms/leads/{campaignCode}}
 * shows it (in English or Chinese: {@code ?language=zh-CN}, else the browser's language), a post
 * leaves a lead and shows thanks. No sign-in, no session; throttled per client address.
 */
@Controller
class LeadFormWebController {

  private static final String PAGE = "marketing/forms/lead-form";

  private final WebForms forms;
  private final MessageSource messages;

  LeadFormWebController(WebForms forms, MessageSource messages) {
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping("/forms/leads/{campaignCode}")
  String form(
      @PathVariable String campaignCode,
      @RequestParam(required = false) String language,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Locale locale = use(request, language);
    Optional<WebForms.Form> form = forms.open(campaignCode);
    if (form.isEmpty()) {
      return closed(response, model, locale);
    }
    LeadFormInput input = new LeadFormInput();
    input.setLanguage(tag(locale));
    return show(model, form.get(), input, Map.of());
  }

  @PostMapping(
      path = "/forms/leads/{campaignCode}",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
  String submit(
      @PathVariable String campaignCode,
      @ModelAttribute("input") LeadFormInput input,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Locale locale = use(request, input.getLanguage());
    input.setLanguage(tag(locale));
    Optional<WebForms.Result> result = forms.submit(campaignCode, input, request);
    if (result.isEmpty()) {
      return closed(response, model, locale);
    }
    return switch (result.get()) {
      case WebForms.Received received -> {
        // 303: the browser asks for the thanks page with a GET, and a reload sends nothing twice
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        yield "redirect:/forms/leads/" + campaignCode + "/thanks?language=" + tag(locale);
      }
      case WebForms.Throttled throttled -> {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        model.addAttribute("minutes", Math.max(1, (throttled.retryAfterSeconds() + 59) / 60));
        model.addAttribute("language", tag(locale));
        yield "marketing/forms/lead-form-throttled";
      }
      case WebForms.Refused refused -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        yield show(model, refused.form(), input, errors(refused.violations(), locale));
      }
    };
  }

  @GetMapping("/forms/leads/{campaignCode}/thanks")
  String thanks(
      @PathVariable String campaignCode,
      @RequestParam(required = false) String language,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Locale locale = use(request, language);
    Optional<WebForms.Form> form = forms.form(campaignCode);
    if (form.isEmpty()) {
      return closed(response, model, locale);
    }
    model.addAttribute("form", form.get());
    model.addAttribute("language", tag(locale));
    return "marketing/forms/lead-form-thanks";
  }

  private String show(
      Model model, WebForms.Form form, LeadFormInput input, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("input", input);
    model.addAttribute("errors", errors);
    model.addAttribute("language", input.getLanguage());
    return PAGE;
  }

  private String closed(HttpServletResponse response, Model model, Locale locale) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("language", tag(locale));
    return "marketing/forms/lead-form-closed";
  }

  /** The first message for each field, in the visitor's language, in the order of the rules. */
  private Map<String, String> errors(List<RuleViolation> violations, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (RuleViolation violation : violations) {
      errors.putIfAbsent(
          violation.field(), messages.getMessage(violation.messageKey(), violation.args(), locale));
    }
    return errors;
  }

  /**
   * Renders this request in {@code language} when given, else in the browser's: for this request
   * only, so a visitor's choice never opens a session.
   */
  private static Locale use(HttpServletRequest request, String language) {
    Locale locale =
        language == null || language.isBlank()
            ? RequestContextUtils.getLocale(request)
            : LocaleConfig.forTag(language);
    locale = LocaleConfig.forTag(locale.toLanguageTag());
    request.setAttribute(LocaleConfig.REQUEST_LOCALE, locale);
    return locale;
  }

  private static String tag(Locale locale) {
    return Locale.SIMPLIFIED_CHINESE.equals(locale) ? "zh-CN" : "en";
  }
}
