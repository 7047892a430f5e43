package io.pyra.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
 * {@code ./pyra run --demo}: the demo company has a catalogue of courses, two years of orders and
 * contracts whose figures add up (lines to the order, payments never above the amount, refunds
 * never above what was paid), late and outstanding payments, refunds, credit notes, and
 * opportunities in every stage of both pipelines; loaded once.
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
class SalesDemoTests {

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void theDemoCompanySellsCoursesOverTwoYearsAndItsFiguresAddUp() throws Exception {
    assertThat(count("select count(*) from sales_product where code = 'IELTS-PREP'")).isOne();
    assertThat(count("select count(*) from sales_product where code like 'IT-%'")).isEqualTo(3);
    assertThat(count("select count(*) from sales_order where kind <> 'CREDIT_NOTE'"))
        .isEqualTo(1200);

    // every order's amount and cost are the sums of its lines, and each line follows the rule
    record Line(
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal discount,
        BigDecimal unitCost,
        BigDecimal amount,
        BigDecimal cost) {}
    for (Line l :
        jdbc.sql(
                "select quantity, unit_price as price, discount_percent as discount, unit_cost, amount, cost from sales_order_line")
            .query(Line.class)
            .list()) {
      BigDecimal expected =
          l.quantity()
              .multiply(l.price())
              .multiply(BigDecimal.ONE.subtract(l.discount().movePointLeft(2)))
              .setScale(6, RoundingMode.HALF_EVEN);
      assertThat(l.amount()).isEqualByComparingTo(expected);
      assertThat(l.cost()).isEqualByComparingTo(l.quantity().multiply(l.unitCost()));
    }
    assertThat(
            count(
                """
                select count(*) from sales_order o
                 where o.amount <> (select sum(l.amount) from sales_order_line l where l.order_id = o.id)
                    or o.cost <> (select sum(l.cost) from sales_order_line l where l.order_id = o.id)
                    or o.line_count <> (select count(*) from sales_order_line l where l.order_id = o.id)"""))
        .isZero();
    assertThat(
            jdbc.sql(
                    """
                    select o.number || ' ' || o.paid || ' ' || o.refunded || ' ' || o.amount from sales_order o
                     where o.paid <> coalesce((select sum(p.amount) from sales_payment p where p.order_id = o.id), 0)
                        or o.refunded <> coalesce((select sum(r.amount) from sales_refund r where r.order_id = o.id), 0)""")
                .query(String.class)
                .list())
        .as("paid and refunded are the sums of payments and refunds")
        .isEmpty();
    assertThat(
            count(
                "select count(*) from sales_order where kind <> 'CREDIT_NOTE' and (paid > amount or refunded > paid)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from sales_order where kind = 'CREDIT_NOTE' and (paid <> 0 or amount >= 0)"))
        .as("a credit note returns an amount and is not paid")
        .isZero();
    assertThat(
            count(
                """
                select count(*) from sales_order
                 where amount_base <> amount * exchange_rate or cost_base <> cost * exchange_rate"""))
        .isZero();
    assertThat(
            count(
                """
                select count(*) from sales_order o where exists (
                  select 1 from sales_instalment i where i.order_id = o.id)
                   and o.amount <> (select sum(i.amount) from sales_instalment i where i.order_id = o.id)"""))
        .isZero();

    // two years of sales, payments late and outstanding, refunds, credit notes
    LocalDate first =
        jdbc.sql("select min(order_day) from sales_order").query(LocalDate.class).single();
    LocalDate last =
        jdbc.sql("select max(order_day) from sales_order").query(LocalDate.class).single();
    assertThat(ChronoUnit.DAYS.between(first, last)).isGreaterThan(600);
    assertThat(count("select count(distinct status) from sales_order")).isGreaterThanOrEqualTo(4);
    assertThat(
            count(
                """
                select count(*) from sales_payment p join sales_order o on o.id = p.order_id
                 where p.paid_on > o.order_day
                   and not exists (select 1 from sales_instalment i where i.order_id = o.id)"""))
        .as("late payments")
        .isPositive();
    assertThat(
            count(
                "select count(*) from sales_order where status in ('SIGNED','ACTIVE','COMPLETED')"
                    + " and kind <> 'CREDIT_NOTE' and paid < amount"))
        .as("outstanding")
        .isPositive();
    assertThat(count("select count(*) from sales_refund")).isPositive();
    assertThat(
            count(
                """
                select count(*) from sales_order c join sales_order o on o.id = c.original_order_id
                 where c.kind = 'CREDIT_NOTE' and c.amount < 0 and o.customer_id = c.customer_id"""))
        .isPositive()
        .isEqualTo(count("select count(*) from sales_order where kind = 'CREDIT_NOTE'"));
    assertThat(count("select count(*) from sales_order where currency = 'HKD'")).isPositive();

    // every stage of both pipelines holds opportunities; won ones point to their order
    assertThat(
            count(
                """
                select count(*) from sales_pipeline_stage s
                 where s.active and not exists (select 1 from sales_opportunity o where o.stage_id = s.id)"""))
        .isZero();
    assertThat(
            count(
                """
                select count(*) from sales_opportunity o join sales_pipeline_stage s on s.id = o.stage_id
                 where o.status <> s.outcome or o.probability <> s.probability"""))
        .isZero();
    assertThat(
            count(
                """
                select count(*) from sales_opportunity p join sales_order o on o.id = p.won_order_id
                 where o.opportunity_id = p.id and o.customer_id = p.customer_id"""))
        .isPositive()
        .isEqualTo(count("select count(*) from sales_opportunity where won_order_id is not null"));
    assertThat(
            count(
                "select count(*) from sales_opportunity where status = 'LOST' and lost_reason_id is null"))
        .isZero();
    assertThat(
            count(
                """
                select count(*) from sales_opportunity o where not exists (
                  select 1 from sales_opportunity_stage_change c
                   where c.opportunity_id = o.id and c.to_stage_id = o.stage_id)"""))
        .isZero();

    // an order's owner and unit are its customer's
    assertThat(
            count(
                """
                select count(*) from sales_order o join customer_card_view c on c.id = o.customer_id
                 where o.owner_id <> c.owner_id or o.org_unit_id <> c.org_unit_id"""))
        .isZero();

    List<Long> before =
        List.of(
            count("select count(*) from sales_order"),
            count("select count(*) from sales_opportunity"));
    for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
      runner.run(new DefaultApplicationArguments());
    }
    assertThat(
            List.of(
                count("select count(*) from sales_order"),
                count("select count(*) from sales_opportunity")))
        .as("loaded once")
        .isEqualTo(before);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
