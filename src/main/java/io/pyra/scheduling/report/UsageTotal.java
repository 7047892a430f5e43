package io.pyra.scheduling.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month's resources together: booked hours over available hours (summed exactly, then rounded).
 */
public record UsageTotal(
    YearMonth month, BigDecimal bookedHours, BigDecimal availableHours, BigDecimal percent) {}
