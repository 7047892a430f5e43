package io.pyra.scheduling.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month's revenue from classes, all courses together. */
public record RevenueTotal(YearMonth month, long enrolments, BigDecimal amount) {}
