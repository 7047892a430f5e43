package io.pyra.analytics.grading;

import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored grades of a scheme over the customers a reach covers, in rank order, each with the
 * manager's override while it holds (not expired by {@code today}) and the effective grade: the
 * override's, else the automatic one.
 */
@Component
public class GradingReport {

  private static final String FROM =
      " from analytics_customer_grade g join customer_card_view c on c.id = g.customer_id"
          + " left join analytics_grade_override o on o.customer_id = g.customer_id"
          + " and (o.expires_on is null or o.expires_on >= :today)"
          + " where g.scheme_id = :scheme and c.deleted_at is null and c.merged_into_id is null and ";

  private static final String ROWS =
      "select g.customer_id, c.code, c.name, g.position, g.as_of, g.late_days, g.late_share,"
          + " g.amount, g.profit, g.growth, g.credit_score, g.amount_score, g.profit_score,"
          + " g.growth_score, g.score, g.grade, o.grade as override_grade, o.reason, o.expires_on,"
          + " o.set_by, o.set_at"
          + FROM
          + "g.position > :after and ";

  private static final String ROWS_TAIL = " order by g.position limit :limit";

  private static final String COUNTS =
      "select g.grade, coalesce(o.grade, g.grade), count(*)" + FROM;

  private static final String COUNTS_TAIL = " group by g.grade, coalesce(o.grade, g.grade)";

  /** The automatic counts the scheme's last computation kept. */
  private static final String KEPT_COUNTS =
      "select grade_a, grade_b, grade_c from analytics_grading_run where scheme_id = :scheme";

  /**
   * The overrides in force over every graded customer: how many moved from each automatic grade to
   * each other grade (there are few overrides, each found by the grades' key).
   */
  private static final String OVERRIDDEN_OF_EVERYONE =
      "select g.grade, o.grade, count(*) from analytics_grade_override o"
          + " join analytics_customer_grade g on g.scheme_id = :scheme"
          + " and g.customer_id = o.customer_id"
          + " where (o.expires_on is null or o.expires_on >= :today) and o.grade <> g.grade"
          + " group by g.grade, o.grade";

  private static final QueryPart EFFECTIVE = QueryPart.of("coalesce(o.grade, g.grade) = :grade");

  /** One graded customer as the report shows them. */
  public record Row(
      UUID customerId,
      String code,
      String name,
      int position,
      LocalDate asOf,
      BigDecimal lateDays,
      BigDecimal lateShare,
      BigDecimal amount,
      BigDecimal profit,
      Integer growth,
      BigDecimal creditScore,
      BigDecimal amountScore,
      BigDecimal profitScore,
      BigDecimal growthScore,
      BigDecimal score,
      Grade grade,
      GradeOverrides.Override override) {

    /** The manager's grade while it holds, else the automatic one. */
    public Grade effective() {
      return override == null ? grade : override.grade();
    }
  }

  /** Customers per grade: automatically and in effect. */
  public record Counts(Map<Grade, Long> automatic, Map<Grade, Long> effective) {}

  private final JdbcClient jdbc;

  GradingReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The rows after position {@code after}, at most {@code limit}, of the customers {@code reach}
   * covers (a condition on {@code c.owner_id} and {@code c.org_unit_id}); only those whose
   * effective grade is {@code grade}, when given.
   */
  public List<Row> rows(
      GradingScheme scheme,
      QueryPart reach,
      LocalDate today,
      Optional<Grade> grade,
      int after,
      int limit) {
    return QueryPart.join(
            "",
            List.of(
                QueryPart.of(ROWS)
                    .with("today", today)
                    .with("scheme", scheme.id())
                    .with("after", after),
                reach.wrap("(", ")"),
                grade.map(g -> EFFECTIVE.with("grade", g.name()).wrap(" and ", "")).orElse(none()),
                QueryPart.of(ROWS_TAIL).with("limit", limit)))
        .query(jdbc)
        .query(GradingReport::row)
        .list();
  }

