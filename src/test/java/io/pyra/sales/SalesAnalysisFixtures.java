package io.pyra.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sales rows written with plain SQL, as the order and opportunity services would leave them (the
 * analysis reads the tables only): orders with their lines and base amounts, refunds, products and
 * categories, opportunities and their last stage change. Every code is new.
 */
final class SalesAnalysisFixtures {

  static final String TRAINING = "00000000-0000-7000-8000-000000013001";
  static final String INQUIRY = "00000000-0000-7000-8000-000000013101";
  static final String VISIT = "00000000-0000-7000-8000-000000013102";
  static final String PROPOSAL = "00000000-0000-7000-8000-000000013104";
  static final String CONTRACT = "00000000-0000-7000-8000-000000013105";
  static final String LOST = "00000000-0000-7000-8000-000000013106";
  static final String PRICE = "00000000-0000-7000-8000-000000013301";
  static final String TIMING = "00000000-0000-7000-8000-000000013303";

  private final JdbcClient jdbc;
  final List<Placed> orders = new ArrayList<>();
  final List<Refund> refunds = new ArrayList<>();

  SalesAnalysisFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A line: product (or null), quantity, unit price, discount %, unit cost. */
  record Line(UUID productId, String quantity, String unitPrice, String discount, String unitCost) {

    BigDecimal amount() {
      return new BigDecimal(quantity)
          .multiply(new BigDecimal(unitPrice))
          .multiply(BigDecimal.ONE.subtract(new BigDecimal(discount).movePointLeft(2)))
          .setScale(6, RoundingMode.HALF_EVEN);
    }

    BigDecimal cost() {
      return new BigDecimal(quantity)
          .multiply(new BigDecimal(unitCost))
          .setScale(6, RoundingMode.HALF_EVEN);
    }
  }

