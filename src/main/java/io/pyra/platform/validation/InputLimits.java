package io.pyra.platform.validation;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a request against the constraints its type declares (above all {@code @Size(max = …)} on
 * every text and list), so that a value longer than its column is refused naming the field and the
 * limit, and never reaches the database.
 */
@Component
public class InputLimits {

  private final Validator validator;

  public InputLimits(Validator validator) {
    this.validator = validator;
  }

  /**
   * Refuses the request with a 422 naming every field over its limit; does nothing when all hold.
   */
  public void check(Object request) {
    List<RuleViolation> violations = violations(request);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  /**
   * The broken limits of the request, ordered by field; empty when {@code request} is {@code null}.
   */
  public List<RuleViolation> violations(Object request) {
    if (request == null) {
      return List.of();
    }
    return validator.validate(request).stream()
        .map(InputLimits::violation)
        .sorted(Comparator.comparing(RuleViolation::field))
        .toList();
  }

  private static RuleViolation violation(ConstraintViolation<?> broken) {
    String field = field(broken.getPropertyPath());
    Annotation constraint = broken.getConstraintDescriptor().getAnnotation();
    Object value = broken.getInvalidValue();
    if (constraint instanceof Size size && tooLong(value, size.max())) {
      return value instanceof CharSequence
          ? new RuleViolation(field, "max-length", "validation.max-length", field, size.max())
          : new RuleViolation(field, "max-items", "validation.max-items", field, size.max());
    }
    String rule = constraint.annotationType().getSimpleName().toLowerCase(Locale.ROOT);
    return new RuleViolation(field, rule, "validation." + rule, field);
  }

  private static boolean tooLong(Object value, int max) {
    return switch (value) {
      case CharSequence text -> text.length() > max;
      case Collection<?> items -> items.size() > max;
      case Map<?, ?> entries -> entries.size() > max;
      case Object[] items -> items.length > max;
      case null, default -> false;
    };
  }

  /**
   * The field as every problem of the API names it: {@code phones[0].number}, {@code choices[3]},
   * {@code address.city}.
   */
  static String field(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        field.append('.').append(name);
      }
    }
    return field.isEmpty() || field.charAt(0) != '.' ? field.toString() : field.substring(1);
  }
}
