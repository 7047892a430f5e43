package io.pyra.customer.directory;

import io.pyra.customer.directory.CustomerFilter.FieldCondition;
import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
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

  void add(List<FieldCondition> conditions, SqlConditions where) {
    List<RuleViolation> violations = new ArrayList<>();
    int n = 0;
    for (FieldCondition condition : conditions) {
      if (condition.isEmpty()) {
        continue;
      }
      String path = "cf." + condition.code();
      CustomField field = fields.byCode(condition.code()).orElse(null);
      if (field == null) {
        violations.add(
            new RuleViolation(
                path, "unknown-field", "customers.filter.field.unknown", condition.code()));
        continue;
      }
      String p = "cf" + n++;
      List<String> parts = new ArrayList<>();
      parts.add("v.field_id = :" + p);
      where.param(p, field.id());
      switch (field.type()) {
        case TEXT -> {
          if (condition.equalTo() != null) {
            parts.add("lower(v.text_value) = :" + p + "eq");
            where.param(p + "eq", condition.equalTo().toLowerCase(Locale.ROOT));
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
                  new RuleViolation(
                      path,
                      "one-of",
                      "customers.filter.field.choice",
                      field.labelEn(),
                      condition.equalTo(),
                      String.join(", ", field.choices())));
            }
            parts.add("v.text_value = :" + p + "eq");
            where.param(p + "eq", choice);
          }
        }
        case BOOLEAN -> {
          if (condition.equalTo() != null) {
            Boolean value = bool(condition.equalTo());
            if (value == null) {
              violations.add(
                  new RuleViolation(
                      path,
                      "type",
                      "customers.filter.field.boolean",
                      field.labelEn(),
                      condition.equalTo()));
            }
            parts.add("v.bool_value = :" + p + "eq");
            where.param(p + "eq", value);
          }
        }
        case NUMBER ->
            range(
                condition,
                "v.number_value",
                p,
                parts,
                where,
                field,
                path,
                violations,
                FieldConditions::number);
        case DATE ->
            range(
                condition,
                "v.date_value",
                p,
                parts,
                where,
                field,
                path,
                violations,
                FieldConditions::date);
      }
      where.add(
          "exists (select 1 from customer_field_value v where v.customer_id = c.id and "
              + String.join(" and ", parts)
              + ")");
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  private static void range(
      FieldCondition condition,
      String column,
      String p,
      List<String> parts,
      SqlConditions where,
      CustomField field,
      String path,
      List<RuleViolation> violations,
      java.util.function.Function<String, Object> parse) {
    String[][] bounds = {
      {condition.equalTo(), "=", "eq"},
      {condition.min(), ">=", "min"},
      {condition.max(), "<=", "max"}
    };
    for (String[] bound : bounds) {
      if (bound[0] == null) {
        continue;
      }
      Object value = parse.apply(bound[0]);
      if (value == null) {
        violations.add(
            new RuleViolation(
                path, "type", "customers.filter.field.type", field.labelEn(), bound[0]));
      }
      parts.add(column + " " + bound[1] + " :" + p + bound[2]);
      where.param(p + bound[2], value);
    }
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
