package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order started to count as a sale (or, for a credit note of kind {@code CREDIT_NOTE}, as a
 * return): it was signed, or written already signed or completed. {@code customerId} is null for an
 * anonymous sale. Amounts are exact decimals in {@code currency}; the {@code *Base} ones in the
 * base currency at the rate stored on the order; a credit note's are negative.
 */
public record OrderPlaced(
    OrderId orderId,
    CustomerId customerId,
    String number,
    String kind,
    LocalDate orderDay,
    String currency,
    BigDecimal amount,
    BigDecimal amountBase,
    BigDecimal costBase,
    UserId ownerId,
    OrgUnitId orgUnitId) {}
