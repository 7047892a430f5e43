package io.pyra.customer.profile;

import io.pyra.customer.field.CustomField;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads custom field values of any shape (JSON, form text, import cell) against their definitions.
 */
final class CustomFieldValues {

  private CustomFieldValues() {}

  static Set<FieldValue> read(
      Map<String, Object> raw, List<CustomField> fields, List<RuleViolation> violations) {
    Map<String, Object> given = new LinkedHashMap<>();
    if (raw != null) {
      raw.forEach((code, value) -> given.put(code == null ? "" : code.strip(), value));
    }
    Set<FieldValue> values = new HashSet<>();
    for (CustomField field : fields) {
      Object value = given.remove(field.code());
      String path = "customFields." + field.code();
      if (isEmpty(value)) {
        if (field.required() && field.active()) {
          violations.add(
              new RuleViolation(path, "required", "customer.field.required", field.labelEn()));
        }
        continue;
      }
      switch (field.type()) {
        case TEXT -> {
          String text = String.valueOf(value).strip();
          if (text.length() > 2000) {
            violations.add(
                new RuleViolation(path, "size", "customer.field.too-long", field.labelEn(), 2000));
          } else {
            values.add(new FieldValue(field.id(), 0, text, null, null, null));
          }
        }
        case NUMBER ->
            number(value)
                .ifPresentOrElse(
                    n -> values.add(new FieldValue(field.id(), 0, null, n, null, null)),
                    () ->
                        violations.add(
                            new RuleViolation(
                                path, "type", "customer.field.number", field.labelEn(), value)));
        case DATE -> {
          try {
            values.add(
                new FieldValue(
                    field.id(),
                    0,
                    null,
                    null,
                    LocalDate.parse(String.valueOf(value).strip()),
                    null));
          } catch (DateTimeParseException e) {
            violations.add(
                new RuleViolation(path, "type", "customer.field.date", field.labelEn(), value));
          }
        }
        case BOOLEAN ->
            bool(value)
                .ifPresentOrElse(
                    b -> values.add(new FieldValue(field.id(), 0, null, null, null, b)),
                    () ->
                        violations.add(
                            new RuleViolation(
                                path, "type", "customer.field.boolean", field.labelEn(), value)));
        case CHOICE -> {
          if (value instanceof Collection<?>) {
            violations.add(
                new RuleViolation(path, "type", "customer.field.single-choice", field.labelEn()));
          } else {
            choice(field, String.valueOf(value), path, violations)
                .ifPresent(c -> values.add(new FieldValue(field.id(), 0, c, null, null, null)));
          }
        }
        case MULTI_CHOICE -> {
          Collection<?> chosen =
              value instanceof Collection<?> list
                  ? list
                  : List.of(String.valueOf(value).split("[;|\n]"));
          int position = 0;
          Set<String> seen = new HashSet<>();
          for (Object item : chosen) {
            if (isEmpty(item)) {
              continue;
            }
            var c = choice(field, String.valueOf(item), path, violations);
            if (c.isPresent() && seen.add(c.get())) {
              values.add(new FieldValue(field.id(), position++, c.get(), null, null, null));
            }
          }
        }
      }
    }
    given
        .keySet()
        .forEach(
            code ->
                violations.add(
                    new RuleViolation(
                        "customFields." + code, "unknown-field", "customer.field.unknown", code)));
    return values;
  }

  private static java.util.Optional<String> choice(
      CustomField field, String value, String path, List<RuleViolation> violations) {
    String wanted = value.strip();
    return field.choices().stream()
        .filter(c -> c.equalsIgnoreCase(wanted))
        .findFirst()
        .or(
            () -> {
              violations.add(
                  new RuleViolation(
                      path,
                      "one-of",
                      "customer.field.choice",
                      field.labelEn(),
                      wanted,
                      String.join(", ", field.choices())));
              return java.util.Optional.empty();
            });
  }

  private static java.util.Optional<BigDecimal> number(Object value) {
    if (value instanceof Number n) {
      return java.util.Optional.of(new BigDecimal(n.toString()));
    }
    if (value instanceof String s) {
      try {
        return java.util.Optional.of(new BigDecimal(s.strip().replace(",", "")));
      } catch (NumberFormatException e) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<Boolean> bool(Object value) {
    if (value instanceof Boolean b) {
      return java.util.Optional.of(b);
    }
    if (value instanceof String s) {
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "y", "1", "是" -> java.util.Optional.of(true);
        case "false", "no", "n", "0", "否" -> java.util.Optional.of(false);
        default -> java.util.Optional.empty();
      };
    }
    return java.util.Optional.empty();
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
  }
}
