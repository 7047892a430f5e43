package io.pyra.support.report;

import java.math.BigDecimal;

/**
 * Time to first response and to resolution of the cases opened in a month, in real elapsed hours
 * (not working hours: what the customer waited), one decimal: the mean and the median over the
 * cases answered ({@code responded}) and resolved ({@code resolved}) so far; null when none was.
 */
public record TimeMonth(
    String month,
    long opened,
    long responded,
    BigDecimal averageResponseHours,
    BigDecimal medianResponseHours,
    long resolved,
    BigDecimal averageResolutionHours,
    BigDecimal medianResolutionHours) {}
