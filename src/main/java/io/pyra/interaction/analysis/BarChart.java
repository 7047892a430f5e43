package io.pyra.interaction.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart drawn as SVG by the page (no script, no style attributes):
 * one bar per item, its length proportional to the count.
 */
public record BarChart(int width, int height, List<Bar> bars) {

  public static final int LABEL_WIDTH = 220;
  public static final int BAR_SPACE = 380;
  public static final int ROW_HEIGHT = 24;

  /**
   * Labels wider than this many Latin letters are shortened on the chart (the table and the tooltip
   * have them whole).
   */
  public static final int LABEL_CHARS = 32;

  /** One bar: its label (whole and as drawn) and count, where it is drawn and how long it is. */
  public record Bar(String label, String shortLabel, long count, int y, int length, int textY) {}

  /** An item to draw. */
  public record Item(String label, long count) {}

  public static BarChart of(List<Item> items) {
    long max = items.stream().mapToLong(Item::count).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int length =
          max == 0 ? 0 : (int) Math.max(item.count() > 0 ? 1 : 0, item.count() * BAR_SPACE / max);
      int y = i * ROW_HEIGHT;
      String label = item.label() == null ? "" : item.label();
      bars.add(new Bar(label, shorten(label), item.count(), y + 4, length, y + ROW_HEIGHT / 2 + 5));
    }
    return new BarChart(
        LABEL_WIDTH + BAR_SPACE + 80, Math.max(ROW_HEIGHT, items.size() * ROW_HEIGHT), bars);
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

  public int barX() {
    return LABEL_WIDTH;
  }
}
