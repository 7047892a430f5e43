package io.pyra.sales.figures;

import io.pyra.sales.payment.Allocation;
import io.pyra.sales.payment.Instalment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One order of a customer as its figures need it: amounts in the order's currency ({@code amount})
 * and in the base currency ({@code amountBase}, {@code costBase}) at {@code exchangeRate}; its
 * schedule (empty: due in full on {@code orderDay}), its payments by payment day and its refunds.
 */
public record OrderFacts(
    UUID id,
    String number,
    String kind,
    String status,
    Instant orderedAt,
    LocalDate orderDay,
    BigDecimal exchangeRate,
    BigDecimal amount,
    BigDecimal amountBase,
    BigDecimal costBase,
    List<Instalment> instalments,
    List<Allocation.Paid> payments,
    List<Refunded> refunds) {

  /** A refund of {@code amount} (order currency) made on {@code refundedOn}. */
  public record Refunded(LocalDate refundedOn, BigDecimal amount) {}

  /** Whether the order counts as a sale or a return: signed, active or completed. */
  public boolean counted() {
    return "SIGNED".equals(status) || "ACTIVE".equals(status) || "COMPLETED".equals(status);
  }

  public boolean creditNote() {
    return "CREDIT_NOTE".equals(kind);
  }
}
