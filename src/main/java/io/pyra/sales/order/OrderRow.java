package io.pyra.sales.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An order as lists show it, with its customer's and owner's names. */
public record OrderRow(
    UUID id,
    String number,
    OrderKind kind,
    OrderStatus status,
    UUID customerId,
    String customerCode,
    String customerName,
    UUID ownerId,
    String ownerName,
    Instant orderedAt,
    LocalDate orderDay,
    String currency,
    BigDecimal amount,
    BigDecimal cost,
    BigDecimal amountBase,
    BigDecimal paid,
    BigDecimal refunded,
    int lineCount,
    long version) {

  public BigDecimal margin() {
    return amount.subtract(cost);
  }

  /** What is still to be paid; nothing for an order that does not count. */
  public BigDecimal outstanding() {
    return status.counts() ? amount.subtract(paid) : BigDecimal.ZERO;
  }
}
