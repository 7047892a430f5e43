package io.pyra.analytics.audience;

import io.pyra.analytics.audience.Audience.FieldCondition;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An audience as SQL over what customer publishes: the org unit's subtree through {@code
 * identity_org_unit_view}, the sector's through {@code customer_sector_view}'s path and each field
 * condition as an {@code exists} over {@code customer_field_value_view}, its parameters numbered
 * apart from the other conditions'. Every text is a constant; values are bound.
 */
final class AudienceCondition {

  private static final String ORG_UNIT =
      "c.org_unit_id in (select below.id from identity_org_unit_view below"
          + " join identity_org_unit_view top on below.path like (top.path || '%')"
          + " where top.id = :audienceUnit)";

  private static final String SECTOR =
      "c.sector_id in (select below.id from customer_sector_view below"
          + " join customer_sector_view top on below.path like (top.path || '%')"
          + " where top.id = :audienceSector)";

  private static final String FIELD_HEAD =
      "exists (select 1 from customer_field_value_view v where v.customer_id = c.id and ";

  private static final String FIELD = "v.field_id = :audf";

  private static final String TEXT_EQUALS = "lower(v.text_value) = :audfeq";
  private static final String CHOICE_EQUALS = "v.text_value = :audfeq";
  private static final String BOOLEAN_EQUALS = "v.bool_value = :audfeq";
  private static final String[] NUMBER = {
    "v.number_value = :audfeq", "v.number_value >= :audfmin", "v.number_value <= :audfmax"
  };
  private static final String[] DATE = {
    "v.date_value = :audfeq", "v.date_value >= :audfmin", "v.date_value <= :audfmax"
  };
  private static final String[] NAMES = {"audfeq", "audfmin", "audfmax"};

  private AudienceCondition() {}

  static QueryPart of(Audience audience) {
    Where where = new Where();
    if (audience.orgUnitId() != null) {
      where.and(ORG_UNIT, "audienceUnit", audience.orgUnitId());
    }
    if (audience.sectorId() != null) {
      where.and(SECTOR, "audienceSector", audience.sectorId());
    }
    int n = 0;
    for (FieldCondition field : audience.fields()) {
      where.and(field(field).wrap(FIELD_HEAD, ")").numbered(n++));
    }
    return where.isEmpty() ? QueryPart.ALWAYS : where.part();
  }

  /** The condition on one value row {@code v}; a value that no longer reads is met by none. */
  private static QueryPart field(FieldCondition field) {
    QueryPart part = QueryPart.of(FIELD, "audf", field.fieldId());
    String equalTo = field.equalTo();
    switch (field.type() == null ? "" : field.type()) {
      case "TEXT" -> {
        if (equalTo != null) {
          part = part.and(QueryPart.of(TEXT_EQUALS, "audfeq", equalTo.toLowerCase(Locale.ROOT)));
        }
      }
      case "CHOICE", "MULTI_CHOICE" -> {
        if (equalTo != null) {
          part = part.and(QueryPart.of(CHOICE_EQUALS, "audfeq", equalTo));
        }
      }
      case "BOOLEAN" -> {
        if (equalTo != null) {
          part = part.and(QueryPart.of(BOOLEAN_EQUALS, "audfeq", Boolean.valueOf(equalTo)));
        }
      }
      case "NUMBER" -> part = bounds(part, field, NUMBER, true);
      case "DATE" -> part = bounds(part, field, DATE, false);
      default -> part = QueryPart.NEVER;
    }
    return part;
  }

  private static QueryPart bounds(
      QueryPart part, FieldCondition field, String[] texts, boolean number) {
    String[] values = {field.equalTo(), field.min(), field.max()};
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      Object value = number ? number(values[i]) : date(values[i]);
      if (value == null) {
        return QueryPart.NEVER;
      }
      part = part.and(QueryPart.of(texts[i], NAMES[i], value));
    }
    return part;
  }

  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
