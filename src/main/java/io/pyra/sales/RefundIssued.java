package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Finance refunded {@code amount} (in the order's {@code currency}; {@code amountBase} in the base
 * currency at the order's rate) of order {@code orderId} of customer {@code customerId} ({@code
 * null} for an anonymous sale), at {@code refundedAt}, on the company's day {@code refundedOn}.
 */
public record RefundIssued(
    RefundId refundId,
    OrderId orderId,
    CustomerId customerId,
    BigDecimal amount,
    String currency,
    BigDecimal amountBase,
    Instant refundedAt,
    LocalDate refundedOn,
    UserId recordedBy) {}
