package io.pyra.platform.web;

import io.pyra.platform.error.Problems;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answer (a request line or header too long or malformed, which never reaches
 * the application) as an RFC 9457 problem instead of Tomcat's HTML page. Errors the application
 * answers itself (its error pages, its problems) pass untouched: this writes only where nothing was
 * written.
 */
public class ProblemReportValve extends ErrorReportValve {

  private final Problems problems;
  private final JsonMapper json;

  ProblemReportValve(Problems problems, JsonMapper json) {
    this.problems = problems;
    this.json = json;
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

  private static Locale localeOf(Request request) {
    try {
      return request.getLocale();
    } catch (RuntimeException e) {
      return Locale.ENGLISH;
    }
  }
}
