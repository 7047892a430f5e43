package io.pyra.analytics.grading;

import io.pyra.analytics.CustomerGradesChanged;
import io.pyra.analytics.grading.GradingRule.Figures;
import io.pyra.analytics.grading.GradingRule.Graded;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and stores the grades of a scheme as of a day ({@code analytics_customer_grade}): the
 * customers of the scheme's audience with a sale in the window, their net revenue and profit from
 * analytics' figures per customer and day, their punctuality from what sales publishes of its
 * payments ({@code sales_customer_payment_view}), their growth prospect; graded by {@link
 * GradingRule}. Three reads, one delete and inserts in batches; the report then reads the stored
 * rows, never the order lines.
 */
@Component
public class CustomerGrades {

  private static final String ACTIVE =
      "select d.customer_id, c.code, sum(d.net_revenue), sum(d.cost) from analytics_customer_day d"
          + " join customer_card_view c on c.id = d.customer_id where c.deleted_at is null"
          + " and c.merged_into_id is null and d.sale_day >= :from and d.sale_day <= :to and ";

  private static final String ACTIVE_TAIL =
      " group by d.customer_id, c.code having sum(d.sales) > 0";

  private static final String PAYMENTS =
      "select v.customer_id, v.due_on, v.paid_on, sum(v.amount) from sales_customer_payment_view v"
          + " join customer_card_view c on c.id = v.customer_id where c.deleted_at is null"
          + " and c.merged_into_id is null and v.due_on >= :from and v.due_on <= :to and ";

  private static final String PAYMENTS_TAIL = " group by v.customer_id, v.due_on, v.paid_on";

  private static final String INSERT =
      "insert into analytics_customer_grade (scheme_id, customer_id, as_of, position, late_days,"
          + " late_share, amount, profit, growth, credit_score, amount_score, profit_score,"
          + " growth_score, score, grade, computed_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String RUN =
      "insert into analytics_grading_run (scheme_id, as_of, grade_a, grade_b, grade_c, computed_at)"
          + " values (:scheme, :asOf, :a, :b, :c, :at)";

  private static final int BATCH = 1_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;

  CustomerGrades(
      JdbcClient jdbc,
      JdbcTemplate template,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.template = template;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** What a computation did: the scheme, the as-of day and how many customers it graded. */
  public record Computed(GradingScheme scheme, LocalDate asOf, int customers, Instant at) {}

  /** Grades the scheme's audience as of {@code asOf} and replaces the scheme's stored grades. */
  public Computed compute(GradingScheme scheme, LocalDate asOf) {
    LocalDate from = scheme.windowStart(asOf);
    QueryPart audience = scheme.audience().condition().wrap("(", ")");

    Map<UUID, String> codes = new LinkedHashMap<>();
    Map<UUID, BigDecimal[]> money = new HashMap<>();
    QueryPart.join(
            "",
            List.of(
                QueryPart.of(ACTIVE).with("from", from).with("to", asOf),
                audience,
                QueryPart.of(ACTIVE_TAIL)))
        .query(jdbc)
        .query(
            rs -> {
              UUID id = rs.getObject(1, UUID.class);
              codes.put(id, rs.getString(2));
              money.put(id, new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4)});
            });

    Map<UUID, CreditRecord> credit = new HashMap<>();
    QueryPart.join(
            "",
            List.of(
                QueryPart.of(PAYMENTS).with("from", from).with("to", asOf),
                audience,
                QueryPart.of(PAYMENTS_TAIL)))
        .query(jdbc)
        .query(
            rs -> {
              UUID id = rs.getObject(1, UUID.class);
              if (codes.containsKey(id)) {
                credit
                    .computeIfAbsent(id, k -> new CreditRecord(asOf))
                    .add(
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4));
              }
            });

    Map<UUID, Integer> growth = new HashMap<>();
    jdbc.sql("select customer_id, prospect from analytics_growth_prospect")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> growth.put(rs.getObject(1, UUID.class), rs.getInt(2)));

    List<Figures> figures = new ArrayList<>(codes.size());
    codes.forEach(
        (id, code) -> {
          BigDecimal[] m = money.get(id);
          CreditRecord record = credit.getOrDefault(id, new CreditRecord(asOf));
          figures.add(
              new Figures(
                  id,
                  code,
                  m[0],
                  m[0].subtract(m[1]),
                  record.lateDays(),
                  record.lateShare(),
                  growth.get(id)));
        });
    List<Graded> graded = GradingRule.grade(figures, scheme.weights(), scheme.cut());
    Instant now = Instant.now();
    store(scheme, asOf, graded, now);
    return new Computed(scheme, asOf, graded.size(), now);
  }

  private void store(GradingScheme scheme, LocalDate asOf, List<Graded> graded, Instant now) {
    java.time.OffsetDateTime at = SqlTime.utc(now);
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("delete from analytics_customer_grade where scheme_id = :scheme")
              .param("scheme", scheme.id())
              .update();
          events.publishEvent(CustomerGradesChanged.everyCustomer());
          jdbc.sql("delete from analytics_grading_run where scheme_id = :scheme")
              .param("scheme", scheme.id())
              .update();
          Map<Grade, Integer> counts = new java.util.EnumMap<>(Grade.class);
          graded.forEach(g -> counts.merge(g.grade(), 1, Integer::sum));
          jdbc.sql(RUN)
              .param("scheme", scheme.id())
              .param("asOf", asOf)
              .param("a", counts.getOrDefault(Grade.A, 0))
              .param("b", counts.getOrDefault(Grade.B, 0))
              .param("c", counts.getOrDefault(Grade.C, 0))
              .param("at", at)
              .update();
          for (int i = 0; i < graded.size(); i += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (Graded g : graded.subList(i, Math.min(graded.size(), i + BATCH))) {
              Figures f = g.figures();
              rows.add(
                  new Object[] {
                    scheme.id(),
                    f.customerId(),
                    asOf,
                    g.position(),
                    f.lateDays(),
                    f.lateShare(),
                    f.amount(),
                    f.profit(),
                    f.growth(),
                    g.creditScore(),
                    g.amountScore(),
                    g.profitScore(),
                    g.growthScore(),
                    g.score(),
                    g.grade().name(),
                    at
                  });
            }
            template.batchUpdate(INSERT, rows);
          }
        });
  }
}
