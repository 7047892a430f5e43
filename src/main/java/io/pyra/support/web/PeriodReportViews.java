package io.pyra.support.web;

import io.pyra.platform.web.Chart;
import io.pyra.support.report.ComplaintMonth;
import io.pyra.support.report.ComplianceGrouping;
import io.pyra.support.report.ComplianceRow;
import io.pyra.support.report.RootCauseShare;
import io.pyra.support.report.RootCauses;
import io.pyra.support.report.SatisfactionMonth;
import io.pyra.support.report.TimeMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reports over a period as tables and charts, in the reader's language. */
final class PeriodReportViews {

  private PeriodReportViews() {}

  static ServiceReportView compliance(
      List<ComplianceRow> rows, ComplianceGrouping grouping, ServiceReportLabels labels) {
    List<ServiceReportTable.Row> lines = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Long> met = new ArrayList<>();
    List<Long> breached = new ArrayList<>();
    for (ComplianceRow r : rows) {
      String name =
          switch (grouping) {
            case CATEGORY ->
                labels.term(
                    r.name(),
                    r.key(),
                    "supportreport.category.none",
                    "supportreport.category.unnamed");
            default -> r.name();
          };
      names.add(name);
      met.add(r.bothMet());
      breached.add(r.resolved() - r.bothMet());
      lines.add(
          new ServiceReportTable.Row(
              r.key() == null ? "none" : r.key(),
              List.of(
                  ServiceReportTable.Cell.of(name),
                  ServiceReportTable.Cell.of(r.resolved()),
                  ServiceReportTable.Cell.of(r.responseMet()),
                  ServiceReportTable.Cell.of(r.responseBreached()),
                  ServiceReportTable.Cell.of(r.resolutionMet()),
                  ServiceReportTable.Cell.of(r.resolutionBreached()),
                  ServiceReportTable.Cell.of(r.responseCompliance()),
                  ServiceReportTable.Cell.of(r.resolutionCompliance()),
                  ServiceReportTable.Cell.of(r.compliance()))));
    }
    ServiceReportTable table =
        new ServiceReportTable(
            List.of(
                labels.text(
                    "group", "supportreport.groupBy." + grouping.name().toLowerCase(Locale.ROOT)),
                labels.number("resolved"),
                labels.number("response-met"),
                labels.number("response-breached"),
                labels.number("resolution-met"),
                labels.number("resolution-breached"),
                labels.number("response-compliance"),
                labels.number("resolution-compliance"),
                labels.number("compliance")),
            lines);
    Chart chart =
        new Chart(
            Chart.Kind.COLUMN,
            names,
            List.of(
                new Chart.Series(labels.get("supportreport.series.met"), met),
                new Chart.Series(labels.get("supportreport.series.breached"), breached)));
    return new ServiceReportView(table, chart, null, List.of(labels.get("supportreport.sla.note")));
  }

  static ServiceReportView complaints(List<ComplaintMonth> months, ServiceReportLabels labels) {
    boolean compensation = months.stream().anyMatch(m -> m.compensationRefunds() != null);
    List<ServiceReportTable.Row> lines = new ArrayList<>();
    for (ComplaintMonth m : months) {
      List<ServiceReportTable.Cell> cells = new ArrayList<>();
      cells.add(ServiceReportTable.Cell.of(m.month()));
      cells.add(ServiceReportTable.Cell.of(m.serious()));
      cells.add(ServiceReportTable.Cell.of(m.minor()));
      cells.add(ServiceReportTable.Cell.of(m.complaints()));
      cells.add(ServiceReportTable.Cell.of(m.refundCases()));
      if (compensation) {
        cells.add(ServiceReportTable.Cell.of(m.compensationRefunds()));
        cells.add(ServiceReportTable.Cell.of(m.compensationRefundAmount()));
      }
      lines.add(new ServiceReportTable.Row(m.month(), cells));
    }
    List<ServiceReportTable.Column> columns = new ArrayList<>();
    columns.add(labels.text("month"));
    columns.add(labels.number("serious"));
    columns.add(labels.number("minor"));
    columns.add(labels.number("complaints"));
    columns.add(labels.number("refund-cases"));
    if (compensation) {
      columns.add(labels.number("compensation-refunds"));
      columns.add(labels.number("compensation-amount"));
    }
    List<String> categories = months.stream().map(ComplaintMonth::month).toList();
    Chart chart =
        new Chart(
            Chart.Kind.COLUMN,
            categories,
            List.of(
                new Chart.Series(
                    labels.get("supportreport.column.serious"),
                    months.stream().map(ComplaintMonth::serious).toList()),
                new Chart.Series(
                    labels.get("supportreport.column.minor"),
                    months.stream().map(ComplaintMonth::minor).toList()),
                new Chart.Series(
                    labels.get("supportreport.column.refund-cases"),
                    months.stream().map(ComplaintMonth::refundCases).toList())));
    return new ServiceReportView(
        new ServiceReportTable(columns, lines),
        chart,
        null,
        List.of(labels.get("supportreport.complaints.note")));
  }

