package io.pyra.support.web;

import io.pyra.platform.SpreadsheetText;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.web.Chart;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service reports' pages (a tab each: table, chart, filters) and their CSV files, over the
 * cases the reader's {@code case.read} reaches.
 */
@Controller
@PreAuthorize("hasAuthority('case.read')")
class ServiceReportWebController {

  private final ServiceReports reports;
  private final MessageSource messages;
  private final Problems problems;
  private final ZoneId zone;

  ServiceReportWebController(
      ServiceReports reports,
      MessageSource messages,
      Problems problems,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.reports = reports;
    this.messages = messages;
    this.problems = problems;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/support/reports")
  String index() {
    return "redirect:/support/reports/delays";
  }

  @GetMapping("/support/reports/{report}")
  String page(
      @PathVariable String report,
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    ServiceReport shown = report(report);
    ServiceReportFilters filters;
    try {
      filters = ServiceReportFilters.parse(shown, groupBy, type, from, to, zone);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().get(0), locale));
      filters = ServiceReportFilters.defaults(shown, zone);
    }
    model.addAttribute("reports", List.of(ServiceReport.values()));
    model.addAttribute("report", shown);
    model.addAttribute("filters", filters);
    model.addAttribute(
        "view", reports.view(filters, new ServiceReportLabels(messages, locale, zone)));
    model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    return "support/reports/report";
  }

  @GetMapping("/support/reports/{report}/export")
  void export(
      @PathVariable String report,
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    ServiceReport shown = report(report);
    ServiceReportTable table;
    try {
      table =
          reports.file(
              ServiceReportFilters.parse(shown, groupBy, type, from, to, zone),
              new ServiceReportLabels(messages, locale, zone));
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(problems.message(e.violations().get(0), locale));
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("support-" + shown.path() + "-" + LocalDate.now(zone) + ".csv")
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    write(table, response);
  }

  /** UTF-8 with a byte order mark (Excel then shows Chinese); every cell guarded as text. */
  private static void write(ServiceReportTable table, HttpServletResponse response)
      throws IOException {
    Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer =
        new CSVPrinter(
            writer,
            CSVFormat.DEFAULT
                .builder()
                .setHeader(SpreadsheetText.cells(table.labels()).toArray(String[]::new))
                .get());
    for (ServiceReportTable.Row row : table.rows()) {
      printer.printRecord(
          SpreadsheetText.cells(row.cells().stream().map(ServiceReportTable.Cell::text).toList()));
    }
    printer.flush();
  }

  private static ServiceReport report(String path) {
    ServiceReport report = ServiceReport.of(path);
    if (report == null) {
      throw new RecordNotFoundException("report", path);
    }
    return report;
  }
}
