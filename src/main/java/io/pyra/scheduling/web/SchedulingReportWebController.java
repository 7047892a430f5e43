package io.pyra.scheduling.web;

import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.web.Chart;
import io.pyra.scheduling.report.ReportAccess;
import io.pyra.scheduling.report.ReportMonths;
import io.pyra.scheduling.report.SchedulingReports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The scheduling reports' page (a tab per report: filters for centre and months, tables and a
 * chart) and its CSV and Excel files, for the centres the reader's {@code scheduling.report}
 * reaches.
 */
@Controller
@PreAuthorize("hasAuthority('scheduling.report')")
class SchedulingReportWebController {

  private final SchedulingReports reports;
  private final ReportAccess access;
  private final MessageSource messages;
  private final Problems problems;
  private final Clock clock;

  SchedulingReportWebController(
      SchedulingReports reports,
      ReportAccess access,
      MessageSource messages,
      Problems problems,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.reports = reports;
    this.access = access;
    this.messages = messages;
    this.problems = problems;
    this.clock = Clock.system(ZoneId.of(zone));
  }

  /** The filters as chosen: the centre (null: none visible) and the months. */
  record Filters(UUID centre, ReportMonths months) {}

  @GetMapping("/scheduling/reports")
  String page(
      @RequestParam(required = false) String report,
      @RequestParam(required = false) UUID centre,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    SchedulingReportKind shown = SchedulingReportKind.of(report);
    List<OrgUnitSummary> centres = access.centres();
    ReportMonths months;
    try {
      months = ReportMonths.parse(from, to, YearMonth.now(clock));
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().get(0), locale));
      months = ReportMonths.parse(null, null, YearMonth.now(clock));
    }
    UUID chosen = chosen(centre, centres);
    model.addAttribute("reports", List.of(SchedulingReportKind.values()));
    model.addAttribute("report", shown);
    model.addAttribute("centres", centres);
    model.addAttribute("filters", new Filters(chosen, months));
    if (chosen != null) {
      model.addAttribute("view", view(shown, chosen, months, locale));
      model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    }
    return "scheduling/reports/report";
  }

  @GetMapping("/scheduling/reports/export")
  void export(
      @RequestParam(required = false) String report,
      @RequestParam UUID centre,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String format,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    SchedulingReportKind shown = SchedulingReportKind.of(report);
    SchedulingReportView view;
    try {
      view = view(shown, centre, ReportMonths.parse(from, to, YearMonth.now(clock)), locale);
    } catch (BusinessRuleException e) {
      response.setStatus(400);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(problems.message(e.violations().get(0), locale));
      return;
    }
    SchedulingReportExport.Format file = SchedulingReportExport.Format.of(format);
    response.setContentType(file.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("scheduling-" + shown.path() + "." + file.extension())
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    SchedulingReportExport.write(file, view.tables(), response.getOutputStream());
  }

  private SchedulingReportView view(
      SchedulingReportKind kind, UUID centre, ReportMonths months, Locale locale) {
    SchedulingReportTables tables = new SchedulingReportTables(messages, locale);
    return switch (kind) {
      case OCCUPANCY -> tables.usage(reports.occupancy(centre, months), false);
      case INSTRUCTOR_UTILISATION ->
          tables.usage(reports.instructorUtilisation(centre, months), true);
      case FILL_RATE -> tables.fillRate(reports.fillRate(centre, months));
      case CLASS_REVENUE -> tables.revenue(reports.classRevenue(centre, months));
    };
  }

  /** The centre asked for (404 if not reached), else the first the reader sees. */
  private static UUID chosen(UUID asked, List<OrgUnitSummary> centres) {
    if (asked != null) {
      if (centres.stream().noneMatch(c -> c.id().value().equals(asked))) {
        throw new RecordNotFoundException("centre", asked);
      }
      return asked;
    }
    return centres.isEmpty() ? null : centres.get(0).id().value();
  }
}
