package io.pyra.platform.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose query or form parameters (names or values) hold a control character that
 * {@link ControlCharacters} refuses, with 400 naming each parameter and the rule {@code
 * control-character}, before any controller, search or sign-in sees them. JSON bodies are checked
 * as they are read ({@code JsonInputRules}). Of a file upload only the query is checked here: its
 * parts are the importer's to read and report.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestTextCheck extends OncePerRequestFilter {

  private final Problems problems;
  private final LocaleResolver locales;
  private final JsonMapper json;

  RequestTextCheck(Problems problems, LocaleResolver locales, JsonMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> refused = refusedParameters(request);
    if (refused.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    List<RuleViolation> violations = new ArrayList<>();
    for (String name : refused) {
      violations.add(
          new RuleViolation(name, "control-character", "validation.control-character", name));
    }
    ProblemDetail problem =
        problems.invalid(HttpStatus.BAD_REQUEST, violations, locales.resolveLocale(request));
    FilterProblems.write(response, problem, json);
  }

  private static List<String> refusedParameters(HttpServletRequest request) {
    List<String> refused = new ArrayList<>();
    String contentType = request.getContentType();
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      checkQuery(request.getQueryString(), refused);
      return refused;
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      boolean bad = ControlCharacters.refused(parameter.getKey());
      for (String value : parameter.getValue()) {
        bad |= ControlCharacters.refused(value);
      }
      if (bad) {
        refused.add(parameter.getKey());
      }
    }
    return refused;
  }

  private static void checkQuery(String query, List<String> refused) {
    if (query == null) {
      return;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (ControlCharacters.refused(name) || ControlCharacters.refused(value)) {
        refused.add(name);
      }
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
