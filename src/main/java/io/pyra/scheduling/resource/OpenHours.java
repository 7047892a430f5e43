package io.pyra.scheduling.resource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much time a resource is open over a period: its week of opening hours laid on the centre's
 * clock (as {@link Availability} lays it when it checks a booking), cut to the period, less the
 * closures, holidays and leave that apply to it (overlapping closures count once). Reports total it
 * per month.
 */
public final class OpenHours {

  private OpenHours() {}

  /** The open time within {@code [from, to)}; {@code closures} are those that apply. */
  public static Duration within(
      List<OpeningInterval> week, ZoneId zone, Instant from, Instant to, List<Closure> closures) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    List<Instant[]> open =
        merged(
            OpenTimes.placed(
                week,
                zone,
                from.atZone(zone).toLocalDate().minusDays(1),
                to.atZone(zone).toLocalDate()));
    List<Instant[]> closed = new ArrayList<>();
    for (Closure closure : closures) {
      closed.add(new Instant[] {closure.startsAt(), closure.endsAt()});
    }
    closed.sort(Comparator.comparing((Instant[] i) -> i[0]));
    closed = merged(closed);
    long seconds = 0;
    for (Instant[] interval : open) {
      Instant start = later(interval[0], from);
      Instant end = earlier(interval[1], to);
      if (end.isAfter(start)) {
        seconds += Duration.between(start, end).toSeconds() - overlap(closed, start, end);
      }
    }
    return Duration.ofSeconds(seconds);
  }

  private static long overlap(List<Instant[]> closed, Instant start, Instant end) {
    long seconds = 0;
    for (Instant[] c : closed) {
      Instant s = later(c[0], start);
      Instant e = earlier(c[1], end);
      if (e.isAfter(s)) {
        seconds += Duration.between(s, e).toSeconds();
      }
    }
    return seconds;
  }

  /** Sorted intervals joined where they touch or overlap. */
  private static List<Instant[]> merged(List<Instant[]> sorted) {
    List<Instant[]> joined = new ArrayList<>();
    for (Instant[] interval : sorted) {
      Instant[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && !interval[0].isAfter(last[1])) {
        last[1] = later(last[1], interval[1]);
      } else {
        joined.add(new Instant[] {interval[0], interval[1]});
      }
    }
    return joined;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
