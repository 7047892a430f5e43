package io.pyra.platform.error;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that cannot be read (a broken part, a missing end) fails before any controller
 * is chosen, so no controller's advice sees it: answered here, for every address, as 400. An upload
 * over the limit is the importer's to answer (its advice comes first).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadFailureHandler {

  private final Problems problems;

  UploadFailureHandler(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadable(MultipartException e, Locale locale) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            problems.of(
                HttpStatus.BAD_REQUEST, "bad-multipart", "problem.bad-multipart.detail", locale));
  }
}