  static ServiceReportView rootCauses(RootCauses causes, ServiceReportLabels labels) {
    List<ServiceReportTable.Row> lines = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (RootCauseShare c : causes.causes()) {
      String name =
          labels.term(
              c.name(),
              c.rootCauseId().toString(),
              "supportreport.rootCause.none",
              "supportreport.rootCause.unnamed");
      names.add(name);
      lines.add(
          new ServiceReportTable.Row(
              c.rootCauseId().toString(),
              List.of(
                  ServiceReportTable.Cell.of(name),
                  ServiceReportTable.Cell.of(c.complaints()),
                  ServiceReportTable.Cell.of(c.share()),
                  ServiceReportTable.Cell.of(c.cumulativeShare()))));
    }
    ServiceReportTable table =
        new ServiceReportTable(
            List.of(
                labels.text("root-cause"),
                labels.number("complaints"),
                labels.number("share"),
                labels.number("cumulative-share")),
            lines);
    Chart chart =
        Chart.of(
            Chart.Kind.COLUMN,
            labels.get("supportreport.column.complaints"),
            names,
            causes.causes().stream().map(RootCauseShare::complaints).toList());
    return new ServiceReportView(
        table,
        chart,
        null,
        List.of(
            labels.get(
                "supportreport.rootCauses.note", causes.complaints(), causes.withoutRootCause())));
  }

  static ServiceReportView times(List<TimeMonth> months, ServiceReportLabels labels) {
    List<ServiceReportTable.Row> lines = new ArrayList<>();
    for (TimeMonth m : months) {
      lines.add(
          new ServiceReportTable.Row(
              m.month(),
              List.of(
                  ServiceReportTable.Cell.of(m.month()),
                  ServiceReportTable.Cell.of(m.opened()),
                  ServiceReportTable.Cell.of(m.responded()),
                  ServiceReportTable.Cell.of(m.averageResponseHours()),
                  ServiceReportTable.Cell.of(m.medianResponseHours()),
                  ServiceReportTable.Cell.of(m.resolved()),
                  ServiceReportTable.Cell.of(m.averageResolutionHours()),
                  ServiceReportTable.Cell.of(m.medianResolutionHours()))));
    }
    ServiceReportTable table =
        new ServiceReportTable(
            List.of(
                labels.text("month"),
                labels.number("opened"),
                labels.number("responded"),
                labels.number("average-response"),
                labels.number("median-response"),
                labels.number("resolved"),
                labels.number("average-resolution"),
                labels.number("median-resolution")),
            lines);
    Chart chart =
        new Chart(
            Chart.Kind.LINE,
            months.stream().map(TimeMonth::month).toList(),
            List.of(
                new Chart.Series(
                    labels.get("supportreport.column.median-response"),
                    months.stream()
                        .map(m -> ServiceReportLabels.whole(m.medianResponseHours()))
                        .toList()),
                new Chart.Series(
                    labels.get("supportreport.column.median-resolution"),
                    months.stream()
                        .map(m -> ServiceReportLabels.whole(m.medianResolutionHours()))
                        .toList())));
    return new ServiceReportView(
        table, chart, null, List.of(labels.get("supportreport.times.note")));
  }

  static ServiceReportView satisfaction(
      List<SatisfactionMonth> months, ServiceReportLabels labels) {
    List<ServiceReportTable.Row> lines = new ArrayList<>();
    for (SatisfactionMonth m : months) {
      List<ServiceReportTable.Cell> cells = new ArrayList<>();
      cells.add(ServiceReportTable.Cell.of(m.month()));
      cells.add(ServiceReportTable.Cell.of(m.resolved()));
      cells.add(ServiceReportTable.Cell.of(m.rated()));
      cells.add(ServiceReportTable.Cell.of(m.averageScore()));
      m.scores().forEach(s -> cells.add(ServiceReportTable.Cell.of(s)));
      lines.add(new ServiceReportTable.Row(m.month(), cells));
    }
    List<ServiceReportTable.Column> columns = new ArrayList<>();
    columns.add(labels.text("month"));
    columns.add(labels.number("resolved"));
    columns.add(labels.number("rated"));
    columns.add(labels.number("average-score"));
    List<Chart.Series> series = new ArrayList<>();
    for (int score = 1; score <= 5; score++) {
      int at = score - 1;
      String label = labels.get("supportreport.column.score", score);
      columns.add(new ServiceReportTable.Column("score-" + score, label, true));
      series.add(new Chart.Series(label, months.stream().map(m -> m.scores().get(at)).toList()));
    }
    Chart chart =
        new Chart(
            Chart.Kind.COLUMN, months.stream().map(SatisfactionMonth::month).toList(), series);
    return new ServiceReportView(
        new ServiceReportTable(columns, lines),
        chart,
        null,
        List.of(labels.get("supportreport.satisfaction.note")));
  }
}
