package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.scheduling.report.FillReport;
import io.pyra.scheduling.report.ReportMonths;
import io.pyra.scheduling.report.RevenueReport;
import io.pyra.scheduling.report.SchedulingReports;
import io.pyra.scheduling.report.UsageReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scheduling reports over the API, per month on the centre's clock for a centre the caller's
 * {@code scheduling.report} reaches (another is 404): from and to are months ("2027-03", at most 24
 * months; missing: the last six up to this month); a bad month or range is a 400 naming the field.
 */
@Tag(name = "Scheduling reports")
@RestController
@RequestMapping("/api/v1/scheduling/reports")
@PreAuthorize("hasAuthority('scheduling.report')")
class SchedulingReportRestController {

  private final SchedulingReports reports;
  private final Problems problems;
  private final Clock clock;

  SchedulingReportRestController(
      SchedulingReports reports, Problems problems, @Value("${pyra.time-zone:UTC}") String zone) {
    this.reports = reports;
    this.problems = problems;
    this.clock = Clock.system(ZoneId.of(zone));
  }

  @Operation(
      summary =
          "Occupancy of a centre's rooms and other resources per month: booked hours (confirmed"
              + " bookings, cut at the month's ends) over available hours (opening hours less"
              + " closures and holidays), percent with one decimal (null when never open)")
  @GetMapping("/occupancy")
  UsageReport occupancy(
      @RequestParam UUID centre,
      @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", maxLength = 7))
          @RequestParam(required = false)
          String from,
      @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", maxLength = 7))
          @RequestParam(required = false)
          String to) {
    return reports.occupancy(centre, months(from, to));
  }

  @Operation(
      summary =
          "Utilisation of a centre's instructors per month: booked hours over their available"
              + " hours (their own hours, less leave, closures and holidays)")
  @GetMapping("/instructor-utilisation")
  UsageReport instructorUtilisation(
      @RequestParam UUID centre,
      @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", maxLength = 7))
          @RequestParam(required = false)
          String from,
      @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", maxLength = 7))
          @RequestParam(required = false)
          String to) {
    return reports.instructorUtilisation(centre, months(from, to));
  }

  @Operation(
      summary =
          "Fill rate of a centre's class sessions per course and month (enrolled, not withdrawn,"
              + " over capacity), per month, and the sessions (at most 500)")
  @GetMapping("/fill-rate")
  FillReport fillRate(
      @RequestParam UUID centre,
      @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", maxLength = 7))
          @RequestParam(required = false)
          String from,
      @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", maxLength = 7))
          @RequestParam(required = false)
          String to) {
    return reports.fillRate(centre, months(from, to));
  }

  @Operation(
      summary =
          "Revenue from classes per course and month in the base currency: each enrolment not"
              + " withdrawn earns its contract seat's value in the month of its session")
  @GetMapping("/class-revenue")
  RevenueReport classRevenue(
      @RequestParam UUID centre,
      @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", maxLength = 7))
          @RequestParam(required = false)
          String from,
      @Parameter(schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", maxLength = 7))
          @RequestParam(required = false)
          String to) {
    return reports.classRevenue(centre, months(from, to));
  }

  /** A month or range the reports cannot show is a fault of the request: 400 naming the field. */
  @ExceptionHandler(BusinessRuleException.class)
  ProblemDetail badMonths(BusinessRuleException e, Locale locale) {
    return problems.invalid(HttpStatus.BAD_REQUEST, e.violations(), locale);
  }

  private ReportMonths months(String from, String to) {
    return ReportMonths.parse(from, to, YearMonth.now(clock));
  }
}
