package io.pyra.support.web;

import io.pyra.support.report.ComplaintCounts;
import io.pyra.support.report.ComplianceGrouping;
import io.pyra.support.report.DelayGrouping;
import io.pyra.support.report.DelayReport;
import io.pyra.support.report.Delays;
import io.pyra.support.report.ResponseTimes;
import io.pyra.support.report.RootCausePareto;
import io.pyra.support.report.SatisfactionScores;
import io.pyra.support.report.SlaCompliance;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Runs the report a page or an export asks for and draws it as a table and a chart. */
@Component
class ServiceReports {

  private final DelayReport delays;
  private final SlaCompliance compliance;
  private final ComplaintCounts complaints;
  private final RootCausePareto rootCauses;
  private final ResponseTimes times;
  private final SatisfactionScores satisfaction;

  ServiceReports(
      DelayReport delays,
      SlaCompliance compliance,
      ComplaintCounts complaints,
      RootCausePareto rootCauses,
      ResponseTimes times,
      SatisfactionScores satisfaction) {
    this.delays = delays;
    this.compliance = compliance;
    this.complaints = complaints;
    this.rootCauses = rootCauses;
    this.times = times;
    this.satisfaction = satisfaction;
  }

  ServiceReportView view(ServiceReportFilters f, ServiceReportLabels labels) {
    return switch (f.report()) {
      case DELAYS -> DelayReportViews.of(delays(f), labels);
      case SLA -> {
        ComplianceGrouping grouping = ComplianceGrouping.parse(f.groupBy());
        yield PeriodReportViews.compliance(
            compliance.report(f.period(), grouping, f.types(), labels.locale()), grouping, labels);
      }
      case COMPLAINTS -> PeriodReportViews.complaints(complaints.report(f.period()), labels);
      case ROOT_CAUSES ->
          PeriodReportViews.rootCauses(rootCauses.report(f.period(), labels.locale()), labels);
      case TIMES -> PeriodReportViews.times(times.report(f.period(), f.types()), labels);
      case SATISFACTION ->
          PeriodReportViews.satisfaction(satisfaction.report(f.period(), f.types()), labels);
    };
  }

  /** What the CSV file holds: the late cases for the delay report, else the report's table. */
  ServiceReportTable file(ServiceReportFilters f, ServiceReportLabels labels) {
    if (f.report() == ServiceReport.DELAYS) {
      return DelayReportViews.cases(delays(f).cases(), labels);
    }
    return view(f, labels).table();
  }

  private Delays delays(ServiceReportFilters f) {
    return delays.at(Instant.now(), DelayGrouping.parse(f.groupBy()), f.types());
  }
}
