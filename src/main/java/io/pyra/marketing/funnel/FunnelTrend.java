package io.pyra.marketing.funnel;

/**
 * A funnel report and its trend: the same leads grouped by the month they were created in (the
 * report itself when it is grouped by month).
 */
public record FunnelTrend(FunnelReport report, FunnelReport months) {}
