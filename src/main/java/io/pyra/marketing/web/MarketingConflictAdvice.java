package io.pyra.marketing.web;

import io.pyra.marketing.appointment.AppointmentConflictException;
import io.pyra.marketing.mailing.MailingNotDraftException;
import io.pyra.platform.error.BusinessRuleException;
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
 * A step an appointment already took (an arrival recorded twice), or a change to a mailing that is
 * no longer a draft, is a 409 naming the field.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class MarketingConflictAdvice {

  private final Problems problems;

  MarketingConflictAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler({AppointmentConflictException.class, MailingNotDraftException.class})
  ProblemDetail conflict(BusinessRuleException e, Locale locale) {
    return problems.invalid(HttpStatus.CONFLICT, e.violations(), locale);
  }
}
