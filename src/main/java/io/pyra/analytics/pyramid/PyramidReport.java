package io.pyra.analytics.pyramid;

import io.pyra.analytics.pyramid.Pyramid.TierFigures;
import io.pyra.analytics.pyramid.TierRule.Tiered;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a pyramid as of a day over the customers a reach covers, from analytics' figures per
 * customer and day (never the order lines):
 *
 * <ul>
 *   <li>active: at least one sale (not a credit note) in the window; ranked and tiered by the
 *       scheme's rule on its basis over the window;
 *   <li>INACTIVE: a sale before the window, none in it;
 *   <li>PROSPECT and SUSPECT: never a sale up to the as-of day, known by then; SUSPECT while their
 *       stage says so, PROSPECT otherwise (contact established).
 * </ul>
 *
 * Merged and deleted customers are not counted (a merged customer's sales moved to the survivor).
 */
@Component
public class PyramidReport {

  /** The customers a caller may see, as a condition on {@code c} ({@code customer_card_view}). */
  private static final String CUSTOMERS =
      " join customer_card_view c on c.id = d.customer_id"
          + " where c.deleted_at is null and c.merged_into_id is null and ";

  private static final String ACTIVE =
      "select d.customer_id, c.code, c.name, sum(d.net_revenue), sum(d.cost)"
          + " from analytics_customer_day d"
          + CUSTOMERS
          + "d.sale_day >= :from and d.sale_day <= :to and ";

  private static final String ACTIVE_TAIL =
      " group by d.customer_id, c.code, c.name having sum(d.sales) > 0";

  private static final String INACTIVE =
      "select count(distinct d.customer_id) from analytics_customer_day d"
          + CUSTOMERS
          + "d.sale_day < :from and d.sales > 0 and not exists (select 1 from analytics_customer_day a"
          + " where a.customer_id = d.customer_id and a.sale_day >= :from and a.sale_day <= :to"
          + " and a.sales > 0) and ";

  private static final String NEVER_BOUGHT =
      "select c.stage, count(*) from customer_card_view c"
          + " where c.deleted_at is null and c.merged_into_id is null and c.created_at < :known"
          + " and not exists (select 1 from analytics_customer_day d where d.customer_id = c.id"
          + " and d.sale_day <= :to and d.sales > 0) and ";

  private final JdbcClient jdbc;

  PyramidReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The pyramid of {@code scheme} as of {@code asOf} over the customers {@code reach} covers (a
   * condition on {@code c.owner_id} and {@code c.org_unit_id}); {@code zone} is the company's, for
   * which customers were known by the end of the day.
   */
  public Pyramid compute(PyramidScheme scheme, LocalDate asOf, QueryPart reach, ZoneId zone) {
    LocalDate from = scheme.windowStart(asOf);
    QueryPart visible = reach.wrap("(", ")");

    List<Member> ranked = ranked(scheme, asOf, from, visible);

    Map<Tier, TierFigures> tiers = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      tiers.put(tier, new TierFigures(tier, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    for (Member member : ranked) {
      TierFigures sum = tiers.get(member.tier());
      tiers.put(
          member.tier(),
          new TierFigures(
              member.tier(),
              sum.customers() + 1,
              sum.revenue().add(member.revenue()),
              sum.profit().add(member.profit()),
              sum.cost().add(member.cost())));
      revenue = revenue.add(member.revenue());
      cost = cost.add(member.cost());
    }

    long inactive =
        QueryPart.join(
                "", List.of(QueryPart.of(INACTIVE).with("from", from).with("to", asOf), visible))
            .query(jdbc)
            .query(Long.class)
            .single();
    tiers.put(Tier.INACTIVE, count(Tier.INACTIVE, inactive));

    long[] never = new long[2];
    Instant known = asOf.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant();
    QueryPart.join(
            "",
            List.of(
                QueryPart.of(NEVER_BOUGHT).with("to", asOf).with("known", SqlTime.utc(known)),
                visible,
                QueryPart.of(" group by c.stage")))
        .query(jdbc)
        .query(
            rs -> {
              never["SUSPECT".equals(rs.getString(1)) ? 1 : 0] += rs.getLong(2);
            });
    tiers.put(Tier.PROSPECT, count(Tier.PROSPECT, never[0]));
    tiers.put(Tier.SUSPECT, count(Tier.SUSPECT, never[1]));

    return new Pyramid(
        scheme,
        asOf,
        from,
        ranked.size(),
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
   * The customers of a value tier of {@code scheme} as of {@code asOf}, in rank order (rank 1 is
   * the first of the whole pyramid), over the customers {@code reach} covers.
   */
  public List<Member> members(PyramidScheme scheme, LocalDate asOf, QueryPart reach, Tier tier) {
    return ranked(scheme, asOf, scheme.windowStart(asOf), reach.wrap("(", ")")).stream()
        .filter(m -> m.tier() == tier)
        .toList();
  }

  /** The active customers ranked and tiered by the scheme. */
  List<Member> ranked(PyramidScheme scheme, LocalDate asOf, LocalDate from, QueryPart visible) {
    List<ActiveCustomer> active = new ArrayList<>();
    Map<UUID, Member> figures = new HashMap<>();
    QueryPart.join(
            "",
            List.of(
                QueryPart.of(ACTIVE).with("from", from).with("to", asOf),
                visible,
                QueryPart.of(ACTIVE_TAIL)))
        .query(jdbc)
        .query(
            rs -> {
              UUID id = rs.getObject(1, UUID.class);
              BigDecimal net = rs.getBigDecimal(4);
              BigDecimal cost = rs.getBigDecimal(5);
              figures.put(id, new Member(0, id, rs.getString(2), rs.getString(3), null, net, cost));
              active.add(new ActiveCustomer(id, rs.getString(2), scheme.basis().of(net, cost)));
            });
    List<Member> ranked = new ArrayList<>(active.size());
    for (Tiered tiered : scheme.rule().assign(active)) {
      Member m = figures.get(tiered.customer().customerId());
      ranked.add(
          new Member(
              ranked.size() + 1,
              m.customerId(),
              m.code(),
              m.name(),
              tiered.tier(),
              m.revenue(),
              m.cost()));
    }
    return ranked;
  }

  private static final String BELOW =
      "select c.id, c.stage, exists (select 1 from analytics_customer_day d where d.customer_id ="
          + " c.id and d.sale_day < :from and d.sales > 0) from customer_card_view c"
          + " where c.id in (:ids) and c.deleted_at is null and c.merged_into_id is null"
          + " and c.created_at < :known";

  private static final int CHUNK = 1_000;

  /**
   * Puts into {@code tiers} the tier below the pyramid (INACTIVE, PROSPECT, SUSPECT) of each of
   * {@code customers} that {@code tiers} does not hold yet and that is known by the end of {@code
   * asOf}, neither merged nor deleted.
   */
  void belowThePyramid(
      PyramidScheme scheme,
      LocalDate asOf,
      Collection<UUID> customers,
      ZoneId zone,
      Map<UUID, Tier> tiers) {
    List<UUID> rest = customers.stream().filter(id -> !tiers.containsKey(id)).toList();
    Instant known = asOf.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant();
    for (int i = 0; i < rest.size(); i += CHUNK) {
      jdbc.sql(BELOW)
          .param("ids", rest.subList(i, Math.min(rest.size(), i + CHUNK)))
          .param("from", scheme.windowStart(asOf))
          .param("known", SqlTime.utc(known))
          .query(
              rs -> {
                Tier tier =
                    rs.getBoolean(3)
                        ? Tier.INACTIVE
                        : "SUSPECT".equals(rs.getString(2)) ? Tier.SUSPECT : Tier.PROSPECT;
                tiers.put(rs.getObject(1, UUID.class), tier);
              });
    }
  }

  private static TierFigures count(Tier tier, long customers) {
    return new TierFigures(
        tier, Math.toIntExact(customers), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
  }
}
