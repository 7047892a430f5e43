package io.pyra.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** A problem answered by a servlet filter, before Spring MVC's error handling is reached: as problem+json. */
final class FilterProblems {

  private FilterProblems() {}

  static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), Map.of(
        "type", problem.getType().toString(), "title", problem.getTitle(),
        "status", problem.getStatus(), "detail", problem.getDetail()));
  }
}
