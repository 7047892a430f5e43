package io.pyra.analytics.pyramid;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each scheme's tiers at period ends (the last day of each month), kept as history: the monthly job
 * takes the month that has just ended, a backfill computes past months from the figures, and the
 * pyramid, the migration matrix and a customer's tier path read them. Taking a snapshot again
 * replaces it, in one transaction, and computes again the migrations from the month before and to
 * the month after where those are taken (others that name it are dropped, to be computed when
 * asked).
 */
@Component
public class TierSnapshots {

  /** At most this many period ends are taken by one backfill (ten years of months). */
  public static final int BACKFILL_MAX = 120;

  private static final String TIERS =
      """
      insert into analytics_tier_snapshot (scheme_id, period_end, customer_id, tier, tier_rank,
        revenue, cost, last_sale_day, frequency, r_score, f_score, m_score)
      select :scheme, :day, t.customer_id, t.tier, t.tier_rank, t.revenue, t.cost, t.last_sale,
             t.frequency, t.r_score, t.f_score, t.m_score from\s""";

  private static final String VALUE_COUNTS =
      """
      insert into analytics_tier_count (scheme_id, period_end, tier, owner_id, org_unit_id,
        customers, revenue, cost)
      select :scheme, :day, s.tier, c.owner_id, c.org_unit_id, count(*), sum(s.revenue), sum(s.cost)
        from analytics_tier_snapshot s join customer_card_view c on c.id = s.customer_id
       where s.scheme_id = :scheme and s.period_end = :day
       group by s.tier, c.owner_id, c.org_unit_id""";

  private static final String INACTIVE_COUNTS =
      """
      insert into analytics_tier_count (scheme_id, period_end, tier, owner_id, org_unit_id,
        customers, revenue, cost)
      select :scheme, :day, 'INACTIVE', i.owner_id, i.org_unit_id, count(*), 0, 0 from (\s""";

  private static final String INACTIVE_TAIL = ") i group by i.owner_id, i.org_unit_id";

  private static final String NEVER_BOUGHT_COUNTS =
      """
      insert into analytics_tier_count (scheme_id, period_end, tier, owner_id, org_unit_id,
        customers, revenue, cost)
      select :scheme, :day, n.tier, n.owner_id, n.org_unit_id, count(*), 0, 0 from (\s""";

  private static final String NEVER_BOUGHT_TAIL = ") n group by n.tier, n.owner_id, n.org_unit_id";

  private static final String RFM_COUNTS =
      """
      insert into analytics_rfm_count (scheme_id, period_end, r_score, f_score, m_score, owner_id,
        org_unit_id, customers, revenue)
      select :scheme, :day, s.r_score, s.f_score, s.m_score, c.owner_id, c.org_unit_id, count(*),
             sum(s.revenue)
        from analytics_tier_snapshot s join customer_card_view c on c.id = s.customer_id
       where s.scheme_id = :scheme and s.period_end = :day
       group by s.r_score, s.f_score, s.m_score, c.owner_id, c.org_unit_id""";

  private static final List<String> DELETES =
      List.of(
          "delete from analytics_rfm_count where scheme_id = :scheme and period_end = :day",
          "delete from analytics_pareto_point where scheme_id = :scheme and period_end = :day",
          "delete from analytics_migration_count where scheme_id = :scheme"
              + " and (from_end = :day or to_end = :day)",
          "delete from analytics_migration_pair where scheme_id = :scheme"
              + " and (from_end = :day or to_end = :day)",
          "delete from analytics_tier_count where scheme_id = :scheme and period_end = :day",
          "delete from analytics_tier_snapshot where scheme_id = :scheme and period_end = :day",
          "delete from analytics_tier_period where scheme_id = :scheme and period_end = :day");

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  private final MigrationReport migration;
  private final ParetoCurve curve;

