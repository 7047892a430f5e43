package io.pyra.integration.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.web.FilterProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload whose multipart body cannot be read (no closing boundary, no parts, a body that
 * is not multipart at all) with a 400 naming the file, instead of failing inside the server. Runs
 * after sign-in, on the upload addresses only; bodies over the size limit are left to {@link
 * UploadLimits}.
 */
@Component
class MalformedUploads extends OncePerRequestFilter {

  private static final Set<String> UPLOADS = Set.of("/api/v1/imports", "/imports");

  private final Problems problems;
  private final LocaleResolver locales;
  private final JsonMapper json;

  MalformedUploads(Problems problems, LocaleResolver locales, JsonMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !"POST".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
        || !UPLOADS.contains(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean api = request.getRequestURI().startsWith("/api/");
    try {
      // the container keeps what it read, so the controller reads the same parts
      if (api && request.getPart("file") == null) {
        refuse(
            request,
            response,
            new RuleViolation("file", "required", "validation.required", "file"));
        return;
      }
      request.getParts();
    } catch (IOException | ServletException | IllegalStateException e) {
      if (!overSizeLimit(e)) {
        refuse(
            request, response, new RuleViolation("file", "multipart", "import.upload.malformed"));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The container's words for a body over the limit, as Spring's multipart request reads them too.
   */
  private static boolean overSizeLimit(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("exceed") && (message.contains("size") || message.contains("length"))
          || message.contains("no multi-part configuration")) {
        return true;
      }
    }
    return false;
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, RuleViolation violation)
      throws IOException {
    if (!request.getRequestURI().startsWith("/api/")) {
      response.sendRedirect("/imports/new?malformed");
      return;
    }
    Locale locale = locales.resolveLocale(request);
    FilterProblems.write(
        response, problems.invalid(HttpStatus.BAD_REQUEST, List.of(violation), locale), json);
  }
}
