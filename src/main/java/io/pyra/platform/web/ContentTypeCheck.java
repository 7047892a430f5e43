package io.pyra.platform.web;

import io.pyra.platform.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a body whose Content-Type no reader can take before one tries: a type that does not parse
 * or holds a wildcard ({@code *}{@code /*}, {@code text/*}) gets 415, a multipart body without its
 * boundary gets 400 (a part cannot be found in it). Spring would otherwise fail on them deep inside
 * with a server error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ContentTypeCheck extends OncePerRequestFilter {

  private final Problems problems;
  private final LocaleResolver locales;
  private final JsonMapper json;

  ContentTypeCheck(Problems problems, LocaleResolver locales, JsonMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getContentType();
    if (header == null || header.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(header);
    } catch (InvalidMediaTypeException e) {
      type = null;
    }
    if (type == null || type.isWildcardType() || type.isWildcardSubtype()) {
      refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    } else if ("multipart".equals(type.getType()) && isBlank(type.getParameter("boundary"))) {
      refuse(request, response, HttpStatus.BAD_REQUEST, "bad-multipart");
    } else {
      chain.doFilter(request, response);
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type)
      throws IOException {
    FilterProblems.write(
        response,
        problems.of(status, type, "problem." + type + ".detail", locales.resolveLocale(request)),
        json);
  }
}
