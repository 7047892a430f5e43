package io.pyra.analytics.pyramid;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The active customers of a scheme's audience as of a day, ranked and tiered in one statement: the
 * rows {@code (customer_id, tier_rank, tier, revenue, cost, last_sale, frequency)}, and on request
 * their RFM scores. The rule is {@link TierRule}'s: ranked by basis, highest first, ties by code;
 * by rank shares a customer of rank r among n is TOP while r ≤ ⌈top % × n⌉, which for whole r is
 * 100 × (r − 1) < top × n, so the statement needs no division; by thresholds TOP above the first
 * limit, and so on.
 */
public final class TierRanking {

  private static final String TIER =
      """
      select r.customer_id, r.tier_rank, r.revenue, r.cost, r.last_sale, r.frequency,
             case when :byShares = 1 then
                    case when 100 * (r.tier_rank - 1) < r.ranked * :top then 'TOP'
                         when 100 * (r.tier_rank - 1) < r.ranked * :high then 'HIGH'
                         when 100 * (r.tier_rank - 1) < r.ranked * :middle then 'MIDDLE'
                         else 'LOW' end
                  else
                    case when r.basis > :top then 'TOP'
                         when r.basis > :high then 'HIGH'
                         when r.basis > :middle then 'MIDDLE'
                         else 'LOW' end
             end as tier""";

  private static final String WINDOWS =
      """
        from (select a.customer_id, a.revenue, a.cost, a.basis, a.last_sale, a.frequency,
                     row_number() over (order by a.basis desc, c.code) as tier_rank,
                     count(*) over () as ranked""";

  /** RFM scores 1–5: ntile(5) from worst to best (oldest, fewest, least first), ties by code. */
  private static final String RFM_WINDOWS =
      """
      ,
                     ntile(5) over (order by a.last_sale, c.code) as r_score,
                     ntile(5) over (order by a.frequency, c.code) as f_score,
                     ntile(5) over (order by a.revenue, c.code) as m_score""";

  private static final String FIGURES =
      """

                from (select d.customer_id, sum(d.net_revenue) as revenue, sum(d.cost) as cost,
                             sum(d.net_revenue) - :profit * sum(d.cost) as basis,
                             max(case when d.sales > 0 then d.sale_day end) as last_sale,
                             sum(d.sales) as frequency
                        from analytics_customer_day d
                       where d.sale_day >= :from and d.sale_day <= :to
                       group by d.customer_id
                      having sum(d.sales) > 0) a
                join customer_card_view c on c.id = a.customer_id
               where c.deleted_at is null and c.merged_into_id is null and\s""";

  /**
   * By activity: the number of the customer's contact records of the scheme's types in the window
   * (from the start of its first day to the end of its last, in the company's time zone), their net
   * revenue and cost beside it; the "last sale" is the last such record's day.
   */
  private static final String ACTIVITY_FIGURES =
      """

                from (select k.customer_id, coalesce(max(f.revenue), 0) as revenue,
                             coalesce(max(f.cost), 0) as cost, count(*) as basis,
                             cast(max(k.occurred_at) as date) as last_sale, count(*) as frequency
                        from interaction_customer_contact_view k
                        left join (select d.customer_id, sum(d.net_revenue) as revenue,
                                          sum(d.cost) as cost
                                     from analytics_customer_day d
                                    where d.sale_day >= :from and d.sale_day <= :to
                                    group by d.customer_id) f on f.customer_id = k.customer_id
                       where k.occurred_at >= :fromInstant and k.occurred_at < :toInstant
                         and k.type_id in (select t.type_id from analytics_scheme_activity_type t
                                            where t.scheme_id = :scheme)
                       group by k.customer_id) a
                join customer_card_view c on c.id = a.customer_id
               where c.deleted_at is null and c.merged_into_id is null and\s""";

  private static final String RANKED = TIER + "\n" + WINDOWS + FIGURES;

  private static final String RANKED_RFM =
      TIER + ", r.r_score, r.f_score, r.m_score\n" + WINDOWS + RFM_WINDOWS + FIGURES;

  private static final String RANKED_ACTIVITY = TIER + "\n" + WINDOWS + ACTIVITY_FIGURES;

  private static final String RANKED_ACTIVITY_RFM =
      TIER + ", r.r_score, r.f_score, r.m_score\n" + WINDOWS + RFM_WINDOWS + ACTIVITY_FIGURES;

  private TierRanking() {}

  /** The condition on {@code c} ({@code customer_card_view}) of the scheme's audience. */
  static QueryPart audience(PyramidScheme scheme) {
    return scheme.audience().condition();
  }

  /**
   * The ranked rows of {@code scheme} as of {@code asOf}, to select from as {@code (…) t}: {@code
   * customer_id, tier_rank, revenue, cost, last_sale, frequency, tier}.
   */
  static QueryPart ranked(PyramidScheme scheme, LocalDate asOf, ZoneId zone) {
    return ranked(scheme, asOf, zone, scheme.basis() == Basis.ACTIVITY ? RANKED_ACTIVITY : RANKED);
  }

  /** The same rows with their RFM scores: {@code r_score, f_score, m_score}. */
  public static QueryPart rankedWithRfm(PyramidScheme scheme, LocalDate asOf, ZoneId zone) {
    return ranked(
        scheme, asOf, zone, scheme.basis() == Basis.ACTIVITY ? RANKED_ACTIVITY_RFM : RANKED_RFM);
  }

  /** The start of {@code day} in {@code zone}, as the statements compare instants. */
  static Object startOf(LocalDate day, ZoneId zone) {
    return SqlTime.utc(day.atStartOfDay(zone).toInstant());
  }

  private static QueryPart ranked(
      PyramidScheme scheme, LocalDate asOf, ZoneId zone, String statement) {
    List<BigDecimal> limits;
    boolean byShares;
    if (scheme.rule() instanceof TierRule.RankShares s) {
      byShares = true;
      limits = List.of(s.top(), s.top().add(s.high()), s.top().add(s.high()).add(s.middle()));
    } else {
      TierRule.Thresholds t = (TierRule.Thresholds) scheme.rule();
      byShares = false;
      limits = List.of(t.top(), t.high(), t.middle());
    }
    QueryPart figures = QueryPart.of(statement);
    if (scheme.basis() != Basis.ACTIVITY) {
      figures = figures.with("profit", scheme.basis() == Basis.PROFIT ? 1 : 0);
    }
    return QueryPart.join(
            "",
            List.of(
                figures
                    .with("byShares", byShares ? 1 : 0)
                    .with("top", limits.get(0))
                    .with("high", limits.get(1))
                    .with("middle", limits.get(2))
                    .with("from", scheme.windowStart(asOf))
                    .with("to", asOf)
                    .with("fromInstant", startOf(scheme.windowStart(asOf), zone))
                    .with("toInstant", startOf(asOf.plusDays(1), zone))
                    .with("scheme", scheme.id()),
                audience(scheme).wrap("(", ")"),
                QueryPart.of(") r")))
        .wrap("(", ")");
  }
}
