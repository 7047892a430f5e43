package io.pyra.integration.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.web.FilterProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses uploads over the multipart limit early, naming the limit: a declared length over it gets
 * 413 before the body is read (a client that sent {@code Expect: 100-continue} sends nothing), and
 * an undeclared one that passes it gets the same answer when the multipart reader stops.
 */
final class UploadLimits {

  private UploadLimits() {}

  static String limitText(DataSize limit) {
    long mb = limit.toMegabytes();
    return mb > 0 ? mb + " MB" : limit.toKilobytes() + " KB";
  }

  static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      DataSize limit,
      Problems problems,
      LocaleResolver locales,
      JsonMapper json)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    response.setHeader("Connection", "close");
    if (!request.getRequestURI().startsWith("/api/")) {
      response.sendRedirect("/imports/new?too-large");
      return;
    }
    ProblemDetail problem =
        problems.of(
            HttpStatus.CONTENT_TOO_LARGE,
            "upload-too-large",
            "import.upload.too-large",
            locale,
            limitText(limit));
    problem.setProperty("limit", limitText(limit));
    FilterProblems.write(response, problem, json);
  }

  /** The early check on the declared length. */
  @Component
  @Order(Ordered.HIGHEST_PRECEDENCE + 11)
  static class Filter extends OncePerRequestFilter {

    private final DataSize limit;
    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    Filter(
        @Value("${spring.servlet.multipart.max-request-size:100MB}") DataSize limit,
        Problems problems,
        LocaleResolver locales,
        JsonMapper json) {
      this.limit = limit;
      this.problems = problems;
      this.locales = locales;
      this.json = json;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String type = request.getContentType();
      if (type != null
          && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
          && request.getContentLengthLong() > limit.toBytes()) {
        refuse(request, response, limit, problems, locales, json);
        return;
      }
      chain.doFilter(request, response);
    }
  }

  /**
   * The late check, when the multipart reader passes the limit of a body without declared length.
   */
  @ControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Advice {

    private final DataSize limit;
    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    Advice(
        @Value("${spring.servlet.multipart.max-request-size:100MB}") DataSize limit,
        Problems problems,
        LocaleResolver locales,
        JsonMapper json) {
      this.limit = limit;
      this.problems = problems;
      this.locales = locales;
      this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
      refuse(request, response, limit, problems, locales, json);
    }
  }
}