  TierSnapshots(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      MigrationReport migration,
      ParetoCurve curve) {
    this.jdbc = jdbc;
    this.migration = migration;
    this.curve = curve;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Whether {@code day} is a period end: the last day of its month. */
  public static boolean isPeriodEnd(LocalDate day) {
    return day.equals(day.with(TemporalAdjusters.lastDayOfMonth()));
  }

  /** The period end of the month before {@code day}'s. */
  public static LocalDate previousPeriodEnd(LocalDate day) {
    return day.withDayOfMonth(1).minusDays(1);
  }

  /** Whether {@code scheme} has a snapshot at {@code periodEnd}. */
  public boolean taken(PyramidScheme scheme, LocalDate periodEnd) {
    return jdbc.sql(
                "select count(*) from analytics_tier_period where scheme_id = :scheme"
                    + " and period_end = :day")
            .param("scheme", scheme.id())
            .param("day", periodEnd)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The period ends of {@code scheme} that have a snapshot, the latest first. */
  public List<LocalDate> periodEnds(PyramidScheme scheme) {
    return jdbc.sql(
            "select period_end from analytics_tier_period where scheme_id = :scheme"
                + " order by period_end desc")
        .param("scheme", scheme.id())
        .query(LocalDate.class)
        .list();
  }

  /** When the snapshot of {@code periodEnd} was taken, if it was. */
  public Optional<Instant> takenAt(PyramidScheme scheme, LocalDate periodEnd) {
    return jdbc.sql(
            "select taken_at from analytics_tier_period where scheme_id = :scheme"
                + " and period_end = :day")
        .param("scheme", scheme.id())
        .param("day", periodEnd)
        .query((rs, n) -> rs.getTimestamp(1).toInstant())
        .optional();
  }

  /**
   * Takes (or takes again) the snapshot of {@code scheme} at {@code periodEnd} from the figures as
   * they are now, in a transaction of its own; {@code zone} is the company's (which customers were
   * known by the end of the day). The number of active customers.
   */
  public int take(PyramidScheme scheme, LocalDate periodEnd, ZoneId zone) {
    Integer active =
        ownTransaction.execute(
            status -> {
              for (String delete : DELETES) {
                jdbc.sql(delete).param("scheme", scheme.id()).param("day", periodEnd).update();
              }
              int rows =
                  QueryPart.join(
                          "",
                          List.of(
                              QueryPart.of(TIERS)
                                  .with("scheme", scheme.id())
                                  .with("day", periodEnd),
                              TierRanking.rankedWithRfm(scheme, periodEnd, zone),
                              QueryPart.of(" t")))
                      .query(jdbc)
                      .update();
              jdbc.sql(VALUE_COUNTS).param("scheme", scheme.id()).param("day", periodEnd).update();
              jdbc.sql(RFM_COUNTS).param("scheme", scheme.id()).param("day", periodEnd).update();
              curve.keep(scheme, periodEnd);
              QueryPart.join(
                      "",
                      List.of(
                          QueryPart.of(INACTIVE_COUNTS)
                              .with("scheme", scheme.id())
                              .with("day", periodEnd),
                          BelowThePyramid.inactive(scheme, periodEnd, zone),
                          QueryPart.of(INACTIVE_TAIL)))
                  .query(jdbc)
                  .update();
              QueryPart.join(
                      "",
                      List.of(
                          QueryPart.of(NEVER_BOUGHT_COUNTS)
                              .with("scheme", scheme.id())
                              .with("day", periodEnd),
                          BelowThePyramid.neverBought(scheme, periodEnd, zone),
                          QueryPart.of(NEVER_BOUGHT_TAIL)))
                  .query(jdbc)
                  .update();
              jdbc.sql(
                      "insert into analytics_tier_period (scheme_id, period_end, active_customers,"
                          + " taken_at) values (:scheme, :day, :active, :at)")
                  .param("scheme", scheme.id())
                  .param("day", periodEnd)
                  .param("active", rows)
                  .param("at", SqlTime.utc(Instant.now()))
                  .update();
              return rows;
            });
    LocalDate before = previousPeriodEnd(periodEnd);
    if (taken(scheme, before)) {
      migration.compute(scheme, before, periodEnd);
    }
    LocalDate after = periodEnd.plusDays(1).with(TemporalAdjusters.lastDayOfMonth());
    if (taken(scheme, after)) {
      migration.compute(scheme, periodEnd, after);
    }
    return active == null ? 0 : active;
  }

  /** Takes the snapshot of each of {@code periodEnds} not taken yet. */
  public void ensure(PyramidScheme scheme, List<LocalDate> periodEnds, ZoneId zone) {
    for (LocalDate day : periodEnds) {
      if (!taken(scheme, day)) {
        take(scheme, day, zone);
      }
    }
  }

  /**
   * Takes the snapshot of every period end from {@code from}'s month to {@code to}'s (both period
   * ends), the earliest first; the period ends taken.
   */
  public List<LocalDate> backfill(PyramidScheme scheme, LocalDate from, LocalDate to, ZoneId zone) {
    List<LocalDate> taken = new ArrayList<>();
    for (LocalDate day = from.with(TemporalAdjusters.lastDayOfMonth());
        !day.isAfter(to) && taken.size() < BACKFILL_MAX;
        day = day.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
      take(scheme, day, zone);
      taken.add(day);
    }
    return taken;
  }

  /** The end of {@code day} in {@code zone}: customers created before it were known that day. */
  static Instant known(LocalDate day, ZoneId zone) {
    return day.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant();
  }
}
