package io.pyra.scheduling.report;

import java.util.List;

/**
 * Revenue from classes: per month and course (month first, then the larger amount, then course
 * code), per month, and per course over the whole range (month null), in the base currency.
 */
public record RevenueReport(
    ReportCentre centre,
    ReportMonths months,
    String currency,
    List<RevenueLine> lines,
    List<RevenueTotal> totals,
    List<RevenueLine> courses) {}
