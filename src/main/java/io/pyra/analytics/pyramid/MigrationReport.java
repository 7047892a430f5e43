package io.pyra.analytics.pyramid;

import io.pyra.identity.Scope;
import io.pyra.identity.Visibility;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How customers moved between tiers from one snapshotted period end to a later one: a row per tier
 * at the first (TOP to LOW, or NEW for a customer with no value tier then) and a column per tier at
 * the second (TOP to LOW, or INACTIVE for one no longer active: lost). The counts are kept once
 * computed, per owner and org unit, so a matrix of any reach is a sum over a few rows; a cell's
 * customers are listed over the customers the caller may read now.
 */
@Component
public class MigrationReport {

  /** The row of customers who had no value tier at the first period end. */
  public static final String NEW = "NEW";

  private static final String BOTH =
      """
      select coalesce(a.tier, 'NEW') as from_tier, coalesce(b.tier, 'INACTIVE') as to_tier,
             x.customer_id, coalesce(b.revenue, 0) as revenue, coalesce(a.revenue, 0) as before
        from (select customer_id from analytics_tier_snapshot
               where scheme_id = :scheme and period_end = :p1
              union
              select customer_id from analytics_tier_snapshot
               where scheme_id = :scheme and period_end = :p2) x
        left join analytics_tier_snapshot a on a.scheme_id = :scheme and a.period_end = :p1
             and a.customer_id = x.customer_id
        left join analytics_tier_snapshot b on b.scheme_id = :scheme and b.period_end = :p2
             and b.customer_id = x.customer_id""";

  private static final String REACHED = " join customer_card_view c on c.id = x.customer_id where ";

  private static final String CUSTOMERS =
      """
      select c.id, c.code, c.name, m.revenue, m.before from (""";

  private static final String CUSTOMERS_TAIL =
      """
      ) m join customer_card_view c on c.id = m.customer_id
       where m.from_tier = :fromTier and m.to_tier = :toTier and c.code > :after
       order by c.code limit :limit""";

  private static final String COMPUTE =
      """
      insert into analytics_migration_count (scheme_id, from_end, to_end, from_tier, to_tier, owner_id,
        org_unit_id, customers, revenue, previous_revenue)
      select :scheme, :p1, :p2, m.from_tier, m.to_tier, c.owner_id, c.org_unit_id, count(*),
             sum(m.revenue), sum(m.before)
        from (""";

  private static final String COMPUTE_TAIL =
      """
      ) m join customer_card_view c on c.id = m.customer_id
       group by m.from_tier, m.to_tier, c.owner_id, c.org_unit_id""";

  private static final String COMPUTED =
      "select count(*) from analytics_migration_pair where scheme_id = :scheme"
          + " and from_end = :p1 and to_end = :p2";

  private static final String KEPT_CELLS =
      """
      select k.from_tier, k.to_tier, sum(k.customers), sum(k.revenue), sum(k.previous_revenue)
        from analytics_migration_count k
       where k.scheme_id = :scheme and k.from_end = :p1 and k.to_end = :p2 and\s""";

