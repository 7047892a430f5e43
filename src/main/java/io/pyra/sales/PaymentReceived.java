package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Finance recorded a payment of {@code amount} (in the order's {@code currency}; {@code amountBase}
 * the same in the base currency at the order's rate) on order {@code orderId} of customer {@code
 * customerId} ({@code null} for an anonymous sale), paid at {@code paidAt}, on the company's day
 * {@code paidOn}.
 */
public record PaymentReceived(
    PaymentId paymentId,
    OrderId orderId,
    CustomerId customerId,
    BigDecimal amount,
    String currency,
    BigDecimal amountBase,
    Instant paidAt,
    LocalDate paidOn,
    boolean prepayment,
    UserId recordedBy) {}