  /** An order as written, with what the test needs to compute the expected figures. */
  record Placed(
      UUID id,
      String kind,
      String status,
      UUID customerId,
      UUID ownerId,
      UUID orgUnitId,
      LocalDate day,
      BigDecimal rate,
      List<Line> lines) {

    BigDecimal amount() {
      return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal cost() {
      return lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal amountBase() {
      return amount().multiply(rate);
    }

    BigDecimal costBase() {
      return cost().multiply(rate);
    }

    boolean counted() {
      return List.of("SIGNED", "ACTIVE", "COMPLETED").contains(status);
    }

    boolean sale() {
      return counted() && !kind.equals("CREDIT_NOTE");
    }

    boolean credit() {
      return counted() && kind.equals("CREDIT_NOTE");
    }
  }

  record Refund(Placed order, BigDecimal amount, LocalDate day) {

    BigDecimal base() {
      return amount.multiply(order.rate());
    }
  }

  static Line line(
      UUID productId, String quantity, String unitPrice, String discount, String cost) {
    return new Line(productId, quantity, unitPrice, discount, cost);
  }

  UUID category(String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into sales_product_category (id, parent_id, code, name_en, name_zh, sort_order,"
                + " active, version) values (?, null, ?, ?, ?, 10, true, 0)")
        .params(id, code("K"), name, name + "类")
        .update();
    return id;
  }

  UUID product(String name, UUID categoryId) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into sales_product (id, code, name, category_id, unit, list_price, unit_cost,"
                + " currency, active, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, 'COURSE', 1, 1, 'CNY', true, 0, ?, ?)")
        .params(id, code("P"), name, categoryId, now(), now())
        .update();
    return id;
  }

  String productCode(UUID id) {
    return jdbc.sql("select code from sales_product where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  Placed order(
      String kind,
      String status,
      UUID customerId,
      UUID ownerId,
      UUID orgUnitId,
      LocalDate day,
      String currency,
      String rate,
      String source,
      Line... lines) {
    Placed placed =
        new Placed(
            UUID.randomUUID(),
            kind,
            status,
            customerId,
            ownerId,
            orgUnitId,
            day,
            new BigDecimal(rate),
            List.of(lines));
    OffsetDateTime at = day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
    jdbc.sql(
            "insert into sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id,"
                + " ordered_at, order_day, currency, exchange_rate, amount, cost, amount_base,"
                + " cost_base, paid, refunded, line_count, source, version, created_at, updated_at)"
                + " values (:id, :number, :kind, :status, :customer, :owner, :unit, :at, :day,"
                + " :currency, :rate, :amount, :cost, :amountBase, :costBase, 0, 0, :lines, :source,"
                + " 0, :at, :at)")
        .param("id", placed.id())
        .param("number", code("SO"))
        .param("kind", kind)
        .param("status", status)
        .param("customer", customerId)
        .param("owner", ownerId)
        .param("unit", orgUnitId)
        .param("at", at)
        .param("day", day)
        .param("currency", currency)
        .param("rate", placed.rate())
        .param("amount", placed.amount())
        .param("cost", placed.cost())
        .param("amountBase", placed.amountBase().setScale(6, RoundingMode.HALF_EVEN))
        .param("costBase", placed.costBase().setScale(6, RoundingMode.HALF_EVEN))
        .param("lines", lines.length)
        .param("source", source)
        .update();
    int no = 1;
    for (Line line : lines) {
      jdbc.sql(
              "insert into sales_order_line (order_id, line_no, product_id, description, quantity,"
                  + " unit_price, discount_percent, unit_cost, amount, cost)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              placed.id(),
              no++,
              line.productId(),
              line.productId() == null ? "Free text" : null,
              new BigDecimal(line.quantity()),
              new BigDecimal(line.unitPrice()),
              new BigDecimal(line.discount()),
              new BigDecimal(line.unitCost()),
              line.amount(),
              line.cost())
          .update();
    }
    orders.add(placed);
    return placed;
  }

  void refund(Placed order, String amount, LocalDate day) {
    jdbc.sql(
            "insert into sales_refund (id, order_id, amount, reason, refunded_at, refunded_on,"
                + " created_at) values (?, ?, ?, 'test', ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            order.id(),
            new BigDecimal(amount),
            day.atTime(12, 0).atOffset(ZoneOffset.ofHours(8)),
            day,
            now())
        .update();
    refunds.add(new Refund(order, new BigDecimal(amount), day));
  }

  /** An opportunity in the training pipeline; a closed one records its last stage change. */
  UUID opportunity(
      UUID ownerId,
      UUID orgUnitId,
      String status,
      String stageId,
      String amount,
      String currency,
      int probability,
      LocalDate expectedClose,
      LocalDate closedOn,
      String lostReasonId,
      String competitor,
      String fromStageId) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into sales_opportunity (id, code, title, owner_id, org_unit_id, pipeline_id,"
                + " stage_id, status, amount, currency, expected_close, competitor, probability,"
                + " probability_overridden, lost_reason_id, closed_on, stage_entered_at, version,"
                + " created_at, updated_at) values (:id, :code, 'Deal', :owner, :unit, :pipeline,"
                + " :stage, :status, :amount, :currency, :expected, :competitor, :probability, false,"
                + " :reason, :closed, :at, 0, :at, :at)")
        .param("id", id)
        .param("code", code("OP"))
        .param("owner", ownerId)
        .param("unit", orgUnitId)
        .param("pipeline", UUID.fromString(TRAINING))
        .param("stage", UUID.fromString(stageId))
        .param("status", status)
        .param("amount", new BigDecimal(amount))
        .param("currency", currency)
        .param("expected", expectedClose)
        .param("competitor", competitor)
        .param("probability", probability)
        .param("reason", lostReasonId == null ? null : UUID.fromString(lostReasonId))
        .param("closed", closedOn)
        .param("at", now())
        .update();
    if (fromStageId != null) {
      jdbc.sql(
              "insert into sales_opportunity_stage_change (id, opportunity_id, from_stage_id,"
                  + " to_stage_id, entered_at) values (?, ?, ?, ?, ?)")
          .params(
              UUID.randomUUID(), id, UUID.fromString(fromStageId), UUID.fromString(stageId), now())
          .update();
    }
    return id;
  }

  /** A rate of {@code currency} from long ago, written once. */
  void rate(String currency, String rate) {
    long known =
        jdbc.sql("select count(*) from sales_exchange_rate where currency = ? and valid_from = ?")
            .params(currency, LocalDate.of(2000, 1, 1))
            .query(Long.class)
            .single();
    if (known == 0) {
      jdbc.sql(
              "insert into sales_exchange_rate (currency, valid_from, rate, created_at)"
                  + " values (?, ?, ?, ?)")
          .params(currency, LocalDate.of(2000, 1, 1), new BigDecimal(rate), now())
          .update();
    }
  }

  String baseCurrency() {
    return jdbc.sql("select base_currency from sales_setting where id = 1")
        .query(String.class)
        .optional()
        .orElse("CNY");
  }

  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  private static String code(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
