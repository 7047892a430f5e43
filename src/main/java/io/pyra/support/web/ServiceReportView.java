package io.pyra.support.web;

import io.pyra.platform.web.Chart;
import java.util.List;

/**
 * One report as the page draws it: the table, its chart, the late cases (the delay report only,
 * else null) and notes below the table in the reader's language.
 */
record ServiceReportView(
    ServiceReportTable table, Chart chart, ServiceReportTable cases, List<String> notes) {}
