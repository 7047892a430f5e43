package io.pyra.customer.web;

import io.pyra.customer.profile.DuplicateCandidate;
import io.pyra.customer.profile.DuplicateCustomerException;
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
 * Likely duplicates stop an API save with 409, listing them; send {@code duplicateReason} to save
 * anyway. A duplicate the caller may read is listed with its id, code, name, reason and unit; one
 * they may not read only with {@code "visible": false}, the reason and the unit's name, so that
 * they can ask there instead of entering the customer twice.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class CustomerProblemAdvice {

  private final Problems problems;

  CustomerProblemAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(DuplicateCustomerException.class)
  ProblemDetail duplicates(DuplicateCustomerException e, Locale locale) {
    ProblemDetail problem =
        problems.of(
            HttpStatus.CONFLICT,
            "duplicates",
            "customer.duplicates.detail",
            locale,
            e.candidates().size());
    problem.setProperty(
        "duplicates", e.candidates().stream().map(CustomerProblemAdvice::describe).toList());
    return problem;
  }

  private static Map<String, Object> describe(DuplicateCandidate candidate) {
    Map<String, Object> shown = new LinkedHashMap<>();
    if (candidate.visible()) {
      shown.put("id", candidate.id());
      shown.put("code", candidate.code());
      shown.put("name", candidate.name());
    }
    shown.put("visible", candidate.visible());
    shown.put("reason", candidate.reason());
    shown.put("orgUnit", candidate.orgUnit());
    return shown;
  }
}
