package io.pyra.scheduling.web;

import io.pyra.platform.error.Problems;
import io.pyra.scheduling.booking.BookingConflictException;
import java.util.List;
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
 * Taken resources are a 409 naming {@code resourceIds}, with the conflicting bookings ({@code
 * conflicts}: id, title, start, end, resource, and the wanted start it collides with), other
 * resources free for that time ({@code freeResources}) and the next starts at which the wanted ones
 * are free together ({@code nextFreeStarts}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class BookingProblemAdvice {

  private final Problems problems;

  BookingProblemAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(BookingConflictException.class)
  ProblemDetail conflict(BookingConflictException e, Locale locale) {
    ProblemDetail problem =
        problems.invalid(
            HttpStatus.CONFLICT,
            List.of(
                new io.pyra.platform.error.RuleViolation(
                    "resourceIds", "taken", "booking.resourceIds.taken", e.conflicts().size())),
            locale);
    problem.setProperty(
        "conflicts",
        e.conflicts().stream()
            .map(
                c ->
                    Map.of(
                        "bookingId", c.bookingId(),
                        "title", c.title(),
                        "startsAt", c.startsAt().toString(),
                        "endsAt", c.endsAt().toString(),
                        "resourceId", c.resourceId(),
                        "resourceName", c.resourceName(),
                        "wantedStartsAt", c.wantedStartsAt().toString()))
            .toList());
    problem.setProperty(
        "freeResources",
        e.freeResources().stream()
            .map(
                r ->
                    Map.of(
                        "id", r.id(),
                        "kind", r.kind(),
                        "code", r.code(),
                        "name", r.name(),
                        "insteadOf", r.insteadOf()))
            .toList());
    problem.setProperty(
        "nextFreeStarts", e.nextFreeStarts().stream().map(Object::toString).toList());
    return problem;
  }
}
