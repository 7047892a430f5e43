package io.pyra.marketing.funnel;

/**
 * The funnel's statements, as constants (each grouping's text is folded by the compiler). The leads
 * of the period within the reader's reach are {@code l}; {@code a} is one row per lead with its
 * appointments' flags; {@code s} one row per lead whose customer bought from the lead's day on,
 * with the sales and net revenue of {@code sales_customer_day_view} (the view sales publishes).
 * Days are compared as numbers {@code yyyyMMdd}, a lead's day taken in the company's time zone
 * ({@code at time zone}: portable between H2 and PostgreSQL when read with {@code extract}).
 */
final class FunnelSql {

  /** The leads of the period: the conditions (period, reach) follow. */
  static final String LEADS =
      """
      with l as (
        select l.id, l.campaign_id, l.source, l.centre_id, l.owner_id, l.customer_id, l.created_at
          from marketing_lead l
         where\s""";

  private static final String STEPS =
      """
      ), a as (
        select a.lead_id,
               max(case when a.status <> 'CANCELLED' then 1 else 0 end) as booked,
               max(case when a.status = 'ARRIVED' then 1 else 0 end) as arrived,
               max(case when a.status in ('BOOKED', 'ARRIVED') then 1 else 0 end) as kept,
               max(case when a.consultation_record_id is not null or a.outcome is not null
                        then 1 else 0 end) as consulted,
               min(case when a.status <> 'CANCELLED' then a.created_at end) as first_booked,
               min(case when a.status = 'ARRIVED' then a.arrived_at end) as first_arrival
          from marketing_appointment a
          join l on l.id = a.lead_id
         group by a.lead_id
      ), s as (
        select l.id as lead_id, sum(d.sales) as sales, sum(d.net_revenue) as revenue
          from l
          join sales_customer_day_view d on d.customer_id = l.customer_id
         where d.sale_day >= :fromDay and d.sale_day <= :toDay
           and extract(year from d.sale_day) * 10000 + extract(month from d.sale_day) * 100
               + extract(day from d.sale_day)
            >= extract(year from l.created_at at time zone :zone) * 10000
               + extract(month from l.created_at at time zone :zone) * 100
               + extract(day from l.created_at at time zone :zone)
         group by l.id
      )""";

  /** The first appointment of each lead that was not cancelled (by its time, then id). */
  private static final String FIRST =
      """
      , f as (
        select a.lead_id, a.consultant_id
          from marketing_appointment a
          join l on l.id = a.lead_id
         where a.status <> 'CANCELLED'
           and not exists (
                 select 1 from marketing_appointment b
                  where b.lead_id = a.lead_id and b.status <> 'CANCELLED'
                    and (b.starts_at < a.starts_at or (b.starts_at = a.starts_at and b.id < a.id)))
      )""";

  private static final String FIGURES =
      """
       select x.k, x.campaign_id, count(*) as leads, sum(x.booked), sum(x.arrived), sum(x.consulted),
              sum(case when x.booked = 1 and x.kept = 0 then 1 else 0 end) as no_shows,
              sum(case when x.sales > 0 then 1 else 0 end) as contracts,
              sum(case when x.sales > 0 then x.revenue else 0 end) as revenue,
              sum(case when x.first_booked is not null
                       then extract(epoch from x.first_booked) - extract(epoch from x.created_at) end),
              count(x.first_booked),
              sum(case when x.first_booked is not null and x.first_arrival is not null
                       then extract(epoch from x.first_arrival) - extract(epoch from x.first_booked) end),
              sum(case when x.first_booked is not null and x.first_arrival is not null
                       then 1 else 0 end)""";

  private static final String FROM = " from (select ";

  /** The month a lead was created in the company's time zone, as {@code yyyyMM}. */
  private static final String MONTH =
      "cast(cast(extract(year from l.created_at at time zone :zone) * 100"
          + " + extract(month from l.created_at at time zone :zone) as integer) as varchar(6))";

