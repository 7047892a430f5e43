package io.pyra.scheduling.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One resource in one month: the hours its confirmed bookings hold it (cut at the month's ends),
 * the hours it is open (less closures, holidays and leave), and the first as a percentage of the
 * second (null when it is never open that month).
 */
public record UsageLine(
    YearMonth month,
    UUID resourceId,
    String code,
    String name,
    String kind,
    BigDecimal bookedHours,
    BigDecimal availableHours,
    BigDecimal percent) {}
