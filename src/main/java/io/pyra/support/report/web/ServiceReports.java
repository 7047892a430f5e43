package io.pyra.support.report.web;

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

  ReportView view(Filters f, Labels labels) {
    return switch (f.report()) {
      case DELAYS -> DelayViews.of(delays(f), labels);
      case SLA -> {
        ComplianceGrouping grouping = ComplianceGrouping.parse(f.groupBy());
        yield PeriodViews.compliance(
            compliance.report(f.period(), grouping, f.types(), labels.locale()), grouping, labels);
      }
      case COMPLAINTS -> PeriodViews.complaints(complaints.report(f.period()), labels);
      case ROOT_CAUSES ->
          PeriodViews.rootCauses(rootCauses.report(f.period(), labels.locale()), labels);
      case TIMES -> PeriodViews.times(times.report(f.period(), f.types()), labels);
      case SATISFACTION ->
          PeriodViews.satisfaction(satisfaction.report(f.period(), f.types()), labels);
    };
  }

  /** What the CSV file holds: the late cases for the delay report, else the report's table. */
  ReportTable file(Filters f, Labels labels) {
    if (f.report() == Report.DELAYS) {
      return DelayViews.cases(delays(f).cases(), labels);
    }
    return view(f, labels).table();
  }

  private Delays delays(Filters f) {
    return delays.at(Instant.now(), DelayGrouping.parse(f.groupBy()), f.types());
  }
}
