package io.pyra.analytics.pyramid;

import io.pyra.analytics.pyramid.Pyramid.TierFigures;
import io.pyra.identity.Scope;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A pyramid as of a day, from analytics' own figures (never the order lines). Tiers are the
 * company's: customers are ranked among the scheme's whole audience, and a caller sees the tiers of
 * the customers their reach covers (owner and org unit).
 *
 * <ul>
 *   <li>At a snapshotted period end, the pyramid is read from the snapshot: counts per tier, owner
 *       and org unit as they were then, and the tier's customers in rank order.
 *   <li>On any other day it is computed from the figures in a few statements ({@link TierRanking},
 *       {@link BelowThePyramid}).
 * </ul>
 */
@Component
public class PyramidReport {

  private static final String SNAPSHOT_COUNTS =
      """
      select k.tier, sum(k.customers), sum(k.revenue), sum(k.cost) from analytics_tier_count k
       where k.scheme_id = :scheme and k.period_end = :day and\s""";

  private static final String SNAPSHOT_COUNTS_TAIL = " group by k.tier";

  private static final String LIVE_VALUE_COUNTS =
      "select t.tier, count(*), sum(t.revenue), sum(t.cost) from ";

  private static final String LIVE_VALUE_TAIL =
      " t join customer_card_view c on c.id = t.customer_id where ";

  private static final String LIVE_BELOW_COUNTS = "select n.tier, count(*), 0, 0 from (";

  private static final String LIVE_BELOW_TAIL = ") n where ";

  private static final String LIVE_INACTIVE_COUNTS = "select 'INACTIVE', count(*), 0, 0 from (";

  private static final String LIVE_INACTIVE_TAIL = ") n where ";

  private static final String SNAPSHOT_MEMBERS =
      """
      select s.tier_rank, s.customer_id, c.code, c.name, s.tier, s.revenue, s.cost
        from analytics_tier_snapshot s join customer_card_view c on c.id = s.customer_id
       where s.scheme_id = :scheme and s.period_end = :day and s.tier = :tier
         and s.tier_rank > :after and\s""";

  private static final String SNAPSHOT_MEMBERS_TAIL = " order by s.tier_rank limit :limit";

  private static final String LIVE_MEMBERS =
      "select t.tier_rank, t.customer_id, c.code, c.name, t.tier, t.revenue, t.cost from ";

  private static final String LIVE_MEMBERS_TAIL =
      " t join customer_card_view c on c.id = t.customer_id where t.tier = :tier"
          + " and t.tier_rank > :after and ";

  private static final String LIVE_MEMBERS_ORDER = " order by t.tier_rank limit :limit";

  private final JdbcClient jdbc;
  private final TierSnapshots snapshots;
  private final ParetoCurve curve;

  private final ZoneId companyZone;

  PyramidReport(
      JdbcClient jdbc,
      TierSnapshots snapshots,
      ParetoCurve curve,
      @org.springframework.beans.factory.annotation.Value("${pyra.time-zone:UTC}") String zone) {
    this.jdbc = jdbc;
    this.snapshots = snapshots;
    this.curve = curve;
    this.companyZone = ZoneId.of(zone);
  }

