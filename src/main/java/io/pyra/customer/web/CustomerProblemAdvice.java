package io.pyra.customer.web;

import io.pyra.customer.customer.DuplicateCustomerException;
import io.pyra.platform.error.Problems;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Likely duplicates stop an API save with 409, listing them; send {@code duplicateReason} to save anyway. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class CustomerProblemAdvice {

  private final Problems problems;

  CustomerProblemAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(DuplicateCustomerException.class)
  ProblemDetail duplicates(DuplicateCustomerException e, Locale locale) {
    ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "duplicates", "customer.duplicates.detail", locale,
        e.candidates().size());
    problem.setProperty("duplicates", e.candidates().stream()
        .map(c -> Map.of("id", c.id(), "code", c.code(), "name", c.name(), "reason", c.reason()))
        .toList());
    return problem;
  }
}
