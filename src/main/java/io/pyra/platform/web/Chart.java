package io.pyra.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as a page hands it to {@code /js/pyra-charts.js}, which draws it with ECharts: the
 * fragment {@code platform/chart :: chart} puts {@link #json()} into the element's {@code
 * data-chart} attribute (no inline script, so the Content-Security-Policy stays strict). Labels are
 * already in the reader's language; the numbers are the ones the table beside the chart shows.
 *
 * <p>A page that shows charts sets the model attribute {@link #PAGE_ATTRIBUTE}, and the layout then
 * loads ECharts and the script; pages without charts load neither.
 *
 * @param kind how it is drawn
 * @param categories the labels along the category axis, in order
 * @param series one or more series of values, each as long as {@code categories}
 */
public record Chart(Kind kind, List<String> categories, List<Series> series) {

  /** The model attribute that makes the layout load the chart scripts. */
  public static final String PAGE_ATTRIBUTE = "pyraCharts";

  /** How a chart is drawn. */
  public enum Kind {
    /** Horizontal bars, the categories down the side (long labels, many items). */
    BAR,
    /** Vertical bars, the categories along the bottom (days, months, stages). */
    COLUMN,
    /** A line per series, the categories along the bottom. */
    LINE,
    /**
     * One series as a pyramid: the first category at the top, each band wider than the one above
     * whatever its value, and labelled with it (customer tiers).
     */
    PYRAMID,
    /**
     * A grid of cells shaded by their value: each series is a row (its name down the side), each
     * category a column (movements from one tier to another). With {@code data-chart-href}, {@code
     * data-chart-rows} and {@code data-chart-columns} on the element, a click on a cell opens the
     * link with {@code {row}} and {@code {column}} filled in.
     */
    HEATMAP,
    /**
     * One series as a funnel: the categories from the top down, each band as wide as its value (the
     * steps from leads to contracts), labelled with it.
     */
    FUNNEL
  }

  /** A named series of values (the name shows in the legend when there is more than one). */
  public record Series(String name, List<Long> values) {

    public Series {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
    }
  }

  public Chart {
    Objects.requireNonNull(kind, "kind");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " has "
                + s.values().size()
                + " values for "
                + categories.size()
                + " categories");
      }
    }
  }

  /** A chart of one series. */
  public static Chart of(Kind kind, String seriesName, List<String> categories, List<Long> values) {
    return new Chart(kind, categories, List.of(new Series(seriesName, values)));
  }

  /**
   * The chart as JSON: {@code {"kind":"bar","categories":[…],"series":[{"name":…,"values":[…]}]}}.
   */
  public String json() {
    return JsonMapper.shared()
        .writeValueAsString(
            new Json(
                kind.name().toLowerCase(Locale.ROOT),
                categories,
                series.stream().map(s -> new JsonSeries(s.name(), s.values())).toList()));
  }

  private record Json(String kind, List<String> categories, List<JsonSeries> series) {}

  private record JsonSeries(String name, List<Long> values) {}
}
