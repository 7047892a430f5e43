package io.pyra.customer.directory;

import io.pyra.customer.directory.CustomerFilter.FieldCondition;
import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns the filter's references to the administrator's definitions (custom field codes and their
 * values, sector codes) into SQL conditions, refusing unknown codes and values of the wrong type.
 */
@Component
class FieldConditions {

  private final CustomFieldService fields;
  private final SectorService sectors;

  FieldConditions(CustomFieldService fields, SectorService sectors) {
    this.fields = fields;
    this.sectors = sectors;
  }

  UUID sectorId(String code) {
    return sectors
        .byCode(code)
        .map(Sector::id)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "sector", "unknown", "customers.filter.sector.unknown", code));
  }

  void add(List<FieldCondition> conditions, Where where) {
    List<RuleViolation> violations = new ArrayList<>();
    int n = 0;
    for (FieldCondition condition : conditions) {
      if (condition.isEmpty()) {
        continue;
      }
      CustomField field = fields.byCode(condition.code()).orElse(null);
      if (field == null) {
        violations.add(
            violation(
                condition, "unknown-field", "customers.filter.field.unknown", condition.code()));
        continue;
      }
      QueryPart parts = QueryPart.of("v.field_id = :cf", "cf", field.id());
      switch (field.type()) {
        case TEXT -> {
          if (condition.equalTo() != null) {
            parts =
                parts.and(
                    QueryPart.of(
                        "lower(v.text_value) = :cfeq",
                        "cfeq",
                        condition.equalTo().toLowerCase(Locale.ROOT)));
          }
        }
        case CHOICE, MULTI_CHOICE -> {
          if (condition.equalTo() != null) {
            String choice =
                field.choices().stream()
                    .filter(c -> c.equalsIgnoreCase(condition.equalTo()))
                    .findFirst()
                    .orElse(null);
            if (choice == null) {
              violations.add(
                  violation(
                      condition,
                      "one-of",
                      "customers.filter.field.choice",
                      field.labelEn(),
                      condition.equalTo(),
                      choices(field)));
            }
            parts = parts.and(QueryPart.of("v.text_value = :cfeq", "cfeq", choice));
          }
        }
        case BOOLEAN -> {
          if (condition.equalTo() != null) {
            Boolean value = bool(condition.equalTo());
            if (value == null) {
              violations.add(
                  violation(
                      condition,
                      "type",
                      "customers.filter.field.boolean",
                      field.labelEn(),
                      condition.equalTo()));
            }
            parts = parts.and(QueryPart.of("v.bool_value = :cfeq", "cfeq", value));
          }
        }
        case NUMBER ->
            parts =
                range(
                    condition,
                    parts,
                    new String[] {
                      "v.number_value = :cfeq",
                      "v.number_value >= :cfmin",
                      "v.number_value <= :cfmax"
                    },
                    field,
                    violations,
                    FieldConditions::number);
        case DATE ->
            parts =
                range(
                    condition,
                    parts,
                    new String[] {
                      "v.date_value = :cfeq", "v.date_value >= :cfmin", "v.date_value <= :cfmax"
                    },
                    field,
                    violations,
                    FieldConditions::date);
      }
      // one exists per field, its parameters numbered apart from the other fields'
      where.and(
          parts
              .wrap(
                  "exists (select 1 from customer_field_value v where v.customer_id = c.id and ",
                  ")")
              .numbered(n++));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  /** The bounds given of a number or date field: {@code texts} are the =, >= and <= conditions. */
  private static QueryPart range(
      FieldCondition condition,
      QueryPart parts,
      String[] texts,
      CustomField field,
      List<RuleViolation> violations,
      java.util.function.Function<String, Object> parse) {
    String[] bounds = {condition.equalTo(), condition.min(), condition.max()};
    String[] names = {"cfeq", "cfmin", "cfmax"};
    for (int i = 0; i < bounds.length; i++) {
      if (bounds[i] == null) {
        continue;
      }
      Object value = parse.apply(bounds[i]);
      if (value == null) {
        violations.add(
            violation(
                condition, "type", "customers.filter.field.type", field.labelEn(), bounds[i]));
      }
      parts = parts.and(QueryPart.of(texts[i], names[i], value));
    }
    return parts;
  }

  private static RuleViolation violation(
      FieldCondition condition, String rule, String messageKey, Object... args) {
    return new RuleViolation("cf." + condition.code(), rule, messageKey, args);
  }

  private static String choices(CustomField field) {
    return String.join(", ", field.choices());
  }

  private static Object number(String text) {
    try {
      return new BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Object date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "是" -> true;
      case "false", "no", "n", "0", "否" -> false;
      default -> null;
    };
  }
}
