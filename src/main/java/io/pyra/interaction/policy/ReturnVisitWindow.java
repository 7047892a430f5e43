package io.pyra.interaction.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The busiest period of a policy that a new return visit falls in. A period is any window {@code
 * [s, s + length)}, wherever it starts; the new visit at {@code t} falls in those with {@code s <=
 * t < s + length}. Each of them must hold at most the policy's number of visits, the new one
 * included, whichever side of {@code t} the others lie (a back-dated visit counts the visits logged
 * after it, a visit between two others counts both).
 */
final class ReturnVisitWindow {

  private ReturnVisitWindow() {}

  /**
   * The most of {@code visits} (ascending) that share one window of {@code length} with a visit at
   * {@code at}. A window holding {@code at} keeps all it holds when moved to start at the earliest
   * of them (a visit in {@code (at - length, at]}, or {@code at} itself), so only those starts are
   * counted; the window's end moves forward only, so the sweep is linear.
   */
  static int busiest(List<Instant> visits, Instant at, Duration length) {
    Instant earliestStart = at.minus(length);
    int best = 0;
    int end = 0;
    for (int first = 0; first <= visits.size(); first++) {
      boolean visitStarts = first < visits.size() && !visits.get(first).isAfter(at);
      if (visitStarts && !visits.get(first).isAfter(earliestStart)) {
        continue; // a window starting there ends at or before the new visit
      }
      Instant start = visitStarts ? visits.get(first) : at;
      Instant stop = start.plus(length);
      end = Math.max(end, first);
      while (end < visits.size() && visits.get(end).isBefore(stop)) {
        end++;
      }
      best = Math.max(best, end - first);
      if (!visitStarts) {
        break; // the window starting at the new visit itself was the last one to count
      }
    }
    return best;
  }
}
