package io.pyra.sales.web;

import io.pyra.platform.web.Chart;
import java.util.List;

/**
 * One table of the sales analysis page as it is shown and exported: its id, title, the column
 * headings (in the reader's language), which columns hold numbers, the rows (each with the key it
 * is known by) and the chart drawn beside it.
 */
public record SalesAnalysisTable(
    String id,
    String title,
    List<String> columns,
    List<Boolean> numeric,
    List<Line> rows,
    Chart chart) {

  /** A row: its key (for element ids) and its cells as shown. */
  public record Line(String key, List<String> cells) {}
}
