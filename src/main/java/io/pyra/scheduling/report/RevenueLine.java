package io.pyra.scheduling.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What a course's classes earned in a month: the enrolments (not withdrawn) in its sessions that
 * start that month, each worth its contract seat's value in the base currency.
 */
public record RevenueLine(
    YearMonth month,
    UUID productId,
    String courseCode,
    String courseName,
    long enrolments,
    BigDecimal amount) {}