  /** The customer's stored grade in the scheme, with their override while it holds. */
  public Optional<Row> of(GradingScheme scheme, UUID customerId, LocalDate today) {
    return rows(
            scheme,
            QueryPart.of("g.customer_id = :customer", "customer", customerId),
            today,
            Optional.empty(),
            0,
            1)
        .stream()
        .findFirst();
  }

  /** How many customers {@code reach} covers have each grade. */
  public Counts counts(GradingScheme scheme, QueryPart reach, LocalDate today) {
    return counts(
        QueryPart.join(
            "",
            List.of(
                QueryPart.of(COUNTS).with("today", today).with("scheme", scheme.id()),
                reach.wrap("(", ")"),
                QueryPart.of(COUNTS_TAIL))));
  }

  /**
   * How many of all the graded customers have each grade (for a caller who reaches all): the counts
   * the last computation kept (its customers were neither merged nor deleted when graded), moved by
   * the overrides in force.
   */
  public Counts countsOfEveryone(GradingScheme scheme, LocalDate today) {
    Map<Grade, Long> automatic = zero();
    jdbc.sql(KEPT_COUNTS)
        .param("scheme", scheme.id())
        .query(
            (RowCallbackHandler)
                rs -> {
                  automatic.put(Grade.A, rs.getLong(1));
                  automatic.put(Grade.B, rs.getLong(2));
                  automatic.put(Grade.C, rs.getLong(3));
                });
    Map<Grade, Long> effective = new EnumMap<>(automatic);
    jdbc.sql(OVERRIDDEN_OF_EVERYONE)
        .param("scheme", scheme.id())
        .param("today", today)
        .query(
            (RowCallbackHandler)
                rs -> {
                  long moved = rs.getLong(3);
                  effective.merge(Grade.valueOf(rs.getString(1)), -moved, Long::sum);
                  effective.merge(Grade.valueOf(rs.getString(2)), moved, Long::sum);
                });
    return new Counts(automatic, effective);
  }

  private Counts counts(QueryPart statement) {
    Map<Grade, Long> automatic = zero();
    Map<Grade, Long> effective = zero();
    statement
        .query(jdbc)
        .query(
            rs -> {
              automatic.merge(Grade.valueOf(rs.getString(1)), rs.getLong(3), Long::sum);
              effective.merge(Grade.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
            });
    return new Counts(automatic, effective);
  }

  /** The day and moment of the scheme's last computation, if it was ever computed. */
  public Optional<LocalDate> computedAsOf(GradingScheme scheme) {
    return jdbc.sql("select max(as_of) from analytics_grading_run where scheme_id = :scheme")
        .param("scheme", scheme.id())
        .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
        .single();
  }

  private static QueryPart none() {
    return QueryPart.of("");
  }

  private static Map<Grade, Long> zero() {
    Map<Grade, Long> counts = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      counts.put(g, 0L);
    }
    return counts;
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    String overridden = rs.getString("override_grade");
    GradeOverrides.Override override =
        overridden == null
            ? null
            : new GradeOverrides.Override(
                rs.getObject("customer_id", UUID.class),
                Grade.valueOf(overridden),
                rs.getString("reason"),
                rs.getObject("expires_on", LocalDate.class),
                rs.getObject("set_by", UUID.class),
                rs.getObject("set_at", OffsetDateTime.class).toInstant());
    int stored = rs.getInt("growth");
    Integer growth = rs.wasNull() ? null : stored;
    return new Row(
        rs.getObject("customer_id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        rs.getInt("position"),
        rs.getObject("as_of", LocalDate.class),
        rs.getBigDecimal("late_days"),
        rs.getBigDecimal("late_share"),
        rs.getBigDecimal("amount"),
        rs.getBigDecimal("profit"),
        growth,
        rs.getBigDecimal("credit_score"),
        rs.getBigDecimal("amount_score"),
        rs.getBigDecimal("profit_score"),
        rs.getBigDecimal("growth_score"),
        rs.getBigDecimal("score"),
        Grade.valueOf(rs.getString("grade")),
        override);
  }
}
