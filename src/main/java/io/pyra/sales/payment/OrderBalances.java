package io.pyra.sales.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the payments of an order the user may see stand on a day ({@link OrderBalance}). */
@Service
public class OrderBalances {

  private final JdbcClient jdbc;
  private final PayableOrders orders;
  private final Instalments instalments;

  OrderBalances(JdbcClient jdbc, PayableOrders orders, Instalments instalments) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.instalments = instalments;
  }

  /** The balance today, in the company's time zone. */
  @Transactional(readOnly = true)
  public OrderBalance today(UUID orderId) {
    return asOf(orderId, orders.today());
  }

  /** The balance on {@code day}: the payments and refunds made up to that day count. */
  @Transactional(readOnly = true)
  public OrderBalance asOf(UUID orderId, LocalDate day) {
    PayableOrder order = orders.require(orderId);
    BigDecimal paid =
        jdbc.sql(
                "select coalesce(sum(amount), 0) from sales_payment where order_id = :order and paid_on <= :day")
            .param("order", orderId)
            .param("day", day)
            .query(BigDecimal.class)
            .single();
    BigDecimal refunded =
        jdbc.sql(
                "select coalesce(sum(amount), 0) from sales_refund where order_id = :order and refunded_on <= :day")
            .param("order", orderId)
            .param("day", day)
            .query(BigDecimal.class)
            .single();
    return OrderBalance.of(
        day,
        order.amount(),
        Allocation.schedule(instalments.stored(orderId), order.orderDay(), order.amount()),
        paid,
        refunded);
  }
}
