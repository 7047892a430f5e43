package io.pyra.sales.demo;

import io.pyra.platform.Ids;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's sales ({@code ./pyra run --demo}): a catalogue of courses in CNY, two years of
 * orders and contracts of the demo customers with payments (some late, some outstanding), refunds
 * and credit notes, and opportunities in every stage of both pipelines. Computed from a fixed seed
 * (the same figures for the same customers and day) and loaded once, after the customers, into
 * empty order and opportunity tables, with batched inserts. Customers are read from the published
 * {@code customer_card_view}; each sale is the customer's owner's, in the owner's org unit.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "pyra.demo.enabled", havingValue = "true")
class SalesDemo implements ApplicationRunner {

  static final long SEED = 20261205L;
  private static final Logger log = LoggerFactory.getLogger(SalesDemo.class);

  private final JdbcTemplate jdbc;
  private final ZoneId zone;
  private final int orderCount;
  private final int opportunityCount;

  SalesDemo(
      JdbcTemplate jdbc,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone,
      @Value("${pyra.demo.orders:1500}") int orderCount,
      @Value("${pyra.demo.opportunities:240}") int opportunityCount) {
    this.jdbc = jdbc;
    this.zone = ZoneId.of(zone);
    this.orderCount = orderCount;
    this.opportunityCount = opportunityCount;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Long orders = jdbc.queryForObject("select count(*) from sales_order", Long.class);
    Long opportunities = jdbc.queryForObject("select count(*) from sales_opportunity", Long.class);
    if ((orders != null && orders > 0) || (opportunities != null && opportunities > 0)) {
      log.info("Demo: sales are already there, nothing loaded");
      return;
    }
    List<DemoOrders.Customer> customers =
        jdbc.query(
            """
            select id, kind, owner_id, org_unit_id from customer_card_view
             where deleted_at is null and merged_into_id is null
               and owner_id is not null and org_unit_id is not null
             order by code""",
            (rs, n) ->
                new DemoOrders.Customer(
                    rs.getObject(1, UUID.class),
                    "ORGANIZATION".equals(rs.getString(2)),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class)));
    if (customers.isEmpty()) {
      log.info("Demo: no customers, no sales loaded");
      return;
    }
    LocalDate today = LocalDate.now(zone);
    Random random = new Random(SEED);
    Map<String, UUID> products = catalogue();
    rates(today);
    DemoOrders sales =
        new DemoOrders(random, today, zone, products).generate(customers, orderCount);
    DemoOpportunities pipeline =
        new DemoOpportunities(random, today, zone)
            .generate(
                opportunityCount,
                customers,
                stages(),
                products,
                ids("select id from sales_source where active order by sort_order, code"),
                ids("select id from sales_lost_reason where active order by sort_order, code"),
                sales.orders);
    writeOrders(sales);
    writeOpportunities(pipeline);
    log.warn(
        "Demo sales loaded: {} orders, contracts and credit notes, {} payments, {} refunds, {}"
            + " opportunities",
        sales.orders.size(),
        sales.payments.size(),
        sales.refunds.size(),
        pipeline.opportunities.size());
  }

  /** The demo catalogue's categories and products (those missing), by product code. */
  private Map<String, UUID> catalogue() {
    Map<String, UUID> categories = new HashMap<>();
    jdbc.query(
        "select code, id from sales_product_category",
        rs -> {
          categories.put(rs.getString(1), rs.getObject(2, UUID.class));
        });
    int order = 100;
    for (DemoCatalogue.Category c : DemoCatalogue.CATEGORIES) {
      if (!categories.containsKey(c.code())) {
        UUID id = Ids.newId();
        jdbc.update(
            """
            insert into sales_product_category (id, parent_id, code, name_en, name_zh, sort_order,
                   active, version) values (?, null, ?, ?, ?, ?, true, 0)""",
            id,
            c.code(),
            c.nameEn(),
            c.nameZh(),
            order);
        categories.put(c.code(), id);
      }
      order += 10;
    }
    Map<String, UUID> products = new LinkedHashMap<>();
    jdbc.query(
        "select code, id from sales_product",
        rs -> {
          products.put(rs.getString(1), rs.getObject(2, UUID.class));
        });
    Timestamp now = Timestamp.from(Instant.now());
    for (DemoCatalogue.Product p : DemoCatalogue.PRODUCTS) {
      if (!products.containsKey(p.code())) {
        UUID id = Ids.newId();
        jdbc.update(
            """
            insert into sales_product (id, code, name, category_id, unit, list_price, unit_cost,
                   currency, active, valid_from, valid_to, description, version, created_at,
                   updated_at)
            values (?, ?, ?, ?, ?, ?, ?, 'CNY', true, null, null, null, 0, ?, ?)""",
            id,
            p.code(),
            p.name(),
            categories.get(p.category()),
            p.unit(),
            p.price(),
            p.cost(),
            now,
            now);
        products.put(p.code(), id);
      }
    }
    return products;
  }

  /** The rate of the Hong Kong dollar the demo's HKD orders were written at, when missing. */
  private void rates(LocalDate today) {
    LocalDate from = today.minusYears(2).withDayOfYear(1);
    Long known =
        jdbc.queryForObject(
            "select count(*) from sales_exchange_rate where currency = 'HKD' and valid_from = ?",
            Long.class,
            from);
    if (known != null && known == 0) {
      jdbc.update(
          "insert into sales_exchange_rate (currency, valid_from, rate, created_at) values ('HKD', ?, ?, ?)",
          from,
          DemoOrders.HKD_RATE,
          Timestamp.from(Instant.now()));
    }
  }

  private Map<String, List<DemoOpportunities.Stage>> stages() {
    Map<String, List<DemoOpportunities.Stage>> stages = new LinkedHashMap<>();
    jdbc.query(
        """
        select s.id, p.code, p.id, s.code, s.outcome, s.probability
          from sales_pipeline_stage s join sales_pipeline p on p.id = s.pipeline_id
         where s.active and p.active
         order by p.sort_order, s.sort_order, s.code""",
        rs -> {
          stages
              .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
              .add(
                  new DemoOpportunities.Stage(
                      rs.getObject(1, UUID.class),
                      rs.getString(2),
                      rs.getObject(3, UUID.class),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getInt(6)));
        });
    return stages;
  }

  private List<UUID> ids(String sql) {
    return jdbc.query(sql, (rs, n) -> rs.getObject(1, UUID.class));
  }

  private void writeOrders(DemoOrders sales) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> orders = new ArrayList<>();
    List<Object[]> lines = new ArrayList<>();
    for (DemoOrders.Order o : sales.orders) {
      boolean signed = o.counts() && !o.kind().equals("ORDER");
      orders.add(
          new Object[] {
            o.id(),
            o.number(),
            o.kind(),
            o.status(),
            o.customer().id(),
            o.customer().ownerId(),
            o.customer().orgUnitId(),
            o.originalId(),
            o.orderedAt(),
            o.day(),
            o.currency(),
            o.rate(),
            o.amount(),
            o.cost(),
            base(o.amount(), o.rate()),
            base(o.cost(), o.rate()),
            o.paid(),
            o.refunded(),
            o.lines().size(),
            o.courseStart(),
            o.courseEnd(),
            signed ? o.customer().ownerId() : null,
            signed ? o.orderedAt() : null,
            o.status().equals("CANCELLED") ? o.orderedAt() : null,
            o.customer().ownerId(),
            o.orderedAt(),
            now
          });
      int no = 1;
      for (DemoOrders.Line l : o.lines()) {
        lines.add(
            new Object[] {
              o.id(),
              no++,
              l.productId(),
              l.quantity(),
              l.unitPrice(),
              l.discount(),
              l.unitCost(),
              l.amount(),
              l.cost()
            });
      }
    }
    jdbc.batchUpdate(
        """
        insert into sales_order (id, number, kind, status, customer_id, contact_id, owner_id,
               org_unit_id, opportunity_id, original_order_id, ordered_at, order_day, currency,
               exchange_rate, amount, cost, amount_base, cost_base, paid, refunded, line_count,
               source, course_start, course_end, notes, signed_by, signed_at, cancelled_at,
               import_id, created_by, version, created_at, updated_at)
        values (?, ?, ?, ?, ?, null, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEMO', ?, ?,
               null, ?, ?, ?, null, ?, 0, ?, ?)""",
        orders);
    jdbc.batchUpdate(
        """
        insert into sales_order_line (order_id, line_no, product_id, description, quantity,
               unit_price, discount_percent, unit_cost, amount, cost)
        values (?, ?, ?, null, ?, ?, ?, ?, ?, ?)""",
        lines);
    jdbc.batchUpdate(
        "insert into sales_instalment (order_id, seq, due_on, amount) values (?, ?, ?, ?)",
        sales.instalments.stream()
            .map(i -> new Object[] {i.orderId(), i.seq(), i.due(), i.amount()})
            .toList());
    jdbc.batchUpdate(
        """
        insert into sales_payment (id, order_id, amount, paid_at, paid_on, method, prepayment,
               reference, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, false, null, null, ?)""",
        sales.payments.stream()
            .map(
                p ->
                    new Object[] {
                      Ids.newId(),
                      p.orderId(),
                      p.amount(),
                      p.paidAt(),
                      p.paidOn(),
                      p.method(),
                      p.paidAt()
                    })
            .toList());
    jdbc.batchUpdate(
        """
        insert into sales_refund (id, order_id, amount, reason, refunded_at, refunded_on,
               created_by, created_at)
        values (?, ?, ?, ?, ?, ?, null, ?)""",
        sales.refunds.stream()
            .map(
                r ->
                    new Object[] {
                      Ids.newId(), r.orderId(), r.amount(), r.reason(), r.at(), r.on(), r.at()
                    })
            .toList());
  }

  private void writeOpportunities(DemoOpportunities pipeline) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    for (DemoOpportunities.Opportunity o : pipeline.opportunities) {
      rows.add(
          new Object[] {
            o.id(),
            o.code(),
            o.title(),
            o.customer().id(),
            o.customer().ownerId(),
            o.customer().orgUnitId(),
            o.stage().pipelineId(),
            o.stage().id(),
            o.stage().outcome(),
            o.amount(),
            o.expectedClose(),
            o.sourceId(),
            o.competitor(),
            o.stage().probability(),
            o.productId(),
            o.lostReasonId(),
            o.wonOrderId(),
            o.engagedOn(),
            o.closedOn(),
            o.stageEnteredAt(),
            o.customer().ownerId(),
            o.createdAt(),
            now
          });
      if (o.wonOrderId() != null) {
        links.add(new Object[] {o.id(), o.wonOrderId()});
      }
    }
    jdbc.batchUpdate(
        """
        insert into sales_opportunity (id, code, title, customer_id, contact_id, owner_id,
               org_unit_id, pipeline_id, stage_id, status, amount, currency, expected_close,
               source_id, competitor, probability, probability_overridden, product_id,
               lost_reason_id, lost_note, won_order_id, engaged_on, closed_on, stage_entered_at,
               notes, import_id, created_by, version, created_at, updated_at)
        values (?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, false, ?, ?, null, ?, ?, ?,
               ?, null, null, ?, 0, ?, ?)""",
        rows);
    jdbc.batchUpdate("update sales_order set opportunity_id = ? where id = ?", links);
    jdbc.batchUpdate(
        """
        insert into sales_opportunity_stage_change (id, opportunity_id, from_stage_id, to_stage_id,
               entered_at, changed_by)
        values (?, ?, ?, ?, ?, ?)""",
        pipeline.changes.stream()
            .map(
                c ->
                    new Object[] {
                      Ids.newId(), c.opportunityId(), c.from(), c.to(), c.enteredAt(), c.by()
                    })
            .toList());
  }

  private static BigDecimal base(BigDecimal amount, BigDecimal rate) {
    return amount.multiply(rate).setScale(6, RoundingMode.HALF_EVEN);
  }
}
