package io.pyra.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of a problem answered outside Spring MVC's error handling (a servlet filter, the
 * security chain, the container's valve): as {@code application/problem+json}, with its extensions.
 */
public final class FilterProblems {

  private FilterProblems() {}

  public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json)
      throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body(problem));
  }

  /** The problem's members as RFC 9457 names them, with its extensions (such as {@code errors}). */
  public static Map<String, Object> body(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return body;
  }
}
