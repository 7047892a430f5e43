package io.pyra.support.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Working time on a business calendar: weekly working hours in a time zone, less whole-day
 * holidays. Plain Java and immutable, so one instance serves every thread; SLA deadlines are
 * computed with {@link #plus} and elapsed working time with {@link #between}.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>Working hours are local wall-clock hours in the calendar's zone. A working interval on a
 *       day counts the local hours that actually exist that day: on the night clocks go forward an
 *       interval across the missing hour is that much shorter in real time, on the night they go
 *       back an interval across the repeated hour is longer. Hours that start inside a missing hour
 *       start when the clocks have moved on.
 *   <li>A holiday closes whole local days, first to last inclusive.
 *   <li>Counting starts at the start instant or, outside working hours, at the next working moment.
 *   <li>A target that lands exactly on the end of a working interval is that end, not the start of
 *       the next interval.
 * </ul>
 *
 * Long durations skip whole weeks at once where a week has no holiday and no change of offset, so
 * the cost grows with the number of weeks, holidays and offset changes, not with the minutes.
 */
public final class WorkingClock {

  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final long NANOS_PER_MINUTE = 60_000_000_000L;
  private static final long SECONDS_PER_DAY = 86_400;

  /** The widest offset a zone may have, in seconds: a local day lies within it of UTC. */
  private static final long MAX_OFFSET = 18 * 3600;

  /** The walk gives up beyond this many days (about 400 years): a bug, never a calendar. */
  private static final int MAX_DAYS = 150_000;

  /**
   * Working hours on one weekday, local time; an {@code end} of 00:00 means midnight at the end of
   * the day (24:00).
   */
  public record Interval(DayOfWeek day, LocalTime start, LocalTime end) {

    public Interval {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (endMinute(end) <= startMinute(start)) {
        throw new IllegalArgumentException("the end of working hours is after their start");
      }
    }

    /** The interval from minutes of the day, 0 to 1440 (1440 = 24:00). */
    public static Interval ofMinutes(DayOfWeek day, int startMinute, int endMinute) {
      return new Interval(day, time(startMinute), time(endMinute % MINUTES_PER_DAY));
    }

    int startMinute() {
      return startMinute(start);
    }

    int endMinute() {
      return endMinute(end);
    }

    private static int startMinute(LocalTime time) {
      return time.getHour() * 60 + time.getMinute();
    }

    private static int endMinute(LocalTime time) {
      return time.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : startMinute(time);
    }

    private static LocalTime time(int minute) {
      return LocalTime.of(minute / 60, minute % 60);
    }
  }

  /** Whole days off, {@code first} to {@code last} inclusive. */
  public record ClosedDays(LocalDate first, LocalDate last) {

    public ClosedDays {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("the last day off is not before the first");
      }
    }
  }

  private final ZoneId zone;
  private final ZoneRules rules;

  /** The offset in seconds where the zone never changes it, else {@code null}. */
  private final Integer fixedSeconds;

  /** Per weekday (Monday = 0) the working intervals in minutes of the day, sorted, merged. */
  private final int[][] starts = new int[7][];

  private final int[][] ends = new int[7][];

  /** The holidays merged into disjoint ranges, sorted: first and last days as epoch days. */
  private final long[] closedFirst;

  private final long[] closedLast;
  private final long weekNanos;

  public WorkingClock(ZoneId zone, Collection<Interval> weekly, Collection<ClosedDays> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.rules = zone.getRules();
    this.fixedSeconds =
        rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : null;
    long weekMinutes = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      List<Interval> ofDay =
          weekly.stream()
              .filter(i -> i.day() == day)
              .sorted(Comparator.comparingInt(Interval::startMinute))
              .toList();
      List<int[]> merged = new ArrayList<>();
      for (Interval interval : ofDay) {
        int[] last = merged.isEmpty() ? null : merged.getLast();
        if (last != null && interval.startMinute() < last[1]) {
          throw new IllegalArgumentException("working hours overlap on " + day);
        }
        if (last != null && interval.startMinute() == last[1]) {
          last[1] = interval.endMinute(); // 09:00–12:00 and 12:00–13:00 are 09:00–13:00
        } else {
          merged.add(new int[] {interval.startMinute(), interval.endMinute()});
        }
      }
      int index = day.ordinal();
      starts[index] = merged.stream().mapToInt(m -> m[0]).toArray();
      ends[index] = merged.stream().mapToInt(m -> m[1]).toArray();
      for (int[] m : merged) {
        weekMinutes += m[1] - m[0];
      }
    }
    if (weekMinutes == 0) {
      throw new IllegalArgumentException("a working clock needs working hours");
    }
    this.weekNanos = weekMinutes * NANOS_PER_MINUTE;
    List<long[]> closed = new ArrayList<>();
    holidays.stream()
        .sorted(Comparator.comparing(ClosedDays::first))
        .forEach(
            h -> {
              long first = h.first().toEpochDay();
              long last = h.last().toEpochDay();
              long[] previous = closed.isEmpty() ? null : closed.getLast();
              if (previous != null && first <= previous[1] + 1) {
                previous[1] = Math.max(previous[1], last); // overlapping or adjacent: one range
              } else {
                closed.add(new long[] {first, last});
              }
            });
    this.closedFirst = closed.stream().mapToLong(c -> c[0]).toArray();
    this.closedLast = closed.stream().mapToLong(c -> c[1]).toArray();
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * The instant when {@code workingTime} of working time has passed since {@code start}: counting
   * starts at {@code start}, or at the next working moment when {@code start} is outside working
   * hours; a target on the end of working hours is that end.
   */
  public Instant plus(Instant start, Duration workingTime) {
    Objects.requireNonNull(start, "start");
    long remaining = nanos(workingTime);
    Instant floor = start; // nothing before it counts: the start, then the end of the last hours
    Days days = new Days();
    long day = epochDay(start) - 1;
    for (int walked = 0; walked < MAX_DAYS; walked++) {
      int closed = closedIndex(day);
      if (closed >= 0) {
        day = closedLast[closed] + 1;
        continue;
      }
      days.at(day);
      if (remaining > weekNanos && !days.start().isBefore(floor) && plainWeek(days)) {
        remaining -= weekNanos;
        day += 7;
        continue;
      }
      int weekday = weekday(day);
      for (int i = 0; i < starts[weekday].length; i++) {
        Instant s = max(days.instant(starts[weekday][i], false), floor);
        Instant e = days.instant(ends[weekday][i], true);
        if (!e.isAfter(s)) {
          continue;
        }
        long available = Duration.between(s, e).toNanos();
        if (remaining <= available) {
          return s.plusNanos(remaining);
        }
        remaining -= available;
        floor = e;
      }
      day++;
    }
    throw new IllegalArgumentException("the working time ends too far in the future");
  }

  /** The working time between two instants; zero when {@code to} is not after {@code from}. */
  public Duration between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    long total = 0;
    Instant floor = from;
    Days days = new Days();
    long day = epochDay(from) - 1;
    for (int walked = 0; walked < MAX_DAYS; walked++) {
      int closed = closedIndex(day);
      if (closed >= 0) {
        day = closedLast[closed] + 1;
        continue;
      }
      days.at(day);
      Instant dayStart = days.start();
      if (!dayStart.isBefore(to)) {
        break;
      }
      if (!dayStart.isBefore(floor) && plainWeek(days)) {
        Instant weekEnd = days.weekLaterStart();
        if (!weekEnd.isAfter(to)) {
          total += weekNanos;
          floor = weekEnd;
          day += 7;
          continue;
        }
      }
      int weekday = weekday(day);
      for (int i = 0; i < starts[weekday].length; i++) {
        Instant s = max(days.instant(starts[weekday][i], false), floor);
        Instant e = min(days.instant(ends[weekday][i], true), to);
        if (e.isAfter(s)) {
          total += Duration.between(s, e).toNanos();
          floor = e;
        }
      }
      day++;
    }
    return Duration.ofNanos(total);
  }

  /** Whether {@code moment} falls in working hours (an interval's start counts, its end not). */
  public boolean isWorking(Instant moment) {
    Objects.requireNonNull(moment, "moment");
    Days days = new Days();
    long date = epochDay(moment);
    for (long day = date - 1; day <= date; day++) {
      if (closedIndex(day) >= 0) {
        continue;
      }
      days.at(day);
      int weekday = weekday(day);
      for (int i = 0; i < starts[weekday].length; i++) {
        if (!moment.isBefore(days.instant(starts[weekday][i], false))
            && moment.isBefore(days.instant(ends[weekday][i], true))) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code moment} itself in working hours, else the start of the next working hours. */
  public Instant nextWorkingMoment(Instant moment) {
    return plus(moment, Duration.ZERO);
  }

  /**
   * The days of one walk, forward: the instants of a day's local minutes, by arithmetic on days far
   * from a change of offset (nearly all), by the zone's rules on the few near one.
   */
  private final class Days {

    private long day;
    private long midnight; // the day's local midnight as seconds since the epoch, offset 0
    private boolean plain;
    private int offset;
    private boolean looked;
    private ZoneOffsetTransition next;
    private long nextSecond;
    private int lastOffset;

    void at(long epochDay) {
      day = epochDay;
      midnight = epochDay * SECONDS_PER_DAY;
      if (fixedSeconds != null) {
        plain = true;
        offset = fixedSeconds;
        return;
      }
      if (!looked || next != null && nextSecond < midnight - MAX_OFFSET) {
        next = rules.nextTransition(Instant.ofEpochSecond(midnight - MAX_OFFSET - 1));
        nextSecond = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond();
        looked = true;
        if (next == null) {
          lastOffset = rules.getOffset(Instant.ofEpochSecond(midnight)).getTotalSeconds();
        }
      }
      if (next == null) {
        plain = true;
        offset = lastOffset; // no change of offset ever again
      } else {
        plain = nextSecond >= midnight + SECONDS_PER_DAY + MAX_OFFSET;
        offset = next.getOffsetBefore().getTotalSeconds();
      }
    }

    Instant start() {
      return instant(0, false);
    }

    /** The start of the day a week later, when the week has no change of offset. */
    Instant weekLaterStart() {
      return Instant.ofEpochSecond(midnight + 7 * SECONDS_PER_DAY - offset);
    }

    /** Whether the seven days from this one have no change of offset. */
    boolean plainWeek() {
      return fixedSeconds != null
          || next == null
          || nextSecond >= midnight + 7 * SECONDS_PER_DAY + MAX_OFFSET;
    }

    /**
     * The instant of a local minute of the day: in a gap (clocks forward) the moment the clocks
     * moved on; in an overlap (clocks back) the first occurrence for a start and the second for an
     * end, so that hours across the repeated hour count it twice.
     */
    Instant instant(int minute, boolean end) {
      if (plain) {
        return Instant.ofEpochSecond(midnight + minute * 60L - offset);
      }
      LocalDateTime local =
          LocalDate.ofEpochDay(day).atStartOfDay().plusMinutes(minute); // 1440 is the next day
      ZoneOffsetTransition transition = rules.getTransition(local);
      if (transition == null) {
        return local.toInstant(rules.getOffset(local));
      }
      if (transition.isGap()) {
        return transition.getInstant();
      }
      return local.toInstant(end ? transition.getOffsetAfter() : transition.getOffsetBefore());
    }
  }

  /** Whether the seven days from the walk's day have no holiday and no change of offset. */
  private boolean plainWeek(Days days) {
    int next = firstClosedEndingOnOrAfter(days.day);
    if (next < closedFirst.length && closedFirst[next] <= days.day + 6) {
      return false;
    }
    return days.plainWeek();
  }

  /** The index of the closed range that covers {@code day}, or -1. */
  private int closedIndex(long day) {
    int index = firstClosedEndingOnOrAfter(day);
    return index < closedFirst.length && closedFirst[index] <= day ? index : -1;
  }

  /** Binary search: the first closed range whose last day is {@code day} or later. */
  private int firstClosedEndingOnOrAfter(long day) {
    int low = 0;
    int high = closedLast.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (closedLast[mid] < day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private long epochDay(Instant moment) {
    if (fixedSeconds != null) {
      return Math.floorDiv(moment.getEpochSecond() + fixedSeconds, SECONDS_PER_DAY);
    }
    return LocalDate.ofInstant(moment, zone).toEpochDay();
  }

  /** Monday = 0; 1970-01-01 was a Thursday. */
  private static int weekday(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  private static long nanos(Duration workingTime) {
    Objects.requireNonNull(workingTime, "workingTime");
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("working time is not negative");
    }
    try {
      return workingTime.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("working time too long", e);
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
