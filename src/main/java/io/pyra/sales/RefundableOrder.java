package io.pyra.sales;

import java.math.BigDecimal;

/**
 * A customer's order as a refund for another module's decision sees it: its number, currency and
 * what may still be refunded (paid − refunded).
 */
public record RefundableOrder(OrderId id, String number, String currency, BigDecimal refundable) {}
