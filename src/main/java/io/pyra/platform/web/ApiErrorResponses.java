package io.pyra.platform.web;

import io.pyra.platform.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every error of the API in the one error model, whoever raises it. Failures that no
 * {@code @ExceptionHandler} sees (no such address or method, an unsupported media type, a refusal
 * by a filter) end in {@code sendError}, which would render Spring Boot's error JSON or an HTML
 * page; under {@code /api/} it writes an RFC 9457 problem instead. An exception that escapes
 * everything is logged and answered as a 500 problem rather than with a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorResponses extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorResponses.class);

  private final Problems problems;
  private final LocaleResolver locales;
  private final JsonMapper json;

  ApiErrorResponses(Problems problems, LocaleResolver locales, JsonMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, new Wrapper(request, response));
    } catch (ServletException | IOException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
      response.reset();
      write(request, response, HttpStatus.INTERNAL_SERVER_ERROR.value());
    }
  }

  private void write(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    HttpStatus known = HttpStatus.resolve(status);
    String type = typeOf(status);
    ProblemDetail problem =
        type == null || known == null
            ? problems.of(
                known == null ? HttpStatus.BAD_REQUEST : known,
                "http-error",
                "problem.http-error.detail",
                locale,
                String.valueOf(status))
            : problems.of(known, type, "problem." + type + ".detail", locale);
    problem.setStatus(status);
    FilterProblems.write(response, problem, json);
  }

  private static String typeOf(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "no-resource";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 415 -> "unsupported-media-type";
      default -> status >= 500 ? "server-error" : null;
    };
  }

  /** Turns {@code sendError} into a problem written at once, so no error page is dispatched. */
  private final class Wrapper extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    Wrapper(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      sendError(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      if (isCommitted()) {
        super.sendError(status);
        return;
      }
      resetBuffer();
      write(request, (HttpServletResponse) getResponse(), status);
      flushBuffer();
    }
  }
}
