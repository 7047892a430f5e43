package io.pyra.support.web;

import io.pyra.support.report.CaseTypes;
import io.pyra.support.report.ComplaintCounts;
import io.pyra.support.report.ComplaintMonth;
import io.pyra.support.report.ComplianceGrouping;
import io.pyra.support.report.ComplianceRow;
import io.pyra.support.report.DelayGrouping;
import io.pyra.support.report.DelayReport;
import io.pyra.support.report.Delays;
import io.pyra.support.report.ReportPeriod;
import io.pyra.support.report.ResponseTimes;
import io.pyra.support.report.RootCausePareto;
import io.pyra.support.report.RootCauseShare;
import io.pyra.support.report.RootCauses;
import io.pyra.support.report.SatisfactionMonth;
import io.pyra.support.report.SatisfactionScores;
import io.pyra.support.report.SlaCompliance;
import io.pyra.support.report.TimeMonth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service reports as JSON, over the cases the caller's {@code case.read} reaches. Periods are
 * {@code from} and {@code to} inclusive (yyyy-MM-dd, in the company's time zone; by default the
 * last twelve months), at most about three years; every month of the period is listed.
 */
@Tag(name = "Service reports")
@RestController
@RequestMapping("/api/v1/support/reports")
@PreAuthorize("hasAuthority('case.read')")
class ServiceReportRestController {

  private final DelayReport delays;
  private final SlaCompliance compliance;
  private final ComplaintCounts complaints;
  private final RootCausePareto rootCauses;
  private final ResponseTimes times;
  private final SatisfactionScores satisfaction;
  private final ZoneId zone;

  ServiceReportRestController(
      DelayReport delays,
      SlaCompliance compliance,
      ComplaintCounts complaints,
      RootCausePareto rootCauses,
      ResponseTimes times,
      SatisfactionScores satisfaction,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.delays = delays;
    this.compliance = compliance;
    this.complaints = complaints;
    this.rootCauses = rootCauses;
    this.times = times;
    this.satisfaction = satisfaction;
    this.zone = ZoneId.of(zone);
  }

  record ComplianceReport(
      LocalDate from, LocalDate to, String groupBy, String type, List<ComplianceRow> rows) {}

  record ComplaintReport(LocalDate from, LocalDate to, List<ComplaintMonth> months) {}

  record RootCauseReport(
      LocalDate from,
      LocalDate to,
      long complaints,
      long withoutRootCause,
      List<RootCauseShare> causes) {}

  record TimeReport(LocalDate from, LocalDate to, String type, List<TimeMonth> months) {}

  record SatisfactionReport(
      LocalDate from, LocalDate to, String type, List<SatisfactionMonth> months) {}

  @Operation(
      summary =
          "The complaint delay report: open cases past a deadline now (SLA state BREACHED), grouped"
              + " by groupBy (grade, assignee, team, branch: the customer's org unit), with hours"
              + " late in real hours since the first deadline missed, and the 500 latest cases."
              + " type: complaints (default) or all")
  @GetMapping("/delays")
  Delays delays(
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String type) {
    return delays.at(
        Instant.now(), DelayGrouping.parse(groupBy), CaseTypes.parse(type, CaseTypes.COMPLAINTS));
  }

  @Operation(
      summary =
          "SLA compliance of the cases resolved in the period: first responses and resolutions met"
              + " and breached, and the percentages (null when none was resolved), by groupBy"
              + " (month, grade, team, category). type: all (default) or complaints")
  @GetMapping("/sla-compliance")
  ComplianceReport compliance(
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale) {
    ComplianceGrouping grouping = ComplianceGrouping.parse(groupBy);
    CaseTypes types = CaseTypes.parse(type, CaseTypes.ALL);
    ReportPeriod period = ReportPeriod.parse(from, to, zone);
    return new ComplianceReport(
        period.from(),
        period.to(),
        grouping.parameter(),
        types.parameter(),
        compliance.report(period, grouping, types, locale));
  }

  @Operation(
      summary =
          "Complaints per month of opening, serious and minor, and refund cases (type REFUND)")
  @GetMapping("/complaints")
  ComplaintReport complaints(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    ReportPeriod period = ReportPeriod.parse(from, to, zone);
    return new ComplaintReport(period.from(), period.to(), complaints.report(period));
  }

  @Operation(
      summary =
          "Root causes of the complaints opened in the period, most first, with each one's share"
              + " and the cumulative share (of the complaints with a root cause)")
  @GetMapping("/root-causes")
  RootCauseReport rootCauses(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale) {
    ReportPeriod period = ReportPeriod.parse(from, to, zone);
    RootCauses causes = rootCauses.report(period, locale);
    return new RootCauseReport(
        period.from(),
        period.to(),
        causes.complaints(),
        causes.withoutRootCause(),
        causes.causes());
  }

  @Operation(
      summary =
          "Time to first response and to resolution of the cases opened in each month: mean and"
              + " median in real elapsed hours. type: all (default) or complaints")
  @GetMapping("/times")
  TimeReport times(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    CaseTypes types = CaseTypes.parse(type, CaseTypes.ALL);
    ReportPeriod period = ReportPeriod.parse(from, to, zone);
    return new TimeReport(
        period.from(), period.to(), types.parameter(), times.report(period, types));
  }

  @Operation(
      summary =
          "Satisfaction after resolution per month of resolution: the mean score and how many"
              + " gave each score 1 to 5. type: all (default) or complaints")
  @GetMapping("/satisfaction")
  SatisfactionReport satisfaction(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    CaseTypes types = CaseTypes.parse(type, CaseTypes.ALL);
    ReportPeriod period = ReportPeriod.parse(from, to, zone);
    return new SatisfactionReport(
        period.from(), period.to(), types.parameter(), satisfaction.report(period, types));
  }
}
