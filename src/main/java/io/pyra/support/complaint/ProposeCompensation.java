package io.pyra.support.complaint;

import java.math.BigDecimal;

/**
 * A compensation as an agent proposes it: type code, value (≥ 0) in {@code currency} (ISO 4217;
 * none: the company's base currency), a note, and for a REFUND the customer's order number.
 */
public record ProposeCompensation(
    String type, BigDecimal amount, String currency, String note, String orderNumber) {}
