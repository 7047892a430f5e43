package io.pyra.sales.payment;

/** A refund as typed: {@code amount} (order currency), {@code reason}, {@code refundedAt}. */
public record IssueRefund(String amount, String reason, String refundedAt) {}
