package io.pyra.analytics.pyramid;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The customers of a scheme's audience who never bought up to a day and were known by then: the
 * rows {@code (customer_id, tier, owner_id, org_unit_id)}, PROSPECT once contact is established (a
 * contact record or an opportunity by then, or a stage past SUSPECT), SUSPECT otherwise. Merged and
 * deleted customers are left out.
 */
final class BelowThePyramid {

  private static final String NEVER_BOUGHT =
      """
      select c.id as customer_id, c.owner_id, c.org_unit_id,
             case when c.stage = 'SUSPECT'
                   and not exists (select 1 from interaction_customer_contact_view k
                                    where k.customer_id = c.id and k.occurred_at < :known)
                   and not exists (select 1 from sales_customer_opportunity_view o
                                    where o.customer_id = c.id and o.created_at < :known)
                  then 'SUSPECT' else 'PROSPECT' end as tier
        from customer_card_view c
       where c.deleted_at is null and c.merged_into_id is null and c.created_at < :known
         and not exists (select 1 from analytics_customer_day d where d.customer_id = c.id
                          and d.sale_day <= :to and d.sales > 0)
         and\s""";

  /**
   * The customers who bought before the window and not in it: rows {@code (customer_id, owner_id,
   * org_unit_id)}.
   */
  private static final String INACTIVE =
      """
      select c.id as customer_id, c.owner_id, c.org_unit_id
        from (select customer_id from analytics_customer_day where sales > 0 and sale_day <= :to
               group by customer_id having max(sale_day) < :from) b
        join customer_card_view c on c.id = b.customer_id
       where c.deleted_at is null and c.merged_into_id is null and\s""";

  /** By activity: never a counted contact record up to the day. */
  private static final String NEVER_ACTIVE =
      """
      select c.id as customer_id, c.owner_id, c.org_unit_id,
             case when c.stage = 'SUSPECT'
                   and not exists (select 1 from interaction_customer_contact_view k
                                    where k.customer_id = c.id and k.occurred_at < :known)
                   and not exists (select 1 from sales_customer_opportunity_view o
                                    where o.customer_id = c.id and o.created_at < :known)
                  then 'SUSPECT' else 'PROSPECT' end as tier
        from customer_card_view c
       where c.deleted_at is null and c.merged_into_id is null and c.created_at < :known
         and not exists (select 1 from interaction_customer_contact_view a
                          where a.customer_id = c.id and a.occurred_at < :toInstant
                            and a.type_id in (select t.type_id from analytics_scheme_activity_type t
                                               where t.scheme_id = :scheme))
         and\s""";

  /** By activity: counted contact records before the window, none in it. */
  private static final String INACTIVE_BY_ACTIVITY =
      """
      select c.id as customer_id, c.owner_id, c.org_unit_id
        from (select k.customer_id from interaction_customer_contact_view k
               where k.occurred_at < :toInstant
                 and k.type_id in (select t.type_id from analytics_scheme_activity_type t
                                    where t.scheme_id = :scheme)
               group by k.customer_id having max(k.occurred_at) < :fromInstant) b
        join customer_card_view c on c.id = b.customer_id
       where c.deleted_at is null and c.merged_into_id is null and\s""";

  private BelowThePyramid() {}

  /**
   * The never-bought rows of {@code scheme}'s audience as of {@code asOf} (never active, for an
   * activity scheme); {@code zone} is the company's.
   */
  static QueryPart neverBought(PyramidScheme scheme, LocalDate asOf, ZoneId zone) {
    Instant known = TierSnapshots.known(asOf, zone);
    QueryPart rows =
        scheme.basis() == Basis.ACTIVITY
            ? QueryPart.of(NEVER_ACTIVE)
                .with("toInstant", TierRanking.startOf(asOf.plusDays(1), zone))
                .with("scheme", scheme.id())
            : QueryPart.of(NEVER_BOUGHT).with("to", asOf);
    return QueryPart.join(
        "",
        List.of(
            rows.with("known", SqlTime.utc(known)), TierRanking.audience(scheme).wrap("(", ")")));
  }

  /** The inactive rows of {@code scheme}'s audience as of {@code asOf}. */
  static QueryPart inactive(PyramidScheme scheme, LocalDate asOf, ZoneId zone) {
    QueryPart rows =
        scheme.basis() == Basis.ACTIVITY
            ? QueryPart.of(INACTIVE_BY_ACTIVITY)
                .with("toInstant", TierRanking.startOf(asOf.plusDays(1), zone))
                .with("fromInstant", TierRanking.startOf(scheme.windowStart(asOf), zone))
                .with("scheme", scheme.id())
            : QueryPart.of(INACTIVE).with("to", asOf).with("from", scheme.windowStart(asOf));
    return QueryPart.join("", List.of(rows, TierRanking.audience(scheme).wrap("(", ")")));
  }
}
