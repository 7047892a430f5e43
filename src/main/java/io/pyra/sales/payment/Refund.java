package io.pyra.sales.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A refund of an order, in the order's currency. */
public record Refund(
    UUID id,
    UUID orderId,
    BigDecimal amount,
    String reason,
    Instant refundedAt,
    LocalDate refundedOn,
    UUID createdBy,
    Instant createdAt) {}
