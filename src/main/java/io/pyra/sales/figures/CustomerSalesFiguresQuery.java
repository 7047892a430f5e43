package io.pyra.sales.figures;

import io.pyra.customer.CustomerId;
import io.pyra.sales.CustomerSalesFigures;
import io.pyra.sales.payment.Allocation;
import io.pyra.sales.payment.Instalment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a customer's counted orders with their schedules, payments and refunds (one statement each)
 * and computes their {@link CustomerSalesFigures} with {@link FiguresArithmetic#compute}; the
 * known-caller cards' lifetime revenue comes from one aggregate over the orders of all the cards,
 * which is the same figure (an order's {@code refunded} is the sum of its refunds).
 */
@Service
public class CustomerSalesFiguresQuery {

  /** The base currency when the setting row was not written yet. */
  static final String DEFAULT_BASE_CURRENCY = "CNY";

  private static final String COUNTED = "o.status in ('SIGNED', 'ACTIVE', 'COMPLETED')";

  private final JdbcClient jdbc;

  CustomerSalesFiguresQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The figures of the customer on the company's day {@code asOf}. */
  @Transactional(readOnly = true)
  public CustomerSalesFigures of(CustomerId customerId, LocalDate asOf) {
    return FiguresArithmetic.compute(asOf, baseCurrency(), facts(customerId.value()));
  }

  /** The base currency of the company (CNY until it is set). */
  public String baseCurrency() {
    return jdbc.sql("select base_currency from sales_setting where id = 1")
        .query(String.class)
        .optional()
        .orElse(DEFAULT_BASE_CURRENCY);
  }

  /**
   * The lifetime revenue of each customer given (absent: no counted order): Σ amount_base - Σ
   * refunded × rate over the counted orders, rounded half even to 6 decimals.
   */
  @Transactional(readOnly = true)
  public Map<CustomerId, BigDecimal> lifetimeRevenue(Collection<CustomerId> customerIds) {
    Map<CustomerId, BigDecimal> revenue = new LinkedHashMap<>();
    List<UUID> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
    if (ids.isEmpty()) {
      return revenue;
    }
    jdbc.sql(
            "select o.customer_id, sum(o.amount_base) as gross, sum(o.refunded * o.exchange_rate) as refunds"
                + " from sales_order o where o.customer_id in (:ids) and "
                + COUNTED
                + " group by o.customer_id")
        .param("ids", ids)
        .query(
            (rs, n) ->
                revenue.put(
                    new CustomerId(rs.getObject("customer_id", UUID.class)),
                    rs.getBigDecimal("gross")
                        .subtract(rs.getBigDecimal("refunds"))
                        .setScale(6, RoundingMode.HALF_EVEN)))
        .list();
    return revenue;
  }

  private List<OrderFacts> facts(UUID customerId) {
    record Row(
        UUID id,
        String number,
        String kind,
        String status,
        OffsetDateTime orderedAt,
        LocalDate orderDay,
        BigDecimal exchangeRate,
        BigDecimal amount,
        BigDecimal amountBase,
        BigDecimal costBase) {}
    List<Row> rows =
        jdbc.sql(
                "select o.id, o.number, o.kind, o.status, o.ordered_at, o.order_day, o.exchange_rate, o.amount,"
                    + " o.amount_base, o.cost_base from sales_order o where o.customer_id = :customer and "
                    + COUNTED)
            .param("customer", customerId)
            .query(Row.class)
            .list();
    Map<UUID, List<Instalment>> instalments = new HashMap<>();
    jdbc.sql(
            "select i.order_id, i.seq, i.due_on, i.amount from sales_instalment i"
                + " join sales_order o on o.id = i.order_id where o.customer_id = :customer and "
                + COUNTED)
        .param("customer", customerId)
        .query(
            (rs, n) ->
                instalments
                    .computeIfAbsent(rs.getObject("order_id", UUID.class), id -> new ArrayList<>())
                    .add(
                        new Instalment(
                            rs.getInt("seq"),
                            rs.getObject("due_on", LocalDate.class),
                            rs.getBigDecimal("amount"))))
        .list();
    Map<UUID, List<Allocation.Paid>> payments = new HashMap<>();
    jdbc.sql(
            "select p.order_id, p.paid_on, p.amount from sales_payment p"
                + " join sales_order o on o.id = p.order_id where o.customer_id = :customer and "
                + COUNTED
                + " order by p.paid_on, p.paid_at, p.id")
        .param("customer", customerId)
        .query(
            (rs, n) ->
                payments
                    .computeIfAbsent(rs.getObject("order_id", UUID.class), id -> new ArrayList<>())
                    .add(
                        new Allocation.Paid(
                            rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("amount"))))
        .list();
    Map<UUID, List<OrderFacts.Refunded>> refunds = new HashMap<>();
    jdbc.sql(
            "select r.order_id, r.refunded_on, r.amount from sales_refund r"
                + " join sales_order o on o.id = r.order_id where o.customer_id = :customer and "
                + COUNTED)
        .param("customer", customerId)
        .query(
            (rs, n) ->
                refunds
                    .computeIfAbsent(rs.getObject("order_id", UUID.class), id -> new ArrayList<>())
                    .add(
                        new OrderFacts.Refunded(
                            rs.getObject("refunded_on", LocalDate.class),
                            rs.getBigDecimal("amount"))))
        .list();
    return rows.stream()
        .map(
            r ->
                new OrderFacts(
                    r.id(),
                    r.number(),
                    r.kind(),
                    r.status(),
                    r.orderedAt().toInstant(),
                    r.orderDay(),
                    r.exchangeRate(),
                    r.amount(),
                    r.amountBase(),
                    r.costBase(),
                    instalments.getOrDefault(r.id(), List.of()),
                    payments.getOrDefault(r.id(), List.of()),
                    refunds.getOrDefault(r.id(), List.of())))
        .toList();
  }
}
