package io.pyra.marketing.web;

import io.pyra.marketing.funnel.CentreFigures;
import io.pyra.marketing.funnel.FunnelFigures;
import io.pyra.marketing.funnel.FunnelGrouping;
import io.pyra.marketing.funnel.FunnelPeriod;
import io.pyra.marketing.funnel.FunnelReport;
import io.pyra.marketing.funnel.FunnelReports;
import io.pyra.marketing.funnel.FunnelRow;
import io.pyra.marketing.funnel.FunnelTrend;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.web.Chart;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funnel page: the filters, the table with its total, a funnel chart of the steps, the trend by
 * month, the export, and the centres' shared figures for those who read appointments.
 */
@Controller
@PreAuthorize("hasAuthority('campaign.read')")
class FunnelWebController {

  static final List<String> STEPS =
      List.of("leads", "appointments", "arrivals", "consultations", "contracts");

  private final FunnelReports funnel;
  private final CentreFigures centres;
  private final MessageSource messages;
  private final Problems problems;

  FunnelWebController(
      FunnelReports funnel, CentreFigures centres, MessageSource messages, Problems problems) {
    this.funnel = funnel;
    this.centres = centres;
    this.messages = messages;
    this.problems = problems;
  }

  @GetMapping("/marketing/funnel")
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy,
      Model model,
      Locale locale) {
    LocalDate today = LocalDate.now(funnel.zone());
    FunnelPeriod period;
    FunnelGrouping grouping;
    try {
      grouping = FunnelRestController.grouping(groupBy);
      period = FunnelPeriod.parse(from, to, today);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().get(0), locale));
      grouping = FunnelGrouping.CAMPAIGN;
      period = FunnelPeriod.parse(null, null, today);
    }
    FunnelTrend trend = funnel.reportWithTrend(period, grouping, locale);
    FunnelReport report = trend.report();
    model.addAttribute("report", report);
    model.addAttribute("groupings", FunnelGrouping.values());
    model.addAttribute(
        "columns",
        COLUMNS.stream()
            .map(c -> messages.getMessage("funnel.column." + c, null, locale))
            .toList());
    model.addAttribute(
        "lines",
        report.rows().stream()
            .map(r -> new Line(r.key(), r.name(), shown(r.figures(), locale)))
            .toList());
    model.addAttribute("totalCells", shown(report.total(), locale));
    FunnelFigures total = report.total();
    List<Long> counts =
        List.of(
            total.leads(),
            total.appointments(),
            total.arrivals(),
            total.consultations(),
            total.contracts());
    model.addAttribute(
        "funnelChart",
        Chart.of(
            Chart.Kind.FUNNEL,
            messages.getMessage("funnel.column.leads", null, locale),
            STEPS.stream()
                .map(s -> messages.getMessage("funnel.column." + s, null, locale))
                .toList(),
            counts));
    FunnelReport months = trend.months();
    List<Chart.Series> series = new ArrayList<>();
    for (String step : List.of("leads", "appointments", "arrivals", "contracts")) {
      series.add(
          new Chart.Series(
              messages.getMessage("funnel.column." + step, null, locale),
              months.rows().stream().map(r -> count(step, r.figures())).toList()));
    }
    model.addAttribute(
        "trendChart",
        new Chart(Chart.Kind.LINE, months.rows().stream().map(FunnelRow::key).toList(), series));
    if (centres.readable()) {
      model.addAttribute("centreMonths", centres.months(period));
    }
    model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    return "marketing/funnel/funnel";
  }

  @GetMapping("/marketing/funnel/export")
  void export(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String format,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    FunnelExport.Format type;
    FunnelReport report;
    try {
      type = FunnelExport.Format.parse(format);
      FunnelGrouping grouping = FunnelRestController.grouping(groupBy);
      report =
          funnel.report(
              FunnelPeriod.parse(from, to, LocalDate.now(funnel.zone())), grouping, locale);
    } catch (BusinessRuleException e) {
      response.setStatus(400);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(problems.message(e.violations().get(0), locale));
      return;
    }
    List<String> columns = new ArrayList<>();
    columns.add(
        messages.getMessage("funnel.groupBy." + report.grouping().parameter(), null, locale));
    for (String column : COLUMNS) {
      columns.add(messages.getMessage("funnel.column." + column, null, locale));
    }
    List<List<String>> rows = new ArrayList<>();
    for (FunnelRow row : report.rows()) {
      rows.add(cells(row.name(), row.figures()));
    }
    rows.add(cells(messages.getMessage("funnel.total", null, locale), report.total()));
    response.setContentType(type.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                "funnel-"
                    + report.grouping().parameter()
                    + "-"
                    + report.from()
                    + "-"
                    + report.to()
                    + "."
                    + type.extension())
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    FunnelExport.write(type, columns, rows, response.getOutputStream());
    response.flushBuffer();
  }

  /** The columns of the table and the file after the row's name. */
  static final List<String> COLUMNS =
      List.of(
          "leads",
          "appointments",
          "arrivals",
          "consultations",
          "contracts",
          "noShows",
          "cost",
          "revenue",
          "appointmentRate",
          "arrivalRate",
          "noShowRate",
          "consultationRate",
          "contractRate",
          "conversionRate",
          "costPerLead",
          "costPerArrival",
          "costPerCustomer",
          "roi",
          "hoursToBooking",
          "hoursToArrival");

  private static List<String> cells(String name, FunnelFigures f) {
    return Arrays.asList(
        name,
        String.valueOf(f.leads()),
        String.valueOf(f.appointments()),
        String.valueOf(f.arrivals()),
        String.valueOf(f.consultations()),
        String.valueOf(f.contracts()),
        String.valueOf(f.noShows()),
        text(f.cost()),
        text(f.revenue()),
        text(f.appointmentRate()),
        text(f.arrivalRate()),
        text(f.noShowRate()),
        text(f.consultationRate()),
        text(f.contractRate()),
        text(f.conversionRate()),
        text(f.costPerLead()),
        text(f.costPerArrival()),
        text(f.costPerCustomer()),
        text(f.roi()),
        text(f.hoursToBooking()),
        text(f.hoursToArrival()));
  }

  /** A row of the page's table: its key, name and the figures as the reader reads them. */
  record Line(String key, String name, List<String> cells) {}

  /** The figures formatted: counts and money with separators, rates as percentages. */
  private static List<String> shown(FunnelFigures f, Locale locale) {
    List<String> raw = cells("", f).subList(1, COLUMNS.size() + 1);
    List<String> shown = new ArrayList<>();
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    percent.setMaximumFractionDigits(1);
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    for (int i = 0; i < raw.size(); i++) {
      String value = raw.get(i);
      String column = COLUMNS.get(i);
      if (value.isEmpty()) {
        shown.add("\u2014");
      } else if (column.endsWith("Rate") || column.equals("roi")) {
        shown.add(percent.format(new BigDecimal(value)));
      } else {
        number.setMinimumFractionDigits(
            value.contains(".") ? Math.min(2, value.length() - value.indexOf('.') - 1) : 0);
        shown.add(number.format(new BigDecimal(value)));
      }
    }
    return shown;
  }

  private static long count(String step, FunnelFigures f) {
    return switch (step) {
      case "appointments" -> f.appointments();
      case "arrivals" -> f.arrivals();
      case "contracts" -> f.contracts();
      default -> f.leads();
    };
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
