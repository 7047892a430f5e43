package io.pyra.interaction.analysis;

import io.pyra.platform.web.Chart;
import java.util.List;

/**
 * A horizontal bar chart of counted items, as ECharts draws it on the page ({@link Chart}): one bar
 * per item in the table's order, a sub-type's label marked with one "›" per level below the top so
 * that the chart shows the hierarchy as the table beside it does.
 */
public final class BarChart {

  /**
   * Labels wider than this many Latin letters are shortened on the chart (the table has them whole;
   * on a narrow screen ECharts shortens them further to the room it has).
   */
  public static final int LABEL_CHARS = 32;

  /** The mark of one level below the top in a label. */
  public static final String LEVEL = "›";

  /** An item to draw; {@code depth} 0 at the top of a hierarchy (and for flat lists). */
  public record Item(String label, long count, int depth) {

    public Item(String label, long count) {
      this(label, count, 0);
    }
  }

  private BarChart() {}

  /** The chart of the items, its one series named {@code seriesName}. */
  public static Chart of(String seriesName, List<Item> items) {
    return Chart.of(
        Chart.Kind.BAR,
        seriesName,
        items.stream().map(BarChart::label).toList(),
        items.stream().map(Item::count).toList());
  }

  private static String label(Item item) {
    String label = shorten(item.label() == null ? "" : item.label());
    return item.depth() <= 0 ? label : LEVEL.repeat(item.depth()) + " " + label;
  }

  /**
   * The label cut to what fits left of the bars; a Chinese character takes the room of two Latin
   * letters.
   */
  static String shorten(String label) {
    int room = LABEL_CHARS;
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < label.length(); ) {
      int c = label.codePointAt(i);
      room -= c >= 0x2E80 ? 2 : 1;
      if (room < 0) {
        return shown.append('…').toString();
      }
      shown.appendCodePoint(c);
      i += Character.charCount(c);
    }
    return label;
  }
}
