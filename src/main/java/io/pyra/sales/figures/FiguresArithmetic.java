package io.pyra.sales.figures;

import io.pyra.sales.CustomerSalesFigures;
import io.pyra.sales.OrderId;
import io.pyra.sales.payment.Allocation;
import io.pyra.sales.payment.Instalment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The computation behind {@link CustomerSalesFigures}, on facts already read. */
public final class FiguresArithmetic {

  private FiguresArithmetic() {}

  /**
   * A customer's figures on the company's day {@code asOf}, in the base currency. Only counted
   * orders (signed, active, completed; credit notes included) take part; what is in an order's
   * currency is converted at the order's own rate, exactly, and every figure is rounded (half even)
   * to 6 decimals at the end.
   *
   * <ul>
   *   <li>lifetime revenue = Σ amountBase - Σ (refund × rate), over all orders and refunds;
   *   <li>12-month revenue = the same over the orders of the days after {@code asOf} minus 12
   *       months up to {@code asOf}, and the refunds made in those days (whatever the order's day);
   *   <li>cost = Σ costBase (lifetime; and over the same orders for 12 months); margin = revenue -
   *       cost;
   *   <li>outstanding = Σ max(0, amount - paid) × rate over the sales (credit notes owe nothing),
   *       paid = the payments made up to {@code asOf};
   *   <li>overdue = Σ over the sales of what the instalments due before {@code asOf} ask for and
   *       the payments do not cover (never negative) × rate;
   *   <li>punctuality: each sale's payments, in the order they were paid, cover its instalments in
   *       due-date order (an order without a schedule: one instalment on its order day); a part
   *       paid after its due date is late by the days in between. lateShare = late amount / amount
   *       allocated (4 decimals); averageDaysLate = Σ (days × amount) / late amount over the late
   *       parts (2 decimals), 0 when nothing was late; both {@code null} when nothing was paid
   *       against a due date. Amounts paid beyond the schedule (prepayments) take no part.
   * </ul>
   */
  public static CustomerSalesFigures compute(
      LocalDate asOf, String baseCurrency, List<OrderFacts> orders) {
    LocalDate since = asOf.minusMonths(12);
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal revenue12 = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal cost12 = BigDecimal.ZERO;
    BigDecimal outstanding = BigDecimal.ZERO;
    BigDecimal overdue = BigDecimal.ZERO;
    BigDecimal allocated = BigDecimal.ZERO;
    BigDecimal late = BigDecimal.ZERO;
    BigDecimal lateDays = BigDecimal.ZERO;
    int counted = 0;
    OrderFacts last = null;
    for (OrderFacts order : orders) {
      if (!order.counted()) {
        continue;
      }
      counted++;
      BigDecimal rate = order.exchangeRate();
      boolean recent = order.orderDay().isAfter(since) && !order.orderDay().isAfter(asOf);
      revenue = revenue.add(order.amountBase());
      cost = cost.add(order.costBase());
      if (recent) {
        revenue12 = revenue12.add(order.amountBase());
        cost12 = cost12.add(order.costBase());
      }
      for (OrderFacts.Refunded refund : order.refunds()) {
        if (refund.refundedOn().isAfter(asOf)) {
          continue;
        }
        BigDecimal base = refund.amount().multiply(rate);
        revenue = revenue.subtract(base);
        if (refund.refundedOn().isAfter(since)) {
          revenue12 = revenue12.subtract(base);
        }
      }
      if (order.creditNote()) {
        continue;
      }
      if (last == null || LAST.compare(order, last) > 0) {
        last = order;
      }
      List<Allocation.Paid> payments =
          order.payments().stream()
              .filter(p -> !p.paidOn().isAfter(asOf))
              .sorted(Comparator.comparing(Allocation.Paid::paidOn))
              .toList();
      BigDecimal paid =
          payments.stream().map(Allocation.Paid::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      List<Instalment> schedule =
          Allocation.schedule(order.instalments(), order.orderDay(), order.amount());
      outstanding =
          outstanding.add(order.amount().subtract(paid).max(BigDecimal.ZERO).multiply(rate));
      overdue = overdue.add(Allocation.uncovered(schedule, paid, asOf, false).multiply(rate));
      for (Allocation.Part part : Allocation.allocate(schedule, payments)) {
        BigDecimal base = part.amount().multiply(rate);
        allocated = allocated.add(base);
        if (part.daysLate() > 0) {
          late = late.add(base);
          lateDays = lateDays.add(base.multiply(BigDecimal.valueOf(part.daysLate())));
        }
      }
    }
    BigDecimal averageDaysLate = null;
    BigDecimal lateShare = null;
    if (allocated.signum() > 0) {
      lateShare = late.divide(allocated, 4, RoundingMode.HALF_EVEN);
      averageDaysLate =
          late.signum() > 0
              ? lateDays.divide(late, 2, RoundingMode.HALF_EVEN)
              : BigDecimal.ZERO.setScale(2);
    }
    return new CustomerSalesFigures(
        asOf,
        baseCurrency,
        six(revenue),
        six(revenue12),
        six(cost),
        six(cost12),
        six(revenue.subtract(cost)),
        six(revenue12.subtract(cost12)),
        six(outstanding),
        six(overdue),
        averageDaysLate,
        lateShare,
        counted,
        last == null ? null : new OrderId(last.id()),
        last == null ? null : last.number(),
        last == null ? null : last.orderDay());
  }

  private static final Comparator<OrderFacts> LAST =
      Comparator.comparing(OrderFacts::orderedAt).thenComparing(o -> o.id().toString());

  private static BigDecimal six(BigDecimal value) {
    return value.setScale(6, RoundingMode.HALF_EVEN);
  }
}
