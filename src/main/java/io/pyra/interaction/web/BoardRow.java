package io.pyra.interaction.web;

import io.pyra.interaction.supervision.SupervisionBoard;
import io.pyra.interaction.supervision.SupervisionPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's line as the board shows it: each number with the address of its drill-down. The
 * addresses are built here, not with {@code @{…}} in the template: a page of 200 people has
 * thousands of links, and each link expression costs a resource lookup on the class path.
 */
record BoardRow(
    SupervisionBoard.PersonLine line,
    Cell planned,
    Cell done,
    Cell overdue,
    List<Cell> records,
    Cell total,
    Cell quiet) {

  /** A number and where it leads. */
  record Cell(long count, String url) {}

  /** A column of the records per day or week: its heading and its days. */
  record Column(String label, LocalDate from, LocalDate to) {}

  static BoardRow of(
      SupervisionBoard.PersonLine line,
      SupervisionPeriod period,
      List<Column> columns,
      int quietDays) {
    String person = "/supervision/people/" + line.userId();
    String range = "&from=" + period.from() + "&to=" + period.to();
    List<Cell> records = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      records.add(
          new Cell(
              line.records().get(i),
              person + "/records?from=" + column.from() + "&to=" + column.to()));
    }
    return new BoardRow(
        line,
        new Cell(line.planned(), person + "/tasks?list=planned" + range),
        new Cell(line.done(), person + "/tasks?list=done" + range),
        new Cell(line.overdue(), person + "/tasks?list=overdue"),
        records,
        new Cell(line.recordsTotal(), person + "/records?" + range.substring(1)),
        new Cell(line.quietCustomers(), person + "/customers?days=" + quietDays));
  }
}
