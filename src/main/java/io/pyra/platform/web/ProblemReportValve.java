package io.pyra.platform.web;

import io.pyra.platform.error.Problems;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answer (a request line or header too long or malformed, an address Tomcat
 * refuses to decode, which never reach the application): an RFC 9457 problem under {@code /api/}
 * and for clients that do not ask for HTML, else a plain page of Pyra's own in the browser's
 * language (title, what happened, a link to the start page) instead of Tomcat's HTML page. Errors
 * the application answers itself (its error pages, its problems) pass untouched: this writes only
 * where nothing was written.
 */
public class ProblemReportValve extends ErrorReportValve {

  private final Problems problems;
  private final JsonMapper json;
  private final MessageSource messages;

  ProblemReportValve(Problems problems, JsonMapper json, MessageSource messages) {
    this.problems = problems;
    this.json = json;
    this.messages = messages;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    Locale locale = localeOf(request);
    if (wantsPage(request)) {
      writePage(response, status, locale);
      return;
    }
    ProblemDetail problem =
        known == HttpStatus.BAD_REQUEST
            ? problems.of(known, "bad-request", "problem.bad-request.detail", locale)
            : known != null && known.is5xxServerError()
                ? problems.of(known, "server-error", "problem.server-error.detail", locale)
                : problems.of(
                    known == null ? HttpStatus.BAD_REQUEST : known,
                    "http-error",
                    "problem.http-error.detail",
                    locale,
                    String.valueOf(status));
    problem.setStatus(status);
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json.writeValueAsString(FilterProblems.body(problem)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the answer has begun: nothing more to say
    }
  }

  /** A browser asking for a page (not the API, HTML accepted). */
  private static boolean wantsPage(Request request) {
    try {
      // the header first: a request whose line could not be read has none, and its address is
      // better left alone
      String accept = request.getHeader("Accept");
      if (accept == null || !accept.contains("text/html")) {
        return false;
      }
      String uri = request.getDecodedRequestURI();
      if (uri == null) {
        uri = String.valueOf(request.getCoyoteRequest().requestURI());
      }
      return !uri.startsWith("/api/");
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void writePage(Response response, int status, Locale locale) {
    String group = status >= 500 ? "5xx" : "4xx";
    String title = words("error." + status + ".title", "error." + group + ".title", locale);
    String detail = words("error." + status + ".detail", "error." + group + ".detail", locale);
    String html =
        """
        <!DOCTYPE html>
        <html lang="%s"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <link rel="icon" type="image/svg+xml" href="/img/favicon.svg">
        <link rel="stylesheet" href="/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css">
        </head><body><main class="container pyra-error py-4">
        <h1 class="h3" id="error-title">%s</h1>
        <p id="error-detail">%s</p>
        <p class="text-muted small" id="error-status">%s</p>
        <a class="btn btn-primary" id="error-home" href="/">%s</a>
        </main></body></html>
        """
            .formatted(
                HtmlUtils.htmlEscape(locale.toLanguageTag()),
                HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(detail),
                HtmlUtils.htmlEscape(
                    messages.getMessage("error.status", new Object[] {status}, locale)),
                HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale)));
    try {
      response.setContentType("text/html");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(html);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the answer has begun: nothing more to say
    }
  }

  private String words(String key, String fallback, Locale locale) {
    String own = messages.getMessage(key, null, null, locale);
    return own != null ? own : messages.getMessage(fallback, null, locale);
  }

  private static Locale localeOf(Request request) {
    try {
      return request.getLocale();
    } catch (RuntimeException e) {
      return Locale.ENGLISH;
    }
  }
}
