package io.pyra.analytics.pyramid;

import io.pyra.analytics.audience.Audience;
import io.pyra.analytics.audience.Audiences;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The pyramid schemes: the two shipped and those analysts define. */
@Component
public class PyramidSchemes {

  public static final int NAME_MAX = 200;
  public static final int CODE_MAX = 40;
  public static final int WINDOW_MAX = 120;

  /** At most this many schemes are kept. */
  public static final int MAX = 200;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1," + CODE_MAX + "}");

  private static final String COLUMNS =
      """
      select id, code, name, basis, method, threshold_top, threshold_high, threshold_middle,
             share_top, share_high, share_middle, share_low, window_months, audience_org_unit_id,
             audience_sector_id
        from analytics_pyramid_scheme""";

  /** A scheme as typed: text and numbers as given, checked by {@link #create}. */
  public record NewScheme(
      String code,
      String name,
      String basis,
      String method,
      BigDecimal thresholdTop,
      BigDecimal thresholdHigh,
      BigDecimal thresholdMiddle,
      BigDecimal shareTop,
      BigDecimal shareHigh,
      BigDecimal shareMiddle,
      BigDecimal shareLow,
      Integer windowMonths,
      Audiences.Input audience,
      List<String> activityTypes) {}

  /** At most this many types of contact records an activity scheme counts. */
  public static final int ACTIVITY_TYPES_MAX = 20;

  private final JdbcClient jdbc;
  private final Audiences audiences;

  PyramidSchemes(JdbcClient jdbc, Audiences audiences) {
    this.jdbc = jdbc;
    this.audiences = audiences;
  }

  /** Every scheme, by code. */
  public List<PyramidScheme> list() {
    return withActivityTypes(jdbc.sql(COLUMNS + " order by code").query(this::row).list());
  }

  /**
   * The schemes with the types of contact records each activity scheme counts and the conditions on
   * custom fields of their audiences, each read in one statement for them all.
   */
  private List<PyramidScheme> withActivityTypes(List<PyramidScheme> schemes) {
    if (schemes.isEmpty()) {
      return schemes;
    }
    java.util.Map<UUID, List<UUID>> types = new java.util.HashMap<>();
    if (schemes.stream().anyMatch(s -> s.basis() == Basis.ACTIVITY)) {
      jdbc.sql("select scheme_id, type_id from analytics_scheme_activity_type")
          .query(
              rs -> {
                types
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getObject(2, UUID.class));
              });
    }
    java.util.Map<UUID, List<Audience.FieldCondition>> fields =
        audiences.fields(Audiences.Owner.PYRAMID);
    return schemes.stream()
        .map(
            s ->
                new PyramidScheme(
                    s.id(),
                    s.code(),
                    s.name(),
                    s.basis(),
                    s.rule(),
                    s.windowMonths(),
                    s.audience().withFields(fields.getOrDefault(s.id(), List.of())),
                    types.getOrDefault(s.id(), List.of())))
        .toList();
  }

  /** The scheme of {@code code}, if there is one. */
  public Optional<PyramidScheme> byCode(String code) {
    if (code == null || code.isBlank() || code.length() > CODE_MAX) {
      return Optional.empty();
    }
    return withActivityTypes(
            jdbc.sql(COLUMNS + " where code = :code")
                .param("code", code.strip().toUpperCase(Locale.ROOT))
                .query(this::row)
                .list())
        .stream()
        .findFirst();
  }

  /** Checks and stores a new scheme; every fault is a 422 naming its field, nothing stored. */
  @Transactional
  public PyramidScheme create(NewScheme typed) {
    List<RuleViolation> violations = new ArrayList<>();
    String code = typed.code() == null ? "" : typed.code().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      violations.add(new RuleViolation("code", "required", "analytics.pyramid.code.required"));
    } else if (!CODE.matcher(code).matches()) {
      violations.add(new RuleViolation("code", "pattern", "analytics.pyramid.code.pattern"));
    }
    String name = typed.name() == null ? "" : typed.name().strip();
    if (name.isEmpty()) {
      violations.add(new RuleViolation("name", "required", "analytics.pyramid.name.required"));
    } else if (name.length() > NAME_MAX) {
      violations.add(
          new RuleViolation("name", "max-length", "analytics.pyramid.name.max-length", NAME_MAX));
    }
    Basis basis = oneOf(Basis.class, typed.basis(), "basis", violations);
    String method = typed.method() == null ? "" : typed.method().strip().toUpperCase(Locale.ROOT);
    TierRule rule = null;
    try {
      rule =
          switch (method) {
            case "THRESHOLDS" ->
                new TierRule.Thresholds(
                    typed.thresholdTop(), typed.thresholdHigh(), typed.thresholdMiddle());
            case "RANK_SHARES" ->
                new TierRule.RankShares(
                    typed.shareTop(), typed.shareHigh(), typed.shareMiddle(), typed.shareLow());
            default -> {
              violations.add(
                  new RuleViolation("method", "one-of", "analytics.pyramid.method.one-of"));
              yield null;
            }
          };
    } catch (BusinessRuleException e) {
      violations.addAll(e.violations());
    }
    int window = typed.windowMonths() == null ? 12 : typed.windowMonths();
    if (window < 1 || window > WINDOW_MAX) {
      violations.add(
          new RuleViolation("windowMonths", "range", "analytics.pyramid.windowMonths.range"));
    }
    Audience audience = audiences.check(typed.audience(), violations);
    List<UUID> activityTypes = List.of();
    if (basis == Basis.ACTIVITY) {
      activityTypes = activityTypes(typed.activityTypes(), violations);
    }
    if (violations.isEmpty() && byCode(code).isPresent()) {
      violations.add(new RuleViolation("code", "taken", "analytics.pyramid.code.taken", code));
    }
    if (violations.isEmpty()
        && jdbc.sql("select count(*) from analytics_pyramid_scheme").query(Long.class).single()
            >= MAX) {
      violations.add(new RuleViolation("code", "size", "analytics.pyramid.scheme.size", MAX));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    PyramidScheme scheme =
        new PyramidScheme(Ids.newId(), code, name, basis, rule, window, audience, activityTypes);
    try {
      insert(scheme);
    } catch (DuplicateKeyException e) {
      throw new BusinessRuleException("code", "taken", "analytics.pyramid.code.taken", code);
    }
    return scheme;
  }

  private void insert(PyramidScheme scheme) {
    JdbcClient.StatementSpec insert =
        jdbc.sql(
                """
                insert into analytics_pyramid_scheme (id, code, name, basis, method, threshold_top,
                  threshold_high, threshold_middle, share_top, share_high, share_middle, share_low,
                  window_months, audience_org_unit_id, audience_sector_id, created_at)
                values (:id, :code, :name, :basis, :method, :top, :high, :middle, :shareTop,
                  :shareHigh, :shareMiddle, :shareLow, :window, :audience, :sector, :at)""")
            .param("id", scheme.id())
            .param("code", scheme.code())
            .param("name", scheme.name())
            .param("basis", scheme.basis().name())
            .param("window", scheme.windowMonths())
            .param("audience", scheme.audience().orgUnitId())
            .param("sector", scheme.audience().sectorId())
            .param("at", SqlTime.utc(Instant.now()));
    if (scheme.rule() instanceof TierRule.Thresholds t) {
      insert =
          insert
              .param("method", "THRESHOLDS")
              .param("top", t.top())
              .param("high", t.high())
              .param("middle", t.middle())
              .param("shareTop", null, java.sql.Types.DECIMAL)
              .param("shareHigh", null, java.sql.Types.DECIMAL)
              .param("shareMiddle", null, java.sql.Types.DECIMAL)
              .param("shareLow", null, java.sql.Types.DECIMAL);
    } else if (scheme.rule() instanceof TierRule.RankShares s) {
      insert =
          insert
              .param("method", "RANK_SHARES")
              .param("top", null, java.sql.Types.DECIMAL)
              .param("high", null, java.sql.Types.DECIMAL)
              .param("middle", null, java.sql.Types.DECIMAL)
              .param("shareTop", s.top())
              .param("shareHigh", s.high())
              .param("shareMiddle", s.middle())
              .param("shareLow", s.low());
    }
    insert.update();
    audiences.store(Audiences.Owner.PYRAMID, scheme.id(), scheme.audience());
    for (UUID type : scheme.activityTypes()) {
      jdbc.sql(
              "insert into analytics_scheme_activity_type (scheme_id, type_id) values (:scheme,"
                  + " :type)")
          .param("scheme", scheme.id())
          .param("type", type)
          .update();
    }
  }

  /**
   * The ids of the types of contact records {@code codes} name: 1 to {@value #ACTIVITY_TYPES_MAX}
   * known codes, else a violation on "activityTypes".
   */
  private List<UUID> activityTypes(List<String> codes, List<RuleViolation> violations) {
    List<String> wanted =
        codes == null
            ? List.of()
            : codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    if (wanted.isEmpty() || wanted.size() > ACTIVITY_TYPES_MAX) {
      violations.add(
          new RuleViolation(
              "activityTypes", "size", "analytics.pyramid.activityTypes.size", ACTIVITY_TYPES_MAX));
      return List.of();
    }
    List<UUID> ids = new ArrayList<>();
    for (String code : wanted) {
      java.util.Optional<UUID> id =
          code.length() > CODE_MAX * 2
              ? java.util.Optional.empty()
              : jdbc.sql("select id from interaction_type_view where upper(code) = :code")
                  .param("code", code)
                  .query(UUID.class)
                  .optional();
      if (id.isEmpty()) {
        violations.add(
            new RuleViolation(
                "activityTypes",
                "not-found",
                "analytics.pyramid.activityTypes.not-found",
                echo(code)));
      } else {
        ids.add(id.get());
      }
    }
    return ids;
  }

  /** A code the caller typed, shortened for a message. */
  private static String echo(String code) {
    return code.length() > 60 ? code.substring(0, 60) + "…" : code;
  }

  /** The codes of the types of contact records {@code scheme} counts. */
  public List<String> activityTypeCodes(PyramidScheme scheme) {
    if (scheme.activityTypes().isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select code from interaction_type_view where id in (:ids) order by code")
        .param("ids", scheme.activityTypes())
        .query(String.class)
        .list();
  }

  /** The types of contact records offered for an activity scheme: code and names. */
  public record ActivityType(String code, String nameEn, String nameZh) {}

  /** The active types of contact records, by code (at most 200). */
  public List<ActivityType> activityTypeChoices() {
    return jdbc.sql(
            "select code, name_en, name_zh from interaction_type_view where active = true"
                + " order by code limit 200")
        .query((rs, n) -> new ActivityType(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private PyramidScheme row(ResultSet rs, int n) throws SQLException {
    TierRule rule =
        "THRESHOLDS".equals(rs.getString("method"))
            ? new TierRule.Thresholds(
                rs.getBigDecimal("threshold_top"),
                rs.getBigDecimal("threshold_high"),
                rs.getBigDecimal("threshold_middle"))
            : new TierRule.RankShares(
                rs.getBigDecimal("share_top"),
                rs.getBigDecimal("share_high"),
                rs.getBigDecimal("share_middle"),
                rs.getBigDecimal("share_low"));
    return new PyramidScheme(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        Basis.valueOf(rs.getString("basis")),
        rule,
        rs.getInt("window_months"),
        new Audience(
            rs.getObject("audience_org_unit_id", UUID.class),
            rs.getObject("audience_sector_id", UUID.class),
            List.of()),
        List.of());
  }

  private static <E extends Enum<E>> E oneOf(
      Class<E> type, String text, String field, List<RuleViolation> violations) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation(field, "one-of", "analytics.pyramid." + field + ".one-of"));
      return null;
    }
  }
}
