package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.web.Chart;
import io.pyra.sales.analysis.SalesAnalysis;
import io.pyra.sales.analysis.SalesFilter;
import io.pyra.sales.analysis.SalesGrouping;
import io.pyra.sales.analysis.SalesPeriod;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sales analysis page: for an org unit and a period (month, quarter, year or chosen days), one
 * tab per analysis, each a table and an ECharts chart, and their export to CSV and XLSX.
 */
@Controller
@PreAuthorize("hasAuthority('sales-analysis.read')")
class SalesAnalysisWebController {

  private final SalesAnalysis sales;
  private final SalesAnalysisTables tables;
  private final Problems problems;
  private final ZoneId zone;

  SalesAnalysisWebController(
      SalesAnalysis sales,
      SalesAnalysisTables tables,
      Problems problems,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.sales = sales;
    this.tables = tables;
    this.problems = problems;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/sales/analysis")
  String page(
      @RequestParam(required = false) String analysis,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String orgUnit,
      @RequestParam(required = false) String groupBy,
      Model model,
      Locale locale) {
    SalesAnalysisKind kind;
    SalesAnalysisRequest request =
        new SalesAnalysisRequest(period, from, to, orgUnit, null, groupBy);
    SalesFilter filter;
    SalesGrouping grouping;
    List<SalesAnalysisTable> shown;
    try {
      kind = SalesAnalysisKind.parse(analysis);
      grouping = grouping(kind, request);
      filter = request.filter(today(), kind == SalesAnalysisKind.FORECAST);
      shown = tables.of(kind, filter, grouping, locale);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().get(0), locale));
      kind = SalesAnalysisKind.SUMMARY;
      request = new SalesAnalysisRequest(null, null, null, null, null, null);
      grouping = SalesGrouping.MONTH;
      filter = request.filter(today(), false);
      shown = tables.of(kind, filter, grouping, locale);
    }
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", SalesAnalysisKind.values());
    model.addAttribute("filter", filter);
    model.addAttribute("periodKind", request.kindOrCustom());
    model.addAttribute("periodKinds", SalesPeriod.Kind.values());
    model.addAttribute("grouping", grouping);
    model.addAttribute("groupings", groupings(kind));
    model.addAttribute("units", sales.units());
    model.addAttribute("tables", shown);
    model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    return "sales/analysis/page";
  }

  @GetMapping("/sales/analysis/export")
  void export(
      @RequestParam(required = false) String analysis,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String orgUnit,
      @RequestParam(required = false) String groupBy,
      @RequestParam(defaultValue = "csv") String format,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    SalesAnalysisExport.Format type;
    SalesAnalysisKind kind;
    List<SalesAnalysisTable> shown;
    try {
      type = SalesAnalysisExport.Format.parse(format);
      kind = SalesAnalysisKind.parse(analysis);
      SalesAnalysisRequest request =
          new SalesAnalysisRequest(period, from, to, orgUnit, null, groupBy);
      shown =
          tables.of(
              kind,
              request.filter(today(), kind == SalesAnalysisKind.FORECAST),
              grouping(kind, request),
              locale);
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
            .filename("sales-" + kind.parameter() + "-" + today() + "." + type.extension())
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    SalesAnalysisExport.write(type, shown, response.getOutputStream());
    response.flushBuffer();
  }

  private static SalesGrouping grouping(SalesAnalysisKind kind, SalesAnalysisRequest request) {
    return switch (kind) {
      case SUMMARY -> request.grouping(SalesGrouping.MONTH);
      case COMPOSITION -> request.share();
      default -> SalesGrouping.MONTH;
    };
  }

  private static List<SalesGrouping> groupings(SalesAnalysisKind kind) {
    return switch (kind) {
      case SUMMARY ->
          Arrays.stream(SalesGrouping.values()).filter(g -> g != SalesGrouping.TOTAL).toList();
      case COMPOSITION -> List.of(SalesGrouping.CATEGORY, SalesGrouping.PRODUCT);
      default -> List.of();
    };
  }

  private LocalDate today() {
    return LocalDate.now(zone);
  }
}
