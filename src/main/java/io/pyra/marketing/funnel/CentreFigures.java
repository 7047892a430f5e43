package io.pyra.marketing.funnel;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.Visibility;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing's and sales' shared figures of each centre (issue 16, item 6): per centre and month,
 * the appointments booked, arrivals, no-shows and the contracts of those visitors (a sale in {@code
 * sales_customer_day_view} of the visitor's customer on or after the visit's day). Appointments
 * within the reach of {@code appointment.read}: their centre, or the agent who booked them or the
 * consultant who receives them.
 */
@Service
@Transactional(readOnly = true)
public class CentreFigures {

  public static final String READ = "appointment.read";

  static final int MAX_ROWS = 5_000;

  private static final String VISITS =
      """
      with v as (
        select a.centre_id, a.status, coalesce(a.customer_id, l.customer_id) as customer_id,
               extract(year from a.starts_at at time zone :zone) * 10000
                 + extract(month from a.starts_at at time zone :zone) * 100
                 + extract(day from a.starts_at at time zone :zone) as visit_day,
               cast(extract(year from a.starts_at at time zone :zone) * 100
                 + extract(month from a.starts_at at time zone :zone) as integer) as visit_month
          from marketing_appointment a
          left join marketing_lead l on l.id = a.lead_id
         where\s""";

  private static final String COUNTS =
      """
      ), d as (
        select d.customer_id,
               extract(year from d.sale_day) * 10000 + extract(month from d.sale_day) * 100
                 + extract(day from d.sale_day) as sale_day
          from sales_customer_day_view d
         where d.sales > 0 and d.sale_day >= :fromDay and d.sale_day <= :toDay
           and d.customer_id in (select v.customer_id from v where v.status = 'ARRIVED')
      )
      select v.centre_id, v.visit_month,
             sum(case when v.status <> 'CANCELLED' then 1 else 0 end),
             sum(case when v.status = 'ARRIVED' then 1 else 0 end),
             sum(case when v.status = 'NO_SHOW' then 1 else 0 end),
             sum(case when v.status = 'ARRIVED' and exists (
                   select 1 from d where d.customer_id = v.customer_id and d.sale_day >= v.visit_day)
                 then 1 else 0 end)
        from v
       group by v.centre_id, v.visit_month
       limit :limit""";

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final ZoneId zone;

  CentreFigures(
      JdbcClient jdbc,
      CurrentUser currentUser,
      IdentityApi identity,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.identity = identity;
    this.zone = ZoneId.of(zone);
  }

  /** Whether the current user sees any appointments. */
  public boolean readable() {
    return currentUser.has(READ);
  }

  /** The centres' months of the period, by centre name then month. */
  public List<CentreMonth> months(FunnelPeriod period) {
    Visibility reach = currentUser.visibility(READ);
    QueryPart reached =
        QueryPart.join(
                " or ",
                List.of(
                    reach.condition("a.booked_by", "a.centre_id"),
                    reach.condition("a.consultant_id", "a.centre_id")))
            .wrap("(", ")");
    record Raw(UUID centre, String month, long booked, long arrivals, long noShows, long deals) {}
    List<Raw> raws =
        new Where()
            .and(
                "a.starts_at >= :start",
                "start",
                SqlTime.utc(period.from().atStartOfDay(zone).toInstant()))
            .and(
                "a.starts_at < :end",
                "end",
                SqlTime.utc(period.to().plusDays(1).atStartOfDay(zone).toInstant()))
            .and(reached)
            .param("zone", zone.getId())
            .param("fromDay", period.from())
            .param("toDay", period.to())
            .param("limit", MAX_ROWS)
            .query(jdbc, VISITS, COUNTS)
            .query(
                (rs, n) -> {
                  String month = rs.getString(2);
                  return new Raw(
                      rs.getObject(1, UUID.class),
                      month.substring(0, 4) + "-" + month.substring(4),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6));
                })
            .list();
    Map<OrgUnitId, String> names =
        identity.orgUnitNames(
            raws.stream().map(r -> new OrgUnitId(r.centre())).distinct().toList());
    List<CentreMonth> months = new ArrayList<>();
    for (Raw r : raws) {
      months.add(
          new CentreMonth(
              r.centre().toString(),
              Objects.requireNonNullElse(
                  names.get(new OrgUnitId(r.centre())), r.centre().toString()),
              r.month(),
              r.booked(),
              r.arrivals(),
              r.noShows(),
              r.deals()));
    }
    months.sort(Comparator.comparing(CentreMonth::centre).thenComparing(CentreMonth::month));
    return months;
  }
}
