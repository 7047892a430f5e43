package io.pyra.sales.web;

import io.pyra.sales.payment.OrderBalance;
import io.pyra.sales.payment.Payment;
import io.pyra.sales.payment.Refund;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The JSON shapes of payments, refunds and an order's balance (amounts in the order's currency).
 */
final class PaymentJson {

  private PaymentJson() {}

  record PaymentBody(
      UUID id,
      UUID orderId,
      BigDecimal amount,
      String currency,
      Instant paidAt,
      LocalDate paidOn,
      String method,
      boolean prepayment,
      String reference,
      Instant createdAt) {

    static PaymentBody of(Payment p, String currency) {
      return new PaymentBody(
          p.id(),
          p.orderId(),
          p.amount(),
          currency,
          p.paidAt(),
          p.paidOn(),
          p.method(),
          p.prepayment(),
          p.reference(),
          p.createdAt());
    }
  }

  record RefundBody(
      UUID id,
      UUID orderId,
      BigDecimal amount,
      String currency,
      String reason,
      Instant refundedAt,
      LocalDate refundedOn,
      Instant createdAt) {

    static RefundBody of(Refund r, String currency) {
      return new RefundBody(
          r.id(),
          r.orderId(),
          r.amount(),
          currency,
          r.reason(),
          r.refundedAt(),
          r.refundedOn(),
          r.createdAt());
    }
  }

  /**
   * Where the order's payments stand today: amount, paid, refunded, outstanding (amount - paid),
   * due (instalments due up to today not covered) and overdue (due before today, not covered).
   */
  record BalanceBody(
      LocalDate asOf,
      String currency,
      BigDecimal amount,
      BigDecimal paid,
      BigDecimal refunded,
      BigDecimal outstanding,
      BigDecimal due,
      BigDecimal overdue) {

    static BalanceBody of(OrderBalance b, String currency) {
      return new BalanceBody(
          b.asOf(),
          currency,
          b.amount(),
          b.paid(),
          b.refunded(),
          b.outstanding(),
          b.due(),
          b.overdue());
    }
  }
}
