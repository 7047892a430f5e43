package io.pyra.analytics.rfm;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scores recency, frequency and monetary value 1 to 5 by quintile, as SQL's {@code ntile(5)} does:
 * the active customers ordered from worst to best (oldest last sale, fewest sales, least revenue
 * first), ties by customer code ascending, cut into five groups as equal as possible, the first
 * groups one larger when the count does not divide by five. So 5 is best; with fewer than five
 * customers the scores run from 1 up to their count.
 */
public final class RfmScores {

  /** A customer's figures and scores. */
  public record Scored(RfmFigures figures, int r, int f, int m) {

    /** The three scores as one code, recency first ({@code 555} is best). */
    public String cell() {
      return "" + r + f + m;
    }
  }

  private static final int GROUPS = 5;

  private static final Comparator<RfmFigures> OLDEST_FIRST =
      Comparator.comparingInt(RfmFigures::recencyDays).reversed().thenComparing(RfmFigures::code);
  private static final Comparator<RfmFigures> FEWEST_FIRST =
      Comparator.comparingInt(RfmFigures::frequency).thenComparing(RfmFigures::code);
  private static final Comparator<RfmFigures> LEAST_FIRST =
      Comparator.comparing(RfmFigures::monetary).thenComparing(RfmFigures::code);

  private RfmScores() {}

  /** The scores of every active customer, in the order given. */
  public static List<Scored> of(List<RfmFigures> active) {
    Map<UUID, Integer> r = ntile(active, OLDEST_FIRST);
    Map<UUID, Integer> f = ntile(active, FEWEST_FIRST);
    Map<UUID, Integer> m = ntile(active, LEAST_FIRST);
    return active.stream()
        .map(
            c -> new Scored(c, r.get(c.customerId()), f.get(c.customerId()), m.get(c.customerId())))
        .toList();
  }

  /** {@code ntile(5)} over the customers in {@code order}: each one's group, 1 to 5. */
  private static Map<UUID, Integer> ntile(List<RfmFigures> active, Comparator<RfmFigures> order) {
    List<RfmFigures> ordered = active.stream().sorted(order).toList();
    int n = ordered.size();
    int size = n / GROUPS;
    int larger = n % GROUPS; // the first `larger` groups take one more
    Map<UUID, Integer> groups = new HashMap<>(n * 2);
    int index = 0;
    for (int group = 1; group <= GROUPS && index < n; group++) {
      int take = size + (group <= larger ? 1 : 0);
      for (int i = 0; i < take; i++) {
        groups.put(ordered.get(index++).customerId(), group);
      }
    }
    return groups;
  }
}
