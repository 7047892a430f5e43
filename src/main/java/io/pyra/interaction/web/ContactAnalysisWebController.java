package io.pyra.interaction.web;

import io.pyra.interaction.analysis.BarChart;
import io.pyra.interaction.analysis.ContactAnalysis;
import io.pyra.interaction.analysis.ContactLabels;
import io.pyra.interaction.analysis.ContactPeriod;
import io.pyra.interaction.analysis.ContactReport;
import io.pyra.interaction.analysis.ContactReportExport;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.web.Chart;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
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
 * The contact analysis page: tables and ECharts charts (the one by type with its sub-types) for a
 * unit and period, and their export.
 */
@Controller
@PreAuthorize("hasAuthority('contact-analysis.read')")
class ContactAnalysisWebController {

  private final ContactAnalysis analysis;
  private final ContactReportExport export;
  private final MessageSource messages;
  private final Problems problems;
  private final ZoneId zone;

  ContactAnalysisWebController(
      ContactAnalysis analysis,
      ContactReportExport export,
      MessageSource messages,
      Problems problems,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.analysis = analysis;
    this.export = export;
    this.messages = messages;
    this.problems = problems;
    this.zone = ZoneId.of(zone);
  }

  /** A counted item as a table shows it. */
  record Line(String code, String label, long count, int depth) {}

  @GetMapping("/reports/contacts")
  String report(
      @RequestParam(required = false) String orgUnitId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    ContactReport report;
    try {
      report = analysis.report(unitId(orgUnitId), ContactPeriod.parse(from, to, zone), locale);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().get(0), locale));
      report = analysis.report(null, ContactPeriod.parse(null, null, zone), locale);
    }
    List<Line> types =
        report.types().stream()
            .map(t -> new Line(t.code(), t.name(), t.count(), t.depth()))
            .toList();
    List<Line> channels =
        report.channels().stream()
            .map(
                c ->
                    new Line(
                        c.channel(),
                        ContactLabels.channel(c.channel(), locale, messages),
                        c.count(),
                        0))
            .toList();
    List<Line> locations =
        report.locations().stream()
            .map(
                l ->
                    new Line(
                        l.country(), ContactLabels.location(l, locale, messages), l.count(), 0))
            .toList();
    List<Line> months =
        report.months().stream()
            .map(m -> new Line(m.month().toString(), m.month().toString(), m.count(), 0))
            .toList();
    model.addAttribute("report", report);
    model.addAttribute("units", analysis.units());
    model.addAttribute("types", types);
    model.addAttribute("channels", channels);
    model.addAttribute("locations", locations);
    model.addAttribute("months", months);
    String series = messages.getMessage("analysis.column.count", null, locale);
    model.addAttribute("typeChart", chart(series, types));
    model.addAttribute("channelChart", chart(series, channels));
    model.addAttribute("locationChart", chart(series, locations));
    model.addAttribute(
        "monthChart",
        Chart.of(
            Chart.Kind.COLUMN,
            series,
            months.stream().map(Line::label).toList(),
            months.stream().map(Line::count).toList()));
    model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    return "interaction/analysis/contacts";
  }

  @GetMapping("/reports/contacts/export")
  void export(
      @RequestParam(required = false) String orgUnitId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "csv") String format,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    ContactReportExport.Format type;
    ContactReport report;
    try {
      type = ContactReportExport.Format.parse(format);
      report = analysis.report(unitId(orgUnitId), ContactPeriod.parse(from, to, zone), locale);
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(problems.message(e.violations().get(0), locale));
      return;
    }
    response.setContentType(type.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                "contacts-"
                    + report.orgUnit().code()
                    + "-"
                    + LocalDate.now(zone)
                    + "."
                    + type.extension())
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    export.write(type, report, locale, response.getOutputStream());
    response.flushBuffer();
  }

  /** The lines as bars, sub-types (depth above 0) marked as such, as the table shows them. */
  private static Chart chart(String series, List<Line> lines) {
    return BarChart.of(
        series,
        lines.stream().map(l -> new BarChart.Item(l.label(), l.count(), l.depth())).toList());
  }

  private static UUID unitId(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("orgUnitId", "type", "validation.type", "orgUnitId");
    }
  }
}
