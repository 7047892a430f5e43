package io.pyra.scheduling.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A week of opening hours laid on the calendar of a time zone: whether an interval of instants lies
 * wholly within open time. Each day's intervals are placed on that day's clock (so a DST change
 * moves them with the clock), and touching intervals join (an interval may run from one into the
 * next).
 */
final class OpenTimes {

  private OpenTimes() {}

  static boolean covers(List<OpeningInterval> week, ZoneId zone, Instant start, Instant end) {
    List<Instant[]> open =
        placed(week, zone, start.atZone(zone).toLocalDate(), end.atZone(zone).toLocalDate());
    Instant reached = start;
    for (Instant[] interval : open) {
      if (interval[0].isAfter(reached)) {
        return false;
      }
      if (interval[1].isAfter(reached)) {
        reached = interval[1];
      }
      if (!reached.isBefore(end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The open windows of one day on the zone's clock, first first, intervals that touch or overlap
   * joined into one (so a time {@link #covers} accepts lies within one window).
   */
  static List<OpenWindow> windows(List<OpeningInterval> week, ZoneId zone, LocalDate day) {
    List<OpenWindow> windows = new ArrayList<>();
    for (Instant[] interval : placed(week, zone, day, day)) {
      OpenWindow last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && !interval[0].isAfter(last.closes())) {
        if (interval[1].isAfter(last.closes())) {
          windows.set(windows.size() - 1, new OpenWindow(last.opens(), interval[1]));
        }
      } else {
        windows.add(new OpenWindow(interval[0], interval[1]));
      }
    }
    return windows;
  }

  /**
   * The week's intervals laid on each day from {@code first} to {@code last} (both included) on the
   * zone's clock, as {@code [opens, closes)} instants, earliest first.
   */
  static List<Instant[]> placed(
      List<OpeningInterval> week, ZoneId zone, LocalDate first, LocalDate last) {
    List<Instant[]> open = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      int weekday = day.getDayOfWeek().getValue();
      for (OpeningInterval interval : week) {
        if (interval.weekday() == weekday) {
          open.add(
              new Instant[] {
                ZonedDateTime.of(day, interval.opensAt(), zone).toInstant(),
                ZonedDateTime.of(day, interval.closesAt(), zone).toInstant()
              });
        }
      }
    }
    open.sort(Comparator.comparing((Instant[] i) -> i[0]));
    return open;
  }
}
