package io.pyra.sales;

import io.pyra.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order was cancelled and no longer counts. {@code counted} says whether it counted before (it
 * was signed, active or completed), so that a read model that added it with {@link OrderPlaced}
 * takes its amounts ({@code amountBase}, {@code costBase}, in the base currency) out again.
 */
public record OrderCancelled(
    OrderId orderId,
    CustomerId customerId,
    String number,
    String kind,
    LocalDate orderDay,
    boolean counted,
    BigDecimal amountBase,
    BigDecimal costBase) {}