  /**
   * The pyramid of {@code scheme} as of {@code asOf} over the customers {@code reach} covers;
   * {@code zone} is the company's, for which customers were known by the end of the day.
   */
  public Pyramid compute(PyramidScheme scheme, LocalDate asOf, Visibility reach, ZoneId zone) {
    Map<Tier, TierFigures> tiers = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      tiers.put(tier, new TierFigures(tier, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }
    List<QueryPart> statements = new ArrayList<>();
    if (snapshotted(scheme, asOf)) {
      statements.add(
          QueryPart.join(
              "",
              List.of(
                  QueryPart.of(SNAPSHOT_COUNTS).with("scheme", scheme.id()).with("day", asOf),
                  reach.condition("k.owner_id", "k.org_unit_id").wrap("(", ")"),
                  QueryPart.of(SNAPSHOT_COUNTS_TAIL))));
    } else {
      QueryPart visible = reach.condition("c.owner_id", "c.org_unit_id").wrap("(", ")");
      QueryPart below = reach.condition("n.owner_id", "n.org_unit_id").wrap("(", ")");
      statements.add(
          QueryPart.join(
              "",
              List.of(
                  QueryPart.of(LIVE_VALUE_COUNTS),
                  TierRanking.ranked(scheme, asOf, zone),
                  QueryPart.of(LIVE_VALUE_TAIL),
                  visible,
                  QueryPart.of(" group by t.tier"))));
      statements.add(
          QueryPart.join(
              "",
              List.of(
                  QueryPart.of(LIVE_INACTIVE_COUNTS),
                  BelowThePyramid.inactive(scheme, asOf, zone),
                  QueryPart.of(LIVE_INACTIVE_TAIL),
                  below)));
      statements.add(
          QueryPart.join(
              "",
              List.of(
                  QueryPart.of(LIVE_BELOW_COUNTS),
                  BelowThePyramid.neverBought(scheme, asOf, zone),
                  QueryPart.of(LIVE_BELOW_TAIL),
                  below,
                  QueryPart.of(" group by n.tier"))));
    }
    for (QueryPart statement : statements) {
      statement
          .query(jdbc)
          .query(
              rs -> {
                Tier tier = Tier.valueOf(rs.getString(1));
                tiers.put(
                    tier,
                    new TierFigures(
                        tier,
                        Math.toIntExact(rs.getLong(2)),
                        orZero(rs.getBigDecimal(3)),
                        orZero(rs.getBigDecimal(3)).subtract(orZero(rs.getBigDecimal(4))),
                        orZero(rs.getBigDecimal(4))));
              });
    }
    int active = 0;
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    for (TierFigures figures : tiers.values()) {
      if (figures.tier().active()) {
        active += figures.customers();
        revenue = revenue.add(figures.revenue());
        cost = cost.add(figures.cost());
      }
    }
    return new Pyramid(
        scheme,
        asOf,
        scheme.windowStart(asOf),
        active,
        revenue,
        revenue.subtract(cost),
        cost,
        List.copyOf(tiers.values()));
  }

  /** A customer of a value tier: their rank in the pyramid, name and figures over the window. */
  public record Member(
      int rank,
      UUID customerId,
      String code,
      String name,
      Tier tier,
      BigDecimal revenue,
      BigDecimal cost) {

    public BigDecimal profit() {
      return revenue.subtract(cost);
    }
  }

  /**
   * At most {@code limit} customers of a value tier of {@code scheme} as of {@code asOf} ranked
   * after {@code afterRank}, in rank order (rank 1 is the first of the whole pyramid), of those
   * every one of {@code reaches} covers now (the caller's value.read and customer.read: a list of
   * names shows only customers the caller may read).
   */
  public List<Member> members(
      PyramidScheme scheme,
      LocalDate asOf,
      List<Visibility> reaches,
      Tier tier,
      long afterRank,
      int limit) {
    QueryPart visible = all(reaches, "c.owner_id", "c.org_unit_id");
    QueryPart statement =
        snapshotted(scheme, asOf)
            ? QueryPart.join(
                "",
                List.of(
                    QueryPart.of(SNAPSHOT_MEMBERS)
                        .with("scheme", scheme.id())
                        .with("day", asOf)
                        .with("tier", tier.name())
                        .with("after", afterRank),
                    visible,
                    QueryPart.of(SNAPSHOT_MEMBERS_TAIL).with("limit", limit)))
            : QueryPart.join(
                "",
                List.of(
                    QueryPart.of(LIVE_MEMBERS),
                    TierRanking.ranked(scheme, asOf, companyZone),
                    QueryPart.of(LIVE_MEMBERS_TAIL)
                        .with("tier", tier.name())
                        .with("after", afterRank),
                    visible,
                    QueryPart.of(LIVE_MEMBERS_ORDER).with("limit", limit)));
    return statement
        .query(jdbc)
        .query(
            (rs, n) ->
                new Member(
                    rs.getInt(1),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getString(4),
                    Tier.valueOf(rs.getString(5)),
                    rs.getBigDecimal(6),
                    rs.getBigDecimal(7)))
        .list();
  }

  private static final String SNAPSHOT_REVENUE =
      """
      select s.revenue from analytics_tier_snapshot s join customer_card_view c on c.id = s.customer_id
       where s.scheme_id = :scheme and s.period_end = :day and\s""";

  private static final String LIVE_REVENUE = "select t.revenue from ";

  private static final String LIVE_REVENUE_TAIL =
      " t join customer_card_view c on c.id = t.customer_id where ";

  /**
   * The Pareto curve of the active customers {@code reaches} cover, in rank order: for every {@code
   * step} percent of them (the top ⌈p % × n⌉), their share of the net revenue (null when the
   * revenue is not positive). At a snapshotted month end a caller who reaches the whole company
   * reads the curve the snapshot kept.
   */
  public List<ParetoCurve.Point> pareto(
      PyramidScheme scheme, LocalDate asOf, List<Visibility> reaches, int step) {
    boolean snapshotted = snapshotted(scheme, asOf);
    if (snapshotted && reaches.stream().allMatch(r -> r.scope() == Scope.ALL)) {
      List<ParetoCurve.Point> kept = curve.kept(scheme, asOf, step);
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    QueryPart visible = all(reaches, "c.owner_id", "c.org_unit_id");
    return curve.of(
        snapshotted
            ? QueryPart.join(
                "",
                List.of(
                    QueryPart.of(SNAPSHOT_REVENUE).with("scheme", scheme.id()).with("day", asOf),
                    visible,
                    QueryPart.of(" order by s.tier_rank")))
            : QueryPart.join(
                "",
                List.of(
                    QueryPart.of(LIVE_REVENUE),
                    TierRanking.ranked(scheme, asOf, companyZone),
                    QueryPart.of(LIVE_REVENUE_TAIL),
                    visible,
                    QueryPart.of(" order by t.tier_rank"))),
        step);
  }

  /** Whether the pyramid of {@code asOf} is read from a snapshot. */
  public boolean snapshotted(PyramidScheme scheme, LocalDate asOf) {
    return TierSnapshots.isPeriodEnd(asOf) && snapshots.taken(scheme, asOf);
  }

  /** The condition that every one of {@code reaches} holds on the columns. */
  static QueryPart all(List<Visibility> reaches, String ownerColumn, String orgUnitColumn) {
    QueryPart condition = QueryPart.ALWAYS;
    for (Visibility reach : reaches) {
      condition = condition.and(reach.condition(ownerColumn, orgUnitColumn));
    }
    return condition.wrap("(", ")");
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
