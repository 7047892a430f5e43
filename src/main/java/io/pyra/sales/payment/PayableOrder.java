package io.pyra.sales.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The columns of an order that its payments, refunds and schedule need. */
public record PayableOrder(
    UUID id,
    String number,
    String kind,
    String status,
    UUID customerId,
    String currency,
    BigDecimal exchangeRate,
    BigDecimal amount,
    BigDecimal paid,
    BigDecimal refunded,
    LocalDate orderDay,
    long version) {

  /** Whether the order takes payments: neither a draft nor cancelled, and no credit note. */
  public boolean draft() {
    return "DRAFT".equals(status);
  }

  public boolean cancelled() {
    return "CANCELLED".equals(status);
  }

  public boolean creditNote() {
    return "CREDIT_NOTE".equals(kind);
  }

  /** amount - paid, never negative. */
  public BigDecimal outstanding() {
    return amount.subtract(paid).max(BigDecimal.ZERO);
  }

  /** What may still be refunded: paid - refunded. */
  public BigDecimal refundable() {
    return paid.subtract(refunded).max(BigDecimal.ZERO);
  }
}
