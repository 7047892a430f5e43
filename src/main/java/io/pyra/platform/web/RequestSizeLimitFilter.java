package io.pyra.platform.web;

import io.pyra.platform.error.BodyTooLargeException;
import io.pyra.platform.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit (JSON and forms; file uploads have their own multipart
 * limit) before anything reads them: a declared length over the limit gets 413 at once, and a body
 * without a declared length is cut off when it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long limit;
  private final Problems problems;
  private final LocaleResolver locales;
  private final JsonMapper json;

  RequestSizeLimitFilter(
      @Value("${pyra.api.max-body-size:1MB}") DataSize limit,
      Problems problems,
      LocaleResolver locales,
      JsonMapper json) {
    this.limit = limit.toBytes();
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > limit) {
      refuse(request, response);
      return;
    }
    chain.doFilter(
        request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ProblemDetail problem =
        problems.of(
            HttpStatus.CONTENT_TOO_LARGE,
            "too-large",
            "problem.too-large.detail",
            locales.resolveLocale(request),
            DataSize.ofBytes(limit).toKilobytes() + " KB");
    response.setHeader("Connection", "close");
    FilterProblems.write(response, problem, json);
  }

  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++read > limit) {
                  throw new BodyTooLargeException();
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && (read += n) > limit) {
                  throw new BodyTooLargeException();
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
