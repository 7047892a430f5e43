package io.pyra.scheduling.report;

import java.util.List;

/**
 * The fill rate of a centre's class sessions: per course and month (by course code), per month, and
 * the sessions themselves (earliest first, at most {@link SessionFills#MAX_SESSIONS}).
 */
public record FillReport(
    ReportCentre centre,
    ReportMonths months,
    List<FillLine> lines,
    List<FillTotal> totals,
    List<SessionFill> sessions) {}
