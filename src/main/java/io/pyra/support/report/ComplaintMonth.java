package io.pyra.support.report;

import java.math.BigDecimal;

/**
 * Seed 001's measures for one month (by the day a case was opened): serious and minor complaints,
 * their total, refund cases (type REFUND), and — once {@link CompensationRefunds} is implemented —
 * the refunds granted as compensation and their value (null until then).
 */
public record ComplaintMonth(
    String month,
    long serious,
    long minor,
    long complaints,
    long refundCases,
    Long compensationRefunds,
    BigDecimal compensationRefundAmount) {}
