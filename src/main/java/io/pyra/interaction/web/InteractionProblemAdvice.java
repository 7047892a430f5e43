package io.pyra.interaction.web;

import io.pyra.interaction.record.ContactRecordLockedException;
import io.pyra.platform.error.Problems;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A change of someone else's contact record, or of one past its 24 hours, is forbidden (403),
 * saying which.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class InteractionProblemAdvice {

  private final Problems problems;

  InteractionProblemAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(ContactRecordLockedException.class)
  ProblemDetail locked(ContactRecordLockedException e, Locale locale) {
    var violation = e.violations().getFirst();
    ProblemDetail problem =
        problems.of(HttpStatus.FORBIDDEN, "forbidden", violation.messageKey(), locale);
    problem.setProperty(
        "errors",
        java.util.List.of(
            java.util.Map.of(
                "field",
                "",
                "rule",
                violation.rule(),
                "message",
                problems.message(violation, locale))));
    return problem;
  }
}
