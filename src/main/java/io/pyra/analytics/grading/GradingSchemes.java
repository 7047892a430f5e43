package io.pyra.analytics.grading;

import io.pyra.analytics.audience.Audience;
import io.pyra.analytics.audience.Audiences;
import io.pyra.analytics.grading.GradingRule.Cut;
import io.pyra.analytics.grading.GradingRule.RankShares;
import io.pyra.analytics.grading.GradingRule.ScoreLimits;
import io.pyra.analytics.grading.GradingRule.Weights;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The grading schemes: the shipped {@code ABC} and those managers define; weights are editable. */
@Component
public class GradingSchemes {

  public static final String SHIPPED = "ABC";
  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 200;
  public static final int WINDOW_MAX = 120;

  /** At most this many schemes are kept. */
  public static final int MAX = 200;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1," + CODE_MAX + "}");

  private static final String COLUMNS =
      """
      select id, code, name, weight_credit, weight_amount, weight_profit, weight_growth, method,
             share_a, share_b, share_c, limit_a, limit_b, window_months, audience_org_unit_id, audience_sector_id,
             version
        from analytics_grading_scheme""";

  /**
   * A scheme as typed (text and numbers as given); {@code audience} null: every customer when
   * defined, the audience kept when changed.
   */
  public record SchemeInput(
      String code,
      String name,
      BigDecimal weightCredit,
      BigDecimal weightAmount,
      BigDecimal weightProfit,
      BigDecimal weightGrowth,
      String method,
      BigDecimal shareA,
      BigDecimal shareB,
      BigDecimal shareC,
      BigDecimal limitA,
      BigDecimal limitB,
      Integer windowMonths,
      Audiences.Input audience) {}

  private final JdbcClient jdbc;
  private final Audiences audiences;

  GradingSchemes(JdbcClient jdbc, Audiences audiences) {
    this.jdbc = jdbc;
    this.audiences = audiences;
  }

  /** Every scheme, by code. */
  public List<GradingScheme> list() {
    return withFields(jdbc.sql(COLUMNS + " order by code").query(this::row).list());
  }

  /** The schemes with the conditions on custom fields of their audiences, read in one statement. */
  private List<GradingScheme> withFields(List<GradingScheme> schemes) {
    if (schemes.isEmpty()) {
      return schemes;
    }
    Map<UUID, List<Audience.FieldCondition>> fields = audiences.fields(Audiences.Owner.GRADING);
    return schemes.stream()
        .map(
            s ->
                new GradingScheme(
                    s.id(),
                    s.code(),
                    s.name(),
                    s.weights(),
                    s.cut(),
                    s.windowMonths(),
                    s.audience().withFields(fields.getOrDefault(s.id(), List.of())),
                    s.version()))
        .toList();
  }

  /** The scheme of {@code code}, if there is one. */
  public Optional<GradingScheme> byCode(String code) {
    if (code == null || code.isBlank() || code.length() > CODE_MAX) {
      return Optional.empty();
    }
    return withFields(
            jdbc.sql(COLUMNS + " where code = :code")
                .param("code", code.strip().toUpperCase(Locale.ROOT))
                .query(this::row)
                .list())
        .stream()
        .findFirst();
  }

  /** Checks and stores a new scheme; every fault is a 422 naming its field, nothing stored. */
  @Transactional
  public GradingScheme create(SchemeInput typed) {
    List<RuleViolation> violations = new ArrayList<>();
    String code = typed.code() == null ? "" : typed.code().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      violations.add(new RuleViolation("code", "required", "grading.code.required"));
    } else if (!CODE.matcher(code).matches()) {
      violations.add(new RuleViolation("code", "pattern", "grading.code.pattern"));
    }
    Audience audience = audiences.check(typed.audience(), violations);
    Checked checked = check(typed, violations);
    if (violations.isEmpty() && byCode(code).isPresent()) {
      violations.add(new RuleViolation("code", "taken", "grading.code.taken", code));
    }
    if (violations.isEmpty()
        && jdbc.sql("select count(*) from analytics_grading_scheme").query(Long.class).single()
            >= MAX) {
      violations.add(new RuleViolation("code", "size", "grading.scheme.size", MAX));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    GradingScheme scheme =
        new GradingScheme(
            Ids.newId(),
            code,
            checked.name(),
            checked.weights(),
            checked.cut(),
            checked.window(),
            audience,
            0);
    Instant now = Instant.now();
    try {
      values(
              jdbc.sql(
                  """
                  insert into analytics_grading_scheme (id, code, name, weight_credit, weight_amount,
                    weight_profit, weight_growth, method, share_a, share_b, share_c, limit_a, limit_b,
                    window_months, audience_org_unit_id, audience_sector_id, version, created_at,
                    updated_at)
                  values (:id, :code, :name, :credit, :amount, :profit, :growth, :method, :shareA,
                    :shareB, :shareC, :limitA, :limitB, :window, :audience, :sector, 0, :at, :at)"""),
              scheme)
          .param("code", code)
          .param("at", SqlTime.utc(now))
          .update();
      audiences.store(Audiences.Owner.GRADING, scheme.id(), audience);
    } catch (DuplicateKeyException e) {
      throw new BusinessRuleException("code", "taken", "grading.code.taken", code);
    }
    return scheme;
  }

  /**
   * Replaces the name, weights, cut, window and, when given, the audience of the scheme of {@code
   * code} (its code stays); a fault is a 422 naming its field, nothing changed. {@code version}
   * when given must be the stored one.
   */
  @Transactional
  public GradingScheme update(GradingScheme scheme, SchemeInput typed) {
    List<RuleViolation> violations = new ArrayList<>();
    Checked checked = check(typed, violations);
    Audience audience =
        typed.audience() == null
            ? scheme.audience()
            : audiences.check(typed.audience(), violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    GradingScheme changed =
        new GradingScheme(
            scheme.id(),
            scheme.code(),
            checked.name(),
            checked.weights(),
            checked.cut(),
            checked.window(),
            audience,
            scheme.version() + 1);
    values(
            jdbc.sql(
                """
                update analytics_grading_scheme set name = :name, weight_credit = :credit,
                  weight_amount = :amount, weight_profit = :profit, weight_growth = :growth,
                  method = :method, share_a = :shareA, share_b = :shareB, share_c = :shareC,
                  limit_a = :limitA, limit_b = :limitB, window_months = :window,
                  audience_org_unit_id = :audience, audience_sector_id = :sector,
                  version = version + 1, updated_at = :at
                 where id = :id"""),
            changed)
        .param("at", SqlTime.utc(Instant.now()))
        .update();
    audiences.store(Audiences.Owner.GRADING, changed.id(), audience);
    return changed;
  }

  private record Checked(String name, Weights weights, Cut cut, int window) {}

  private static Checked check(SchemeInput typed, List<RuleViolation> violations) {
    String name = typed.name() == null ? "" : typed.name().strip();
    if (name.isEmpty()) {
      violations.add(new RuleViolation("name", "required", "grading.name.required"));
    } else if (name.length() > NAME_MAX) {
      violations.add(new RuleViolation("name", "max-length", "grading.name.max-length", NAME_MAX));
    }
    Weights weights =
        attempt(
            () ->
                new Weights(
                    typed.weightCredit(),
                    typed.weightAmount(),
                    typed.weightProfit(),
                    typed.weightGrowth() == null ? BigDecimal.ZERO : typed.weightGrowth()),
            violations);
    String method = typed.method() == null ? "" : typed.method().strip().toUpperCase(Locale.ROOT);
    Cut cut =
        switch (method) {
          case "RANK_SHARES" ->
              attempt(
                  () -> new RankShares(typed.shareA(), typed.shareB(), typed.shareC()), violations);
          case "SCORE_LIMITS" ->
              attempt(() -> new ScoreLimits(typed.limitA(), typed.limitB()), violations);
          default -> {
            violations.add(new RuleViolation("method", "one-of", "grading.method.one-of"));
            yield null;
          }
        };
    int window = typed.windowMonths() == null ? 12 : typed.windowMonths();
    if (window < 1 || window > WINDOW_MAX) {
      violations.add(new RuleViolation("windowMonths", "range", "grading.windowMonths.range"));
    }
    return new Checked(name, weights, cut, window);
  }

  private static <T> T attempt(Supplier<T> build, List<RuleViolation> violations) {
    try {
      return build.get();
    } catch (BusinessRuleException e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  private static JdbcClient.StatementSpec values(
      JdbcClient.StatementSpec statement, GradingScheme scheme) {
    JdbcClient.StatementSpec s =
        statement
            .param("id", scheme.id())
            .param("name", scheme.name())
            .param("credit", scheme.weights().credit())
            .param("amount", scheme.weights().amount())
            .param("profit", scheme.weights().profit())
            .param("growth", scheme.weights().growth())
            .param("window", scheme.windowMonths())
            .param("audience", scheme.audience().orgUnitId())
            .param("sector", scheme.audience().sectorId());
    if (scheme.cut() instanceof RankShares r) {
      return s.param("method", "RANK_SHARES")
          .param("shareA", r.a())
          .param("shareB", r.b())
          .param("shareC", r.c())
          .param("limitA", null, Types.DECIMAL)
          .param("limitB", null, Types.DECIMAL);
    }
    ScoreLimits l = (ScoreLimits) scheme.cut();
    return s.param("method", "SCORE_LIMITS")
        .param("shareA", null, Types.DECIMAL)
        .param("shareB", null, Types.DECIMAL)
        .param("shareC", null, Types.DECIMAL)
        .param("limitA", l.a())
        .param("limitB", l.b());
  }

  private GradingScheme row(ResultSet rs, int n) throws SQLException {
    Cut cut =
        "SCORE_LIMITS".equals(rs.getString("method"))
            ? new ScoreLimits(rs.getBigDecimal("limit_a"), rs.getBigDecimal("limit_b"))
            : new RankShares(
                rs.getBigDecimal("share_a"),
                rs.getBigDecimal("share_b"),
                rs.getBigDecimal("share_c"));
    return new GradingScheme(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        new Weights(
            rs.getBigDecimal("weight_credit"),
            rs.getBigDecimal("weight_amount"),
            rs.getBigDecimal("weight_profit"),
            rs.getBigDecimal("weight_growth")),
        cut,
        rs.getInt("window_months"),
        new Audience(
            rs.getObject("audience_org_unit_id", UUID.class),
            rs.getObject("audience_sector_id", UUID.class),
            List.of()),
        rs.getLong("version"));
  }
}
