package io.pyra.scheduling.web;

import java.util.List;

/**
 * One table of a scheduling report as the page and the files show it: a title, column labels in the
 * reader's language (numeric ones right-aligned and numbers in a spreadsheet), and rows of cells
 * already formatted ("—" for a share of nothing).
 */
record SchedulingReportTable(
    String id, String title, List<Column> columns, List<List<String>> rows) {

  record Column(String key, String label, boolean numeric) {}

  public List<String> labels() {
    return columns.stream().map(Column::label).toList();
  }
}
