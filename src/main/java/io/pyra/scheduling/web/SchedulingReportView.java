package io.pyra.scheduling.web;

import io.pyra.platform.web.Chart;
import java.util.List;

/**
 * A scheduling report drawn: its tables (the first is the main one) and the chart of its months.
 */
record SchedulingReportView(List<SchedulingReportTable> tables, Chart chart) {}
