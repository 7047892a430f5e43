package io.pyra.scheduling.report;

import java.util.List;

/**
 * Occupancy of a centre's rooms and other resources, or the utilisation of its instructors: a line
 * per month and resource (month first, then by resource code) and a total per month.
 */
public record UsageReport(
    ReportCentre centre, ReportMonths months, List<UsageLine> lines, List<UsageTotal> totals) {}
