package io.pyra.identity.security;

import io.pyra.platform.error.Problems;
import io.pyra.platform.web.FilterProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as problem details, in the caller's language: always for the API, for pages where the
 * client asks for JSON.
 */
@Component
class ProblemResponses {

  private final Problems problems;
  private final LocaleResolver locales;
  private final JsonMapper json;

  ProblemResponses(Problems problems, LocaleResolver locales, JsonMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "forbidden");
  }

  /**
   * 403 on the pages' chain (most often a form posted without its CSRF token): a problem for a
   * client that asks for JSON, the error page for a browser.
   */
  AccessDeniedHandler forbiddenOnPages() {
    AccessDeniedHandler page = new AccessDeniedHandlerImpl();
    return (request, response, e) -> {
      if (acceptsJson(request)) {
        write(
            request,
            response,
            HttpStatus.FORBIDDEN,
            e instanceof CsrfException ? "csrf" : "forbidden");
      } else {
        page.handle(request, response, e);
      }
    };
  }

  private static boolean acceptsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return false;
    }
    try {
      List<MediaType> types = MediaType.parseMediaTypes(accept);
      boolean json =
          types.stream()
              .anyMatch(
                  t ->
                      !t.isWildcardType()
                          && (MediaType.APPLICATION_JSON.isCompatibleWith(t)
                              || MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(t)));
      boolean html =
          types.stream()
              .anyMatch(t -> !t.isWildcardType() && MediaType.TEXT_HTML.isCompatibleWith(t));
      return json && !html;
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type)
      throws IOException {
    ProblemDetail problem =
        problems.of(status, type, "problem." + type + ".detail", locales.resolveLocale(request));
    problem.setInstance(java.net.URI.create(request.getRequestURI()));
    FilterProblems.write(response, problem, json);
  }
}