  private static final String KEPT_CELLS_TAIL = " group by k.from_tier, k.to_tier";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  MigrationReport(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Computes (or again) and keeps the matrix of {@code scheme} from {@code from} to {@code to},
   * both snapshotted, in a transaction of its own.
   */
  public void compute(PyramidScheme scheme, LocalDate from, LocalDate to) {
    ownTransaction.executeWithoutResult(
        status -> {
          for (String delete : DELETES) {
            jdbc.sql(delete)
                .param("scheme", scheme.id())
                .param("p1", from)
                .param("p2", to)
                .update();
          }
          QueryPart.join(
                  "",
                  List.of(
                      QueryPart.of(COMPUTE)
                          .with("scheme", scheme.id())
                          .with("p1", from)
                          .with("p2", to),
                      QueryPart.of(BOTH)
                          .with("scheme", scheme.id())
                          .with("p1", from)
                          .with("p2", to),
                      QueryPart.of(COMPUTE_TAIL)))
              .query(jdbc)
              .update();
          jdbc.sql(
                  "insert into analytics_migration_pair (scheme_id, from_end, to_end, computed_at)"
                      + " values (:scheme, :p1, :p2, :at)")
              .param("scheme", scheme.id())
              .param("p1", from)
              .param("p2", to)
              .param("at", SqlTime.utc(Instant.now()))
              .update();
        });
  }

  private static final List<String> DELETES =
      List.of(
          "delete from analytics_migration_count where scheme_id = :scheme and from_end = :p1"
              + " and to_end = :p2",
          "delete from analytics_migration_pair where scheme_id = :scheme and from_end = :p1"
              + " and to_end = :p2");

  private boolean computed(PyramidScheme scheme, LocalDate from, LocalDate to) {
    return jdbc.sql(COMPUTED)
            .param("scheme", scheme.id())
            .param("p1", from)
            .param("p2", to)
            .query(Long.class)
            .single()
        > 0;
  }

  /** One cell: the customers who went from one tier to another, and their revenue then and now. */
  public record Cell(
      String fromTier,
      String toTier,
      int customers,
      BigDecimal revenue,
      BigDecimal previousRevenue) {}

  /** A customer of a cell. */
  public record Mover(
      UUID customerId, String code, String name, BigDecimal revenue, BigDecimal previousRevenue) {}

  /**
   * The cells of the migration of {@code scheme} from {@code from} to {@code to} (both snapshotted
   * period ends), of the customers {@code reach} covers; only cells with customers.
   */
  public List<Cell> cells(PyramidScheme scheme, LocalDate from, LocalDate to, Visibility reach) {
    if (!computed(scheme, from, to)) {
      try {
        compute(scheme, from, to);
      } catch (DataIntegrityViolationException e) {
        // computed meanwhile by another request
      }
    }
    return QueryPart.join(
            "",
            List.of(
                QueryPart.of(KEPT_CELLS)
                    .with("scheme", scheme.id())
                    .with("p1", from)
                    .with("p2", to),
                reach.condition("k.owner_id", "k.org_unit_id").wrap("(", ")"),
                QueryPart.of(KEPT_CELLS_TAIL)))
        .query(jdbc)
        .query(
            (rs, n) ->
                new Cell(
                    rs.getString(1),
                    rs.getString(2),
                    Math.toIntExact(rs.getLong(3)),
                    rs.getBigDecimal(4),
                    rs.getBigDecimal(5)))
        .list();
  }

  /**
   * At most {@code limit} customers of one cell whose code comes after {@code afterCode}, by code,
   * of those every one of {@code reaches} covers now (value.read and customer.read).
   */
  public List<Mover> movers(
      PyramidScheme scheme,
      LocalDate from,
      LocalDate to,
      List<Visibility> reaches,
      String fromTier,
      String toTier,
      String afterCode,
      int limit) {
    return QueryPart.join(
            "",
            List.of(
                QueryPart.of(CUSTOMERS),
                moves(scheme, from, to, reaches),
                QueryPart.of(CUSTOMERS_TAIL)
                    .with("fromTier", fromTier)
                    .with("toTier", toTier)
                    .with("after", afterCode)
                    .with("limit", limit)))
        .query(jdbc)
        .query(
            (rs, n) ->
                new Mover(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBigDecimal(4),
                    rs.getBigDecimal(5)))
        .list();
  }

  /** The moves, restricted to the customers {@code reach} covers now (no join when it is all). */
  private static QueryPart moves(
      PyramidScheme scheme, LocalDate from, LocalDate to, List<Visibility> reaches) {
    QueryPart both = QueryPart.of(BOTH).with("scheme", scheme.id()).with("p1", from).with("p2", to);
    if (reaches.stream().allMatch(reach -> reach.scope() == Scope.ALL)) {
      return both;
    }
    return QueryPart.join(
        "",
        List.of(
            both,
            QueryPart.of(REACHED),
            PyramidReport.all(reaches, "c.owner_id", "c.org_unit_id")));
  }
}
