package io.pyra.support.web;

import io.pyra.support.report.CaseTypes;
import io.pyra.support.report.ComplianceGrouping;
import io.pyra.support.report.DelayGrouping;
import io.pyra.support.report.ReportPeriod;
import java.time.ZoneId;

/**
 * A report's filters as read from the request: the period (null for the delay report, which is
 * about now), the grouping and which cases. The delay report counts complaints by default, the
 * others every case.
 */
record ServiceReportFilters(
    ServiceReport report, ReportPeriod period, String groupBy, CaseTypes types) {

  static ServiceReportFilters parse(
      ServiceReport report, String groupBy, String type, String from, String to, ZoneId zone) {
    ReportPeriod period = report.period() ? ReportPeriod.parse(from, to, zone) : null;
    String grouping =
        switch (report) {
          case DELAYS -> DelayGrouping.parse(groupBy).parameter();
          case SLA -> ComplianceGrouping.parse(groupBy).parameter();
          default -> null;
        };
    CaseTypes types =
        CaseTypes.parse(
            type, report == ServiceReport.DELAYS ? CaseTypes.COMPLAINTS : CaseTypes.ALL);
    return new ServiceReportFilters(report, period, grouping, types);
  }

  /** The defaults, when what was asked for is refused. */
  static ServiceReportFilters defaults(ServiceReport report, ZoneId zone) {
    return parse(report, null, null, null, null, zone);
  }
}
