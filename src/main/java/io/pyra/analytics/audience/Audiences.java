package io.pyra.analytics.audience;

import io.pyra.analytics.audience.Audience.FieldCondition;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.query.Like;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audiences of the schemes: checked as typed (an org unit by code or id, a sector by code, at
 * most {@value Audience#FIELDS_MAX} conditions on custom fields), stored in analytics' own tables
 * and read back, from what identity and customer publish ({@code identity_org_unit_view}, {@code
 * customer_sector_view}, {@code customer_field_view}).
 */
@Component
public class Audiences {

  public static final int CODE_MAX = 80;
  public static final int EQUAL_TO_MAX = 200;
  public static final int BOUND_MAX = 40;

  /** At most this many org units, sectors or custom fields are offered on a form. */
  public static final int OPTIONS_MAX = 500;

  /** An audience as typed: any part may be missing. */
  public record Input(String orgUnit, String sector, List<FieldInput> fields) {}

  /** A condition on a custom field as typed. */
  public record FieldInput(String code, String equalTo, String min, String max) {

    boolean blank() {
      return isBlank(code) && isBlank(equalTo) && isBlank(min) && isBlank(max);
    }
  }

  /** Whose audience a condition row belongs to: each kind of scheme keeps its own rows. */
  public enum Owner {
    PYRAMID(
        "select scheme_id, field_id, equal_to, min_value, max_value, f.code, f.type"
            + " from analytics_pyramid_audience_field a join customer_field_view f on f.id = a.field_id"
            + " order by scheme_id, position",
        "delete from analytics_pyramid_audience_field where scheme_id = :scheme",
        "insert into analytics_pyramid_audience_field (scheme_id, position, field_id, equal_to,"
            + " min_value, max_value) values (:scheme, :position, :field, :equalTo, :min, :max)"),
    GRADING(
        "select scheme_id, field_id, equal_to, min_value, max_value, f.code, f.type"
            + " from analytics_grading_audience_field a join customer_field_view f on f.id = a.field_id"
            + " order by scheme_id, position",
        "delete from analytics_grading_audience_field where scheme_id = :scheme",
        "insert into analytics_grading_audience_field (scheme_id, position, field_id, equal_to,"
            + " min_value, max_value) values (:scheme, :position, :field, :equalTo, :min, :max)");

    private final String select;
    private final String delete;
    private final String insert;

    Owner(String select, String delete, String insert) {
      this.select = select;
      this.delete = delete;
      this.insert = insert;
    }
  }

  /** An org unit, a sector or a custom field as a form offers it. */
  public record Option(UUID id, UUID parentId, String code, String nameEn, String nameZh) {

    /** The name in {@code locale}'s language. */
    public String name(Locale locale) {
      return "zh".equals(locale.getLanguage()) && nameZh != null ? nameZh : nameEn;
    }
  }

  private final JdbcClient jdbc;

  Audiences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The audience {@code typed} names, every fault added to {@code violations} naming its field
   * ({@code audience.orgUnit}, {@code audience.sector}, {@code audience.fields}, {@code
   * audience.fields[i].code}, …); none typed is every customer.
   */
  public Audience check(Input typed, List<RuleViolation> violations) {
    if (typed == null) {
      return Audience.ALL;
    }
    UUID orgUnit = null;
    if (!isBlank(typed.orgUnit())) {
      String reference = typed.orgUnit().strip();
      orgUnit = orgUnitId(reference).orElse(null);
      if (orgUnit == null) {
        violations.add(
            new RuleViolation(
                "audience.orgUnit",
                "not-found",
                "analytics.audience.orgUnit.not-found",
                echo(reference)));
      }
    }
    UUID sector = null;
    if (!isBlank(typed.sector())) {
      String code = typed.sector().strip();
      sector = sectorByCode(code).map(Option::id).orElse(null);
      if (sector == null) {
        violations.add(
            new RuleViolation(
                "audience.sector", "not-found", "analytics.audience.sector.not-found", echo(code)));
      }
    }
    List<FieldInput> given =
        typed.fields() == null
            ? List.of()
            : typed.fields().stream().filter(f -> f != null && !f.blank()).toList();
    if (given.size() > Audience.FIELDS_MAX) {
      violations.add(
          new RuleViolation(
              "audience.fields",
              "size",
              "analytics.audience.fields.size",
              Audience.FIELDS_MAX,
              given.size()));
      given = List.of();
    }
    List<FieldCondition> fields = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      FieldCondition condition = field(i, given.get(i), violations);
      if (condition != null) {
        fields.add(condition);
      }
    }
    return new Audience(orgUnit, sector, fields);
  }

  private FieldCondition field(int index, FieldInput typed, List<RuleViolation> violations) {
    String at = name(index, null);
    int shown = index + 1;
    if (isBlank(typed.code())) {
      violations.add(
          new RuleViolation(
              name(index, "code"), "required", "analytics.audience.field.code.required", shown));
      return null;
    }
    String code = typed.code().strip();
    Option field = customFieldByCode(code).orElse(null);
    if (field == null) {
      violations.add(
          new RuleViolation(
              name(index, "code"),
              "not-found",
              "analytics.audience.field.code.not-found",
              shown,
              echo(code)));
      return null;
    }
    String type = fieldType(field.id());
    String equalTo = isBlank(typed.equalTo()) ? null : typed.equalTo().strip();
    String min = isBlank(typed.min()) ? null : typed.min().strip();
    String max = isBlank(typed.max()) ? null : typed.max().strip();
    if (equalTo == null && min == null && max == null) {
      violations.add(
          new RuleViolation(at, "required", "analytics.audience.field.empty", shown, field.code()));
      return null;
    }
    int before = violations.size();
    switch (type) {
      case "NUMBER", "DATE" -> {
        boolean number = type.equals("NUMBER");
        String[] values = {equalTo, min, max};
        String[] names = {"equalTo", "min", "max"};
        Comparable<?>[] read = new Comparable<?>[3];
        for (int i = 0; i < 3; i++) {
          if (values[i] == null) {
            continue;
          }
          read[i] = number ? plainNumber(values[i]) : AudienceCondition.date(values[i]);
          if (read[i] == null) {
            violations.add(
                new RuleViolation(
                    name(index, names[i]),
                    "type",
                    number ? "analytics.audience.field.number" : "analytics.audience.field.date",
                    shown,
                    field.code(),
                    echo(values[i])));
          } else {
            values[i] = read[i] instanceof BigDecimal d ? d.toPlainString() : read[i].toString();
          }
        }
        if (read[1] != null && read[2] != null && above(read[1], read[2])) {
          violations.add(
              new RuleViolation(
                  name(index, "min"),
                  "range",
                  "analytics.audience.field.range",
                  shown,
                  field.code(),
                  values[1],
                  values[2]));
        }
        equalTo = values[0];
        min = values[1];
        max = values[2];
      }
      default -> {
        if (min != null || max != null) {
          violations.add(
              new RuleViolation(
                  name(index, min != null ? "min" : "max"),
                  "not-applicable",
                  "analytics.audience.field.bounds",
                  shown,
                  field.code()));
        }
        if (equalTo != null) {
          equalTo = equalTo(index, field, type, equalTo, violations);
        }
      }
    }
    return violations.size() > before
        ? null
        : new FieldCondition(field.id(), field.code(), type, equalTo, min, max);
  }

  /** The value a text, yes/no or choice field must equal, as stored; null when refused. */
  private String equalTo(
      int index, Option field, String type, String equalTo, List<RuleViolation> violations) {
    switch (type) {
      case "BOOLEAN" -> {
        Boolean value = bool(equalTo);
        if (value == null) {
          violations.add(
              new RuleViolation(
                  name(index, "equalTo"),
                  "type",
                  "analytics.audience.field.boolean",
                  index + 1,
                  field.code(),
                  echo(equalTo)));
          return null;
        }
        return value.toString();
      }
      case "CHOICE", "MULTI_CHOICE" -> {
        List<String> choices = choices(field.id());
        Optional<String> choice = choices.stream().filter(equalTo::equalsIgnoreCase).findFirst();
        if (choice.isEmpty()) {
          violations.add(
              new RuleViolation(
                  name(index, "equalTo"),
                  "one-of",
                  "analytics.audience.field.choice",
                  index + 1,
                  field.code(),
                  echo(equalTo),
                  listed(choices)));
          return null;
        }
        return choice.get();
      }
      default -> {
        return equalTo;
      }
    }
  }

  /** The field a violation names: {@code audience.fields[index]}, then {@code .part} when given. */
  private static String name(int index, String part) {
    String condition = "audience.fields[" + index + "]";
    return part == null ? condition : condition + "." + part;
  }

  /** Choices as a message lists them. */
  private static String listed(List<String> choices) {
    return echo(String.join(", ", choices));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean above(Comparable min, Comparable max) {
    return min.compareTo(max) > 0;
  }

  /** A number that fits the stored text (at most {@value #BOUND_MAX} characters); else null. */
  private static BigDecimal plainNumber(String text) {
    BigDecimal value = text.length() > BOUND_MAX ? null : AudienceCondition.number(text);
    return value == null || value.toPlainString().length() > BOUND_MAX ? null : value;
  }

  private static Boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "是" -> true;
      case "false", "no", "n", "0", "否" -> false;
      default -> null;
    };
  }

  // ----- storing and reading

  /** Replaces the field conditions kept for {@code scheme} with {@code audience}'s. */
  public void store(Owner owner, UUID scheme, Audience audience) {
    jdbc.sql(owner.delete).param("scheme", scheme).update();
    int position = 0;
    for (FieldCondition field : audience.fields()) {
      jdbc.sql(owner.insert)
          .param("scheme", scheme)
          .param("position", position++)
          .param("field", field.fieldId())
          .param("equalTo", field.equalTo(), java.sql.Types.VARCHAR)
          .param("min", field.min(), java.sql.Types.VARCHAR)
          .param("max", field.max(), java.sql.Types.VARCHAR)
          .update();
    }
  }

  /** The field conditions of every scheme of {@code owner}, in their order, by scheme id. */
  public Map<UUID, List<FieldCondition>> fields(Owner owner) {
    Map<UUID, List<FieldCondition>> fields = new HashMap<>();
    jdbc.sql(owner.select)
        .query(
            rs -> {
              fields
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new FieldCondition(
                          rs.getObject(2, UUID.class),
                          rs.getString(6),
                          rs.getString(7),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5)));
            });
    return fields;
  }

  // ----- what identity and customer publish

  /** The org unit of {@code id}, if it still exists: id, parent, code, name (in both languages). */
  public Optional<Option> orgUnit(UUID id) {
    return jdbc.sql("select id, parent_id, code, name from identity_org_unit_view where id = :id")
        .param("id", id)
        .query((rs, n) -> unit(rs))
        .optional();
  }

  /** The sector of {@code id}, if it still exists. */
  public Optional<Option> sector(UUID id) {
    return jdbc.sql(
            "select id, parent_id, code, name_en, name_zh from customer_sector_view where id = :id")
        .param("id", id)
        .query((rs, n) -> option(rs))
        .optional();
  }

  /** The org units a scheme's audience may be, by path (each below its parent). */
  public List<Option> orgUnits() {
    return jdbc.sql(
            "select id, parent_id, code, name from identity_org_unit_view order by path limit :limit")
        .param("limit", OPTIONS_MAX)
        .query((rs, n) -> unit(rs))
        .list();
  }

  /** At most this many org units are suggested for what a user has typed. */
  public static final int SUGGESTIONS_MAX = 20;

  private static final String UNITS_LIKE =
      "select id, parent_id, code, name from identity_org_unit_view"
          + " where lower(code) like :text "
          + Like.ESCAPE
          + " or lower(name) like :text "
          + Like.ESCAPE
          + " order by path limit :limit";

  /**
   * The first org units (by path) whose code or name contains {@code typed}, in any case; blank or
   * longer than a code: the first units by path.
   */
  public List<Option> orgUnitsLike(String typed) {
    if (typed == null || typed.isBlank() || typed.strip().length() > CODE_MAX) {
      return orgUnits().stream().limit(SUGGESTIONS_MAX).toList();
    }
    return jdbc.sql(UNITS_LIKE)
        .param("text", Like.contains(typed.strip().toLowerCase(Locale.ROOT)))
        .param("limit", SUGGESTIONS_MAX)
        .query((rs, n) -> unit(rs))
        .list();
  }

  /** The sectors, each followed by its sub-sectors, active or not. */
  public List<Option> sectors() {
    return jdbc.sql(
            "select s.id, s.parent_id, s.code, s.name_en, s.name_zh from customer_sector_view s"
                + " left join customer_sector_view p on p.id = s.parent_id"
                + " order by coalesce(p.sort_order, s.sort_order), coalesce(p.code, s.code),"
                + " case when s.parent_id is null then 0 else 1 end, s.sort_order, s.code"
                + " limit :limit")
        .param("limit", OPTIONS_MAX)
        .query((rs, n) -> option(rs))
        .list();
  }

  /** The custom fields, by code: code and labels. */
  public List<Option> customFields() {
    return jdbc.sql(
            "select id, null, code, label_en, label_zh from customer_field_view"
                + " order by code limit :limit")
        .param("limit", OPTIONS_MAX)
        .query((rs, n) -> option(rs))
        .list();
  }

  private Optional<UUID> orgUnitId(String codeOrId) {
    if (codeOrId.length() > CODE_MAX) {
      return Optional.empty();
    }
    UUID id = null;
    try {
      id = UUID.fromString(codeOrId);
    } catch (IllegalArgumentException e) {
      // a code
    }
    return id == null
        ? jdbc.sql("select id from identity_org_unit_view where upper(code) = :code")
            .param("code", codeOrId.toUpperCase(Locale.ROOT))
            .query(UUID.class)
            .optional()
        : jdbc.sql("select id from identity_org_unit_view where id = :id")
            .param("id", id)
            .query(UUID.class)
            .optional();
  }

  /** The sector of {@code code} (in any case), if there is one. */
  public Optional<Option> sectorByCode(String code) {
    return code.length() > CODE_MAX
        ? Optional.empty()
        : jdbc.sql(
                "select id, parent_id, code, name_en, name_zh from customer_sector_view"
                    + " where upper(code) = :code")
            .param("code", code.toUpperCase(Locale.ROOT))
            .query((rs, n) -> option(rs))
            .optional();
  }

  private Optional<Option> customFieldByCode(String code) {
    return code.length() > CODE_MAX
        ? Optional.empty()
        : jdbc.sql(
                "select id, null, code, label_en, label_zh from customer_field_view"
                    + " where lower(code) = :code")
            .param("code", code.toLowerCase(Locale.ROOT))
            .query((rs, n) -> option(rs))
            .optional();
  }

  private String fieldType(UUID field) {
    return jdbc.sql("select type from customer_field_view where id = :id")
        .param("id", field)
        .query(String.class)
        .single();
  }

  private List<String> choices(UUID field) {
    String choices =
        jdbc.sql("select choices from customer_field_view where id = :id")
            .param("id", field)
            .query(String.class)
            .optional()
            .orElse(null);
    return choices == null
        ? List.of()
        : Arrays.stream(choices.split("\n")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }

  private static Option unit(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Option(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getString(4),
        rs.getString(4));
  }

  private static Option option(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Option(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** A value the caller typed, shortened for a message. */
  private static String echo(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
