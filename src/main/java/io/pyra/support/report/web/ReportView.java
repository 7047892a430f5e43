package io.pyra.support.report.web;

import io.pyra.platform.web.Chart;
import java.util.List;

/**
 * One report as the page draws it: the table, its chart, the late cases (the delay report only,
 * else null) and notes below the table in the reader's language.
 */
record ReportView(ReportTable table, Chart chart, ReportTable cases, List<String> notes) {}