  private static final String COLUMNS =
      """
      \sl.campaign_id, l.created_at, coalesce(a.booked, 0) as booked,
                      coalesce(a.arrived, 0) as arrived, coalesce(a.kept, 0) as kept,
                      coalesce(a.consulted, 0) as consulted, a.first_booked, a.first_arrival,
                      s.sales, s.revenue
                 from l
                 left join a on a.lead_id = l.id
                 left join s on s.lead_id = l.id""";

  private static final String GROUP = ") x group by x.k, x.campaign_id limit :limit";

  /** A row's key and the leads' figures per campaign. */
  private static final String SELECT = FIGURES + FROM;

  /** The same per campaign and month ({@code m}, the 14th column): the table and its trend. */
  private static final String SELECT_MONTHLY = FIGURES + ", x.m" + FROM;

  private static final String AS_KEY = " as k,";

  private static final String AS_KEY_MONTHLY = " as k, " + MONTH + " as m,";

  private static final String GROUP_MONTHLY = ") x group by x.k, x.m, x.campaign_id limit :limit";

  static final String BY_CAMPAIGN =
      STEPS + SELECT + "cast(l.campaign_id as varchar(36))" + AS_KEY + COLUMNS + GROUP;

  static final String BY_CAMPAIGN_MONTHLY =
      STEPS
          + SELECT_MONTHLY
          + "cast(l.campaign_id as varchar(36))"
          + AS_KEY_MONTHLY
          + COLUMNS
          + GROUP_MONTHLY;

  static final String BY_SOURCE = STEPS + SELECT + "l.source" + AS_KEY + COLUMNS + GROUP;

  static final String BY_SOURCE_MONTHLY =
      STEPS + SELECT_MONTHLY + "l.source" + AS_KEY_MONTHLY + COLUMNS + GROUP_MONTHLY;

  static final String BY_CENTRE =
      STEPS + SELECT + "cast(l.centre_id as varchar(36))" + AS_KEY + COLUMNS + GROUP;

  static final String BY_CENTRE_MONTHLY =
      STEPS
          + SELECT_MONTHLY
          + "cast(l.centre_id as varchar(36))"
          + AS_KEY_MONTHLY
          + COLUMNS
          + GROUP_MONTHLY;

  static final String BY_AGENT =
      STEPS + SELECT + "cast(l.owner_id as varchar(36))" + AS_KEY + COLUMNS + GROUP;

  static final String BY_AGENT_MONTHLY =
      STEPS
          + SELECT_MONTHLY
          + "cast(l.owner_id as varchar(36))"
          + AS_KEY_MONTHLY
          + COLUMNS
          + GROUP_MONTHLY;

  private static final String FIRST_CONSULTANT = " left join f on f.lead_id = l.id";

  static final String BY_CONSULTANT =
      STEPS
          + FIRST
          + SELECT
          + "cast(f.consultant_id as varchar(36))"
          + AS_KEY
          + COLUMNS
          + FIRST_CONSULTANT
          + GROUP;

  static final String BY_CONSULTANT_MONTHLY =
      STEPS
          + FIRST
          + SELECT_MONTHLY
          + "cast(f.consultant_id as varchar(36))"
          + AS_KEY_MONTHLY
          + COLUMNS
          + FIRST_CONSULTANT
          + GROUP_MONTHLY;

  static final String BY_MONTH = STEPS + SELECT + MONTH + AS_KEY + COLUMNS + GROUP;

  /** The costs of some campaigns spent in the period, per campaign, month and currency. */
  static final String COSTS =
      """
      select k.campaign_id,
             cast(extract(year from k.spent_on) * 100 + extract(month from k.spent_on) as integer),
             k.currency, sum(k.amount)
        from marketing_campaign_cost k
       where k.campaign_id in (:campaigns) and k.spent_on >= :fromDay and k.spent_on <= :toDay
       group by k.campaign_id,
             cast(extract(year from k.spent_on) * 100 + extract(month from k.spent_on) as integer),
             k.currency""";

  /** Code, name and channel of some campaigns. */
  static final String CAMPAIGNS =
      """
      select m.id, m.code, m.name, ch.id, ch.name_en, ch.name_zh
        from marketing_campaign m
        join marketing_channel ch on ch.id = m.channel_id
       where m.id in (:campaigns)""";

  private FunnelSql() {}
}
