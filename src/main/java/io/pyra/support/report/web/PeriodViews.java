package io.pyra.support.report.web;

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
final class PeriodViews {

  private PeriodViews() {}

  static ReportView compliance(
      List<ComplianceRow> rows, ComplianceGrouping grouping, Labels labels) {
    List<ReportTable.Row> lines = new ArrayList<>();
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
          new ReportTable.Row(
              r.key() == null ? "none" : r.key(),
              List.of(
                  ReportTable.Cell.of(name),
                  ReportTable.Cell.of(r.resolved()),
                  ReportTable.Cell.of(r.responseMet()),
                  ReportTable.Cell.of(r.responseBreached()),
                  ReportTable.Cell.of(r.resolutionMet()),
                  ReportTable.Cell.of(r.resolutionBreached()),
                  ReportTable.Cell.of(r.responseCompliance()),
                  ReportTable.Cell.of(r.resolutionCompliance()),
                  ReportTable.Cell.of(r.compliance()))));
    }
    ReportTable table =
        new ReportTable(
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
    return new ReportView(table, chart, null, List.of(labels.get("supportreport.sla.note")));
  }

  static ReportView complaints(List<ComplaintMonth> months, Labels labels) {
    boolean compensation = months.stream().anyMatch(m -> m.compensationRefunds() != null);
    List<ReportTable.Row> lines = new ArrayList<>();
    for (ComplaintMonth m : months) {
      List<ReportTable.Cell> cells = new ArrayList<>();
      cells.add(ReportTable.Cell.of(m.month()));
      cells.add(ReportTable.Cell.of(m.serious()));
      cells.add(ReportTable.Cell.of(m.minor()));
      cells.add(ReportTable.Cell.of(m.complaints()));
      cells.add(ReportTable.Cell.of(m.refundCases()));
      if (compensation) {
        cells.add(ReportTable.Cell.of(m.compensationRefunds()));
        cells.add(ReportTable.Cell.of(m.compensationRefundAmount()));
      }
      lines.add(new ReportTable.Row(m.month(), cells));
    }
    List<ReportTable.Column> columns = new ArrayList<>();
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
    return new ReportView(
        new ReportTable(columns, lines),
        chart,
        null,
        List.of(labels.get("supportreport.complaints.note")));
  }

  static ReportView rootCauses(RootCauses causes, Labels labels) {
    List<ReportTable.Row> lines = new ArrayList<>();
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
          new ReportTable.Row(
              c.rootCauseId().toString(),
              List.of(
                  ReportTable.Cell.of(name),
                  ReportTable.Cell.of(c.complaints()),
                  ReportTable.Cell.of(c.share()),
                  ReportTable.Cell.of(c.cumulativeShare()))));
    }
    ReportTable table =
        new ReportTable(
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
    return new ReportView(
        table,
        chart,
        null,
        List.of(
            labels.get(
                "supportreport.rootCauses.note", causes.complaints(), causes.withoutRootCause())));
  }

  static ReportView times(List<TimeMonth> months, Labels labels) {
    List<ReportTable.Row> lines = new ArrayList<>();
    for (TimeMonth m : months) {
      lines.add(
          new ReportTable.Row(
              m.month(),
              List.of(
                  ReportTable.Cell.of(m.month()),
                  ReportTable.Cell.of(m.opened()),
                  ReportTable.Cell.of(m.responded()),
                  ReportTable.Cell.of(m.averageResponseHours()),
                  ReportTable.Cell.of(m.medianResponseHours()),
                  ReportTable.Cell.of(m.resolved()),
                  ReportTable.Cell.of(m.averageResolutionHours()),
                  ReportTable.Cell.of(m.medianResolutionHours()))));
    }
    ReportTable table =
        new ReportTable(
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
                    months.stream().map(m -> Labels.whole(m.medianResponseHours())).toList()),
                new Chart.Series(
                    labels.get("supportreport.column.median-resolution"),
                    months.stream().map(m -> Labels.whole(m.medianResolutionHours())).toList())));
    return new ReportView(table, chart, null, List.of(labels.get("supportreport.times.note")));
  }

  static ReportView satisfaction(List<SatisfactionMonth> months, Labels labels) {
    List<ReportTable.Row> lines = new ArrayList<>();
    for (SatisfactionMonth m : months) {
      List<ReportTable.Cell> cells = new ArrayList<>();
      cells.add(ReportTable.Cell.of(m.month()));
      cells.add(ReportTable.Cell.of(m.resolved()));
      cells.add(ReportTable.Cell.of(m.rated()));
      cells.add(ReportTable.Cell.of(m.averageScore()));
      m.scores().forEach(s -> cells.add(ReportTable.Cell.of(s)));
      lines.add(new ReportTable.Row(m.month(), cells));
    }
    List<ReportTable.Column> columns = new ArrayList<>();
    columns.add(labels.text("month"));
    columns.add(labels.number("resolved"));
    columns.add(labels.number("rated"));
    columns.add(labels.number("average-score"));
    List<Chart.Series> series = new ArrayList<>();
    for (int score = 1; score <= 5; score++) {
      int at = score - 1;
      String label = labels.get("supportreport.column.score", score);
      columns.add(new ReportTable.Column("score-" + score, label, true));
      series.add(new Chart.Series(label, months.stream().map(m -> m.scores().get(at)).toList()));
    }
    Chart chart =
        new Chart(
            Chart.Kind.COLUMN, months.stream().map(SatisfactionMonth::month).toList(), series);
    return new ReportView(
        new ReportTable(columns, lines),
        chart,
        null,
        List.of(labels.get("supportreport.satisfaction.note")));
  }
}
