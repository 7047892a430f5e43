package io.pyra.support.web;

import io.pyra.platform.web.Chart;
import io.pyra.support.report.DelayGroup;
import io.pyra.support.report.DelayGrouping;
import io.pyra.support.report.Delays;
import io.pyra.support.report.LateCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The delay report as a table of groups, a bar chart of them, and the late cases. */
final class DelayReportViews {

  private DelayReportViews() {}

  static ServiceReportView of(Delays delays, ServiceReportLabels labels) {
    List<ServiceReportTable.Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (DelayGroup g : delays.groups()) {
      String name = name(g, delays.groupBy(), labels);
      names.add(name);
      counts.add(g.cases());
      rows.add(
          new ServiceReportTable.Row(
              g.key() == null ? "none" : g.key(),
              List.of(
                  ServiceReportTable.Cell.of(name),
                  ServiceReportTable.Cell.of(g.cases()),
                  ServiceReportTable.Cell.of(g.maxHoursLate()),
                  ServiceReportTable.Cell.of(g.averageHoursLate()))));
    }
    ServiceReportTable table =
        new ServiceReportTable(
            List.of(
                labels.text(
                    "group",
                    "supportreport.groupBy." + delays.groupBy().name().toLowerCase(Locale.ROOT)),
                labels.number("late-cases"),
                labels.number("max-hours-late"),
                labels.number("average-hours-late")),
            rows);
    Chart chart =
        Chart.of(Chart.Kind.BAR, labels.get("supportreport.column.late-cases"), names, counts);
    List<String> notes = new ArrayList<>();
    notes.add(
        labels.get("supportreport.delays.total", delays.total(), labels.minute(delays.asOf())));
    if (delays.more()) {
      notes.add(labels.get("supportreport.delays.more", delays.cases().size()));
    }
    return new ServiceReportView(table, chart, cases(delays.cases(), labels), notes);
  }

  /** The late cases, latest first, each linking to its page; also the CSV file of the report. */
  static ServiceReportTable cases(List<LateCase> cases, ServiceReportLabels labels) {
    List<ServiceReportTable.Row> rows = new ArrayList<>();
    for (LateCase c : cases) {
      rows.add(
          new ServiceReportTable.Row(
              c.code(),
              List.of(
                  new ServiceReportTable.Cell(c.code(), "/cases/" + c.id()),
                  ServiceReportTable.Cell.of(c.subject()),
                  ServiceReportTable.Cell.of(
                      c.customerCode() == null ? null : c.customerCode() + " " + c.customerName()),
                  ServiceReportTable.Cell.of(labels.get("supportreport.type." + c.type().name())),
                  ServiceReportTable.Cell.of(c.grade()),
                  ServiceReportTable.Cell.of(
                      c.assigneeName() == null
                          ? labels.get("supportreport.unassigned")
                          : c.assigneeName()),
                  ServiceReportTable.Cell.of(c.teamName()),
                  ServiceReportTable.Cell.of(c.branchName()),
                  ServiceReportTable.Cell.of(
                      labels.get("supportreport.missed." + c.missed().name())),
                  ServiceReportTable.Cell.of(labels.minute(c.dueAt())),
                  ServiceReportTable.Cell.of(c.hoursLate()))));
    }
    return new ServiceReportTable(
        List.of(
            labels.text("case"),
            labels.text("subject"),
            labels.text("customer"),
            labels.text("type"),
            labels.text("grade"),
            labels.text("assignee"),
            labels.text("team"),
            labels.text("branch"),
            labels.text("missed"),
            labels.text("due"),
            labels.number("hours-late")),
        rows);
  }

  private static String name(DelayGroup g, DelayGrouping grouping, ServiceReportLabels labels) {
    if (g.key() == null) {
      return labels.get(
          grouping == DelayGrouping.ASSIGNEE ? "supportreport.unassigned" : "supportreport.none");
    }
    return g.name();
  }
}
