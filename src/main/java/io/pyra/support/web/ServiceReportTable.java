package io.pyra.support.web;

import java.util.List;

/**
 * A report as the page and the CSV file show it: columns with their labels in the reader's
 * language, and rows of cells (text already formatted, null for an empty figure, a link where the
 * cell opens a record).
 */
record ServiceReportTable(List<Column> columns, List<Row> rows) {

  /** A column: {@code key} names its cells' class ({@code col-hours-late}), numbers align right. */
  record Column(String key, String label, boolean numeric) {}

  record Row(String key, List<Cell> cells) {}

  record Cell(String text, String href) {

    static Cell of(Object value) {
      return new Cell(value == null ? null : value.toString(), null);
    }
  }

  List<String> labels() {
    return columns.stream().map(Column::label).toList();
  }
}
