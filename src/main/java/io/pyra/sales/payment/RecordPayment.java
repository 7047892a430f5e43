package io.pyra.sales.payment;

/**
 * A payment as typed: {@code amount} (order currency), {@code paidAt} (a day or a time with offset;
 * now when blank), {@code method} (a {@link PaymentMethod}), {@code prepayment} (may exceed what is
 * outstanding), {@code reference} (a receipt or transfer number).
 */
public record RecordPayment(
    String amount, String paidAt, String method, Boolean prepayment, String reference) {}
