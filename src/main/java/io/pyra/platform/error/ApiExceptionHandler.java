package io.pyra.platform.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/** One error model for the API: every failure is an RFC 9457 problem in the caller's language. */
@Order(0)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

  private final Problems problems;

  ApiExceptionHandler(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(BusinessRuleException.class)
  ProblemDetail rule(BusinessRuleException e, Locale locale) {
    return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, e.violations(), locale);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
    List<RuleViolation> violations = new ArrayList<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      violations.add(violation(error));
    }
    return problems.invalid(HttpStatus.BAD_REQUEST, violations, locale);
  }

  /**
   * A broken constraint as the API names it. A text over its {@code @Size} maximum is the rule
   * {@code max-length} with the limit, as {@code InputLimits} reports it for bodies it checks.
   */
  private static RuleViolation violation(FieldError error) {
    String rule = error.getCode() == null ? "invalid" : error.getCode().toLowerCase(Locale.ROOT);
    if ("size".equals(rule)) {
      // the constraint's bounds come after the field among the arguments: the larger is the maximum
      long max = -1;
      long min = Long.MAX_VALUE;
      for (Object argument : error.getArguments() == null ? new Object[0] : error.getArguments()) {
        if (argument instanceof Number bound) {
          max = Math.max(max, bound.longValue());
          min = Math.min(min, bound.longValue());
        }
      }
      Object value = error.getRejectedValue();
      boolean tooLong = value instanceof CharSequence text ? text.length() > max : min == 0;
      if (max >= 0 && tooLong) {
        return new RuleViolation(
            error.getField(), "max-length", "validation.max-length", error.getField(), max);
      }
    }
    return new RuleViolation(error.getField(), rule, "validation." + rule, error.getField());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
    DatabindException binding = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return problems.of(
            HttpStatus.CONTENT_TOO_LARGE, "too-large", "problem.too-large.detail", locale, "limit");
      }
      if (binding == null && t instanceof DatabindException d && !d.getPath().isEmpty()) {
        binding = d;
      }
    }
    if (binding == null) {
      return problems.of(
          HttpStatus.BAD_REQUEST, "malformed-json", "problem.malformed-json.detail", locale);
    }
    String field = JsonPaths.of(binding.getPath());
    String rule = JsonPaths.rule(binding);
    return problems.invalid(
        HttpStatus.BAD_REQUEST,
        List.of(new RuleViolation(field, rule, "validation." + rule, field)),
        locale);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
    return problems.invalid(
        HttpStatus.BAD_REQUEST,
        List.of(new RuleViolation(e.getName(), "type", "validation.type", e.getName())),
        locale);
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e, Locale locale) {
    return problems.of(
        HttpStatus.NOT_FOUND, "not-found", "problem.not-found.detail", locale, e.recordType());
  }

  @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
  ProblemDetail stale(RuntimeException e, Locale locale) {
    return problems.of(HttpStatus.PRECONDITION_FAILED, "stale", "problem.stale.detail", locale);
  }

  @ExceptionHandler(WeakETagException.class)
  ProblemDetail weakETag(WeakETagException e, Locale locale) {
    return problems.of(
        HttpStatus.PRECONDITION_FAILED, "weak-etag", "problem.weak-etag.detail", locale);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e, Locale locale) {
    return problems.invalid(
        HttpStatus.BAD_REQUEST,
        List.of(
            new RuleViolation(
                e.getParameterName(), "required", "validation.required", e.getParameterName())),
        locale);
  }

  @ExceptionHandler(PreconditionRequiredException.class)
  ProblemDetail preconditionRequired(PreconditionRequiredException e, Locale locale) {
    return problems.of(
        HttpStatus.PRECONDITION_REQUIRED,
        "if-match-required",
        "problem.if-match-required.detail",
        locale);
  }

  @ExceptionHandler({AccessRefusedException.class, AccessDeniedException.class})
  ProblemDetail forbidden(RuntimeException e, Locale locale) {
    return problems.of(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail", locale);
  }
}
