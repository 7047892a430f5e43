package io.pyra.sales.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded payment of an order, in the order's currency. */
public record Payment(
    UUID id,
    UUID orderId,
    BigDecimal amount,
    Instant paidAt,
    LocalDate paidOn,
    String method,
    boolean prepayment,
    String reference,
    UUID createdBy,
    Instant createdAt) {}
