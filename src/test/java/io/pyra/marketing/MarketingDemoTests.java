package io.pyra.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code ./pyra run --demo}: the demo company's campaigns with monthly costs, a year of leads,
 * appointments at the centres with arrivals, no-shows and cancellations (fewer arrivals at the end
 * of the year than at its start), consultations, and leads converted into customers who then
 * bought; nobody double-booked, every visit within the centre's hours; loaded once. (The same
 * properties as the sales demo's test: one application for both.)
 */
@PyraIntegrationTest
@TestPropertySource(
    properties = {
      "pyra.demo.enabled=true",
      "pyra.demo.customers=300",
      "pyra.demo.contact-records=50",
      "pyra.demo.orders=1200",
      "pyra.demo.opportunities=200"
    })
class MarketingDemoTests {

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void theDemoCompanyHasAYearOfItsFunnel() throws Exception {
    assertThat(count("select count(*) from marketing_campaign where code like 'DEMO-%'"))
        .isEqualTo(8);
    assertThat(
            count(
                """
                select count(*) from marketing_campaign c where code like 'DEMO-%'
                   and not exists (select 1 from marketing_campaign_cost k where k.campaign_id = c.id)"""))
        .as("every campaign has its costs")
        .isZero();
    long leads = count("select count(*) from marketing_lead");
    assertThat(leads).isBetween(365L * 6, 365L * 10);
    LocalDate first =
        jdbc.sql("select min(created_at) from marketing_lead")
            .query(OffsetDateTime.class)
            .single()
            .toLocalDate();
    assertThat(ChronoUnit.DAYS.between(first, LocalDate.now())).isBetween(362L, 366L);
    assertThat(count("select count(distinct status) from marketing_lead"))
        .isGreaterThanOrEqualTo(5);
    assertThat(
            jdbc.sql("select distinct status from marketing_appointment")
                .query(String.class)
                .list())
        .contains("ARRIVED", "NO_SHOW", "CANCELLED");
    assertThat(count("select count(distinct centre_id) from marketing_appointment")).isEqualTo(3);

    // every lead has its first history entry; every appointment its booking
    assertThat(
            count(
                """
                select count(*) from marketing_lead l where not exists (
                  select 1 from marketing_lead_event e where e.lead_id = l.id and e.kind = 'CREATED')"""))
        .isZero();
    assertThat(
            count(
                """
                select count(*) from marketing_appointment a where not exists (
                  select 1 from marketing_appointment_change c where c.appointment_id = a.id and c.kind = 'BOOKED')"""))
        .isZero();

    // nobody is booked twice at once; every visit is on the hour from 10:00 to 19:00, centre time
    assertThat(
            count(
                """
                select count(*) from (select consultant_id, starts_at from marketing_appointment
                 where status in ('BOOKED', 'ARRIVED') group by consultant_id, starts_at having count(*) > 1) d"""))
        .isZero();
    record Visit(OffsetDateTime startsAt, String timeZone) {}
    List<Visit> visits =
        jdbc.sql(
                """
                select a.starts_at, o.time_zone from marketing_appointment a
                  join identity_org_unit_view o on o.id = a.centre_id""")
            .query(Visit.class)
            .list();
    assertThat(visits)
        .allSatisfy(
            v -> {
              LocalTime at = v.startsAt().toInstant().atZone(ZoneId.of(v.timeZone())).toLocalTime();
              assertThat(at.getMinute()).isZero();
              assertThat(at.getHour()).isBetween(10, 19);
            });

    // arrivals fell over the year: the first quarter's arrival rate above the last quarter's
    Instant quarter = Instant.now().minus(91, ChronoUnit.DAYS);
    Instant yearAgo = Instant.now().minus(365, ChronoUnit.DAYS).plus(91, ChronoUnit.DAYS);
    assertThat(arrivalRate("a.starts_at < ?", yearAgo))
        .isGreaterThan(arrivalRate("a.starts_at >= ? and a.status <> 'BOOKED'", quarter));

    // converted leads became customers who bought on or after the day of their visit
    assertThat(count("select count(*) from marketing_lead where status = 'CONVERTED'"))
        .isPositive();
    assertThat(
            count(
                """
                select count(*) from marketing_lead l where l.status = 'CONVERTED'
                   and (l.customer_id is null or not exists (
                     select 1 from sales_customer_day_view s where s.customer_id = l.customer_id
                        and s.sales > 0 and s.sale_day >= cast(l.created_at as date)))"""))
        .isZero();

    // loaded once
    for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
      runner.run(new DefaultApplicationArguments());
    }
    assertThat(count("select count(*) from marketing_lead")).isEqualTo(leads);
  }

  private double arrivalRate(String condition, Instant at) {
    record Rate(long arrived, long total) {}
    Rate rate =
        jdbc.sql(
                "select sum(case when a.status = 'ARRIVED' then 1 else 0 end), count(*)"
                    + " from marketing_appointment a where a.status <> 'CANCELLED' and "
                    + condition)
            .param(at.atOffset(java.time.ZoneOffset.UTC))
            .query((rs, n) -> new Rate(rs.getLong(1), rs.getLong(2)))
            .single();
    return rate.total() == 0 ? 0 : (double) rate.arrived() / rate.total();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
