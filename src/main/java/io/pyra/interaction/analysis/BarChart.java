package io.pyra.interaction.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart drawn as SVG by the page (no script, no style
 * attributes): one bar per item, its length proportional to the count.
 */
public record BarChart(int width, int height, List<Bar> bars) {

  public static final int LABEL_WIDTH = 220;
  public static final int BAR_SPACE = 380;
  public static final int ROW_HEIGHT = 24;

  /** One bar: its label and count, where it is drawn and how long it is. */
  public record Bar(String label, long count, int y, int length, int textY) {}

  /** An item to draw. */
  public record Item(String label, long count) {}

  public static BarChart of(List<Item> items) {
    long max = items.stream().mapToLong(Item::count).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int length = max == 0 ? 0 : (int) Math.max(item.count() > 0 ? 1 : 0, item.count() * BAR_SPACE / max);
      int y = i * ROW_HEIGHT;
      bars.add(new Bar(item.label(), item.count(), y + 4, length, y + ROW_HEIGHT / 2 + 5));
    }
    return new BarChart(LABEL_WIDTH + BAR_SPACE + 80, Math.max(ROW_HEIGHT, items.size() * ROW_HEIGHT), bars);
  }

  public int barX() {
    return LABEL_WIDTH;
  }
}
