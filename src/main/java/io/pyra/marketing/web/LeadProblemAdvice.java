package io.pyra.marketing.web;

import io.pyra.marketing.lead.DuplicateLeadException;
import io.pyra.marketing.lead.LeadDuplicate;
import io.pyra.platform.error.Problems;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Likely duplicates stop an API save of a lead with 409, listing them (as a customer's save does);
 * send {@code duplicateReason} to save anyway. A duplicate the caller may read is listed with its
 * kind (CUSTOMER or LEAD), id, name (and a customer's code), reason and unit; one they may not read
 * only with {@code "visible": false}, its kind, the reason and the unit's name.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class LeadProblemAdvice {

  private final Problems problems;

  LeadProblemAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(DuplicateLeadException.class)
  ProblemDetail duplicates(DuplicateLeadException e, Locale locale) {
    ProblemDetail problem =
        problems.of(
            HttpStatus.CONFLICT,
            "duplicates",
            "lead.duplicates.detail",
            locale,
            e.duplicates().size());
    problem.setProperty(
        "duplicates", e.duplicates().stream().map(LeadProblemAdvice::describe).toList());
    return problem;
  }

  static Map<String, Object> describe(LeadDuplicate duplicate) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("kind", duplicate.kind().name());
    if (duplicate.visible()) {
      shown.put("id", duplicate.id());
      if (duplicate.code() != null) {
        shown.put("code", duplicate.code());
      }
      shown.put("name", duplicate.name());
    }
    shown.put("visible", duplicate.visible());
    shown.put("reason", duplicate.reason());
    shown.put("orgUnit", duplicate.orgUnit());
    return shown;
  }
}
