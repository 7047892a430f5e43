package io.pyra.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.support.calendar.WorkingClock.ClosedDays;
import io.pyra.support.calendar.WorkingClock.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The working-time clock that SLA deadlines run on. Every expected instant is worked out by hand in
 * the comment beside it; 2026-03-02 is a Monday, 2026-03-27 and 2026-10-23 are Fridays, and Europe/
 * London moves its clocks on Sunday 2026-03-29 (01:00 GMT → 02:00 BST) and Sunday 2026-10-25 (02:00
 * BST → 01:00 GMT).
 */
class WorkingClockTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Monday to Friday 09:00–18:00: 9 hours a day, 45 a week. */
  static List<Interval> officeHours() {
    return weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0));
  }

  static List<Interval> weekdays(LocalTime start, LocalTime end) {
    List<Interval> hours = new ArrayList<>();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      hours.add(new Interval(day, start, end));
    }
    return hours;
  }

  static WorkingClock clock(ZoneId zone, List<Interval> hours, ClosedDays... holidays) {
    return new WorkingClock(zone, hours, List.of(holidays));
  }

  static Instant at(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  static Instant sh(String localDateTime) {
    return at(SHANGHAI, localDateTime);
  }

  static ClosedDays days(String first, String last) {
    return new ClosedDays(LocalDate.parse(first), LocalDate.parse(last));
  }

  final WorkingClock office = clock(SHANGHAI, officeHours());

  @Test
  void countsWithinOneWorkingDay() {
    // Monday 10:00 + 2 h = Monday 12:00
    assertThat(office.plus(sh("2026-03-02T10:00"), Duration.ofHours(2)))
        .isEqualTo(sh("2026-03-02T12:00"));
    assertThat(office.between(sh("2026-03-02T10:00"), sh("2026-03-02T12:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aTargetOnTheEndOfTheWorkingDayIsThatEndNotTheNextMorning() {
    // Monday 10:00 + 8 h: 10:00 to 18:00 is exactly 8 h, so Monday 18:00
    assertThat(office.plus(sh("2026-03-02T10:00"), Duration.ofHours(8)))
        .isEqualTo(sh("2026-03-02T18:00"));
    // the shipped "3 business days" PT27H from Monday 09:00: Mon, Tue, Wed of 9 h end Wed 18:00
    assertThat(office.plus(sh("2026-03-02T09:00"), Duration.ofHours(27)))
        .isEqualTo(sh("2026-03-04T18:00"));
  }

  @Test
  void carriesOverTheEndOfAWorkingDay() {
    // Monday 17:00 + 2 h: 1 h to 18:00, 1 h from Tuesday 09:00 = Tuesday 10:00
    assertThat(office.plus(sh("2026-03-02T17:00"), Duration.ofHours(2)))
        .isEqualTo(sh("2026-03-03T10:00"));
    // one second past: Monday 17:00 + 1 h 00:01 → Tuesday 09:00:01
    assertThat(office.plus(sh("2026-03-02T17:00"), Duration.ofHours(1).plusSeconds(1)))
        .isEqualTo(sh("2026-03-03T09:00:01"));
  }

  @Test
  void skipsTheWeekend() {
    // Friday 16:00 + 4 h: 2 h to Friday 18:00, then Saturday and Sunday, 2 h from Monday 09:00
    assertThat(office.plus(sh("2026-03-06T16:00"), Duration.ofHours(4)))
        .isEqualTo(sh("2026-03-09T11:00"));
    // Friday 17:00 to Monday 10:00: 1 h Friday + 1 h Monday
    assertThat(office.between(sh("2026-03-06T17:00"), sh("2026-03-09T10:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void skipsWholeWeeksOfLongDurations() {
    // 450 h = 10 weeks of 45 h from Monday 2026-03-02 09:00: the 10th week starts Monday
    // 2026-05-04 (63 days later), so the target is its Friday 2026-05-08 18:00
    assertThat(office.plus(sh("2026-03-02T09:00"), Duration.ofHours(450)))
        .isEqualTo(sh("2026-05-08T18:00"));
    assertThat(office.between(sh("2026-03-02T09:00"), sh("2026-05-08T18:00")))
        .isEqualTo(Duration.ofHours(450));
    // a year from Thursday 2026-01-01 00:00 to 2027-01-01 00:00: 2026 has 261 weekdays (52 weeks
    // of 5 and Thursday 1 January) = 2349 h
    assertThat(office.between(sh("2026-01-01T00:00"), sh("2027-01-01T00:00")))
        .isEqualTo(Duration.ofHours(261 * 9));
  }

  @Test
  void startsOutsideWorkingHoursAtTheNextWorkingMoment() {
    // at night: Tuesday 22:00 + 1 h = Wednesday 10:00
    assertThat(office.plus(sh("2026-03-03T22:00"), Duration.ofHours(1)))
        .isEqualTo(sh("2026-03-04T10:00"));
    // early morning: Wednesday 06:00 + 1 h = Wednesday 10:00
    assertThat(office.plus(sh("2026-03-04T06:00"), Duration.ofHours(1)))
        .isEqualTo(sh("2026-03-04T10:00"));
    // at the weekend: Saturday 10:00 + 1 h = Monday 10:00
    assertThat(office.plus(sh("2026-03-07T10:00"), Duration.ofHours(1)))
        .isEqualTo(sh("2026-03-09T10:00"));
    // exactly at the end of a day: Monday 18:00 + 0 = Tuesday 09:00
    assertThat(office.nextWorkingMoment(sh("2026-03-02T18:00"))).isEqualTo(sh("2026-03-03T09:00"));
    assertThat(office.nextWorkingMoment(sh("2026-03-02T11:11"))).isEqualTo(sh("2026-03-02T11:11"));
    assertThat(office.between(sh("2026-03-07T08:00"), sh("2026-03-08T20:00")))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void skipsHolidaysOfSeveralAdjacentDays() {
    // National Day: Thursday 1 to Saturday 3 October and Sunday 4 to Wednesday 7, adjacent
    WorkingClock clock =
        clock(
            SHANGHAI,
            officeHours(),
            days("2026-10-01", "2026-10-03"),
            days("2026-10-04", "2026-10-07"));
    // Wednesday 30 September 15:00 + 5 h: 3 h to 18:00, closed 1–7 October, 2 h from Thursday
    // 8 October 09:00 = 11:00
    assertThat(clock.plus(sh("2026-09-30T15:00"), Duration.ofHours(5)))
        .isEqualTo(sh("2026-10-08T11:00"));
    // starting on a holiday: Friday 2 October 10:00 + 1 h = Thursday 8 October 10:00
    assertThat(clock.plus(sh("2026-10-02T10:00"), Duration.ofHours(1)))
        .isEqualTo(sh("2026-10-08T10:00"));
    assertThat(clock.isWorking(sh("2026-10-06T10:00"))).isFalse();
    assertThat(clock.nextWorkingMoment(sh("2026-09-30T18:00"))).isEqualTo(sh("2026-10-08T09:00"));
    // 10 working days (90 h) from Monday 28 September 09:00: 28, 29, 30 September, 8, 9 October,
    // 12 to 16 October: Friday 16 October 18:00
    assertThat(clock.plus(sh("2026-09-28T09:00"), Duration.ofHours(90)))
        .isEqualTo(sh("2026-10-16T18:00"));
    assertThat(clock.between(sh("2026-09-28T09:00"), sh("2026-10-16T18:00")))
        .isEqualTo(Duration.ofHours(90));
    // overlapping holidays given to the clock read as one range
    WorkingClock overlapping =
        clock(
            SHANGHAI,
            officeHours(),
            days("2026-10-01", "2026-10-05"),
            days("2026-10-03", "2026-10-07"));
    assertThat(overlapping.plus(sh("2026-09-30T15:00"), Duration.ofHours(5)))
        .isEqualTo(sh("2026-10-08T11:00"));
  }

  @Test
  void countsSeveralIntervalsADay() {
    // 09:00–12:00 and 13:00–18:00: 8 h a day
    List<Interval> hours = new ArrayList<>(weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0)));
    hours.addAll(weekdays(LocalTime.of(13, 0), LocalTime.of(18, 0)));
    WorkingClock lunch = clock(SHANGHAI, hours);
    // Monday 11:00 + 2 h: 1 h to 12:00, 1 h from 13:00 = 14:00
    assertThat(lunch.plus(sh("2026-03-02T11:00"), Duration.ofHours(2)))
        .isEqualTo(sh("2026-03-02T14:00"));
    // Monday 11:00 + 1 h lands on the end of the morning: 12:00, not 13:00
    assertThat(lunch.plus(sh("2026-03-02T11:00"), Duration.ofHours(1)))
        .isEqualTo(sh("2026-03-02T12:00"));
    assertThat(lunch.isWorking(sh("2026-03-02T12:30"))).isFalse();
    assertThat(lunch.nextWorkingMoment(sh("2026-03-02T12:30"))).isEqualTo(sh("2026-03-02T13:00"));
    // 11:30 to 13:30: 30 min before lunch, 30 min after
    assertThat(lunch.between(sh("2026-03-02T11:30"), sh("2026-03-02T13:30")))
        .isEqualTo(Duration.ofMinutes(60));
    // a week is 40 h: Monday 09:00 + 40 h = Friday 18:00
    assertThat(lunch.plus(sh("2026-03-02T09:00"), Duration.ofHours(40)))
        .isEqualTo(sh("2026-03-06T18:00"));
  }

  @Test
  void londonAcrossTheSpringChangeBesideShanghai() {
    WorkingClock london = clock(LONDON, officeHours());
    // Friday 27 March 17:00 GMT (17:00Z) + 2 h: 1 h Friday, then Monday 30 March 09:00 BST
    // (08:00Z) + 1 h = 10:00 BST = 09:00Z, 64 h of real time after the start, not 65
    Instant start = Instant.parse("2026-03-27T17:00:00Z");
    assertThat(at(LONDON, "2026-03-27T17:00")).isEqualTo(start);
    Instant due = london.plus(start, Duration.ofHours(2));
    assertThat(due).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
    assertThat(Duration.between(start, due)).isEqualTo(Duration.ofHours(64));
    assertThat(london.between(start, due)).isEqualTo(Duration.ofHours(2));
    // the same local times in Shanghai (no daylight saving): Monday 10:00 +08:00 = 02:00Z
    assertThat(office.plus(sh("2026-03-27T17:00"), Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-03-30T02:00:00Z"));
  }

  @Test
  void londonAcrossTheAutumnChangeBesideShanghai() {
    WorkingClock london = clock(LONDON, officeHours());
    // Friday 23 October 17:00 BST (16:00Z) + 2 h: 1 h Friday, Monday 26 October 09:00 GMT + 1 h =
    // 10:00 GMT = 10:00Z, 66 h of real time after the start, not 65
    Instant start = Instant.parse("2026-10-23T16:00:00Z");
    assertThat(at(LONDON, "2026-10-23T17:00")).isEqualTo(start);
    Instant due = london.plus(start, Duration.ofHours(2));
    assertThat(due).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
    assertThat(Duration.between(start, due)).isEqualTo(Duration.ofHours(66));
    assertThat(office.plus(sh("2026-10-23T17:00"), Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-10-26T02:00:00Z"));
  }

  @Test
  void aDayAcrossAClockChangeCountsTheLocalHoursThatExist() {
    List<Interval> allWeek = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      allWeek.add(new Interval(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)); // 00:00–24:00
    }
    WorkingClock always = clock(LONDON, allWeek);
    // Saturday 28 March 00:00 GMT to Monday 30 March 00:00 BST: 24 h + a Sunday of 23 h
    Instant saturday = at(LONDON, "2026-03-28T00:00");
    Instant monday = at(LONDON, "2026-03-30T00:00");
    assertThat(always.between(saturday, monday)).isEqualTo(Duration.ofHours(47));
    assertThat(always.plus(saturday, Duration.ofHours(47))).isEqualTo(monday);
    assertThat(monday).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
    // Saturday 24 October 00:00 BST to Monday 26 October 00:00 GMT: 24 h + a Sunday of 25 h
    assertThat(always.between(at(LONDON, "2026-10-24T00:00"), at(LONDON, "2026-10-26T00:00")))
        .isEqualTo(Duration.ofHours(49));

    // Sundays 00:00–03:00 only: 29 March is 00:00 GMT to 03:00 BST = 2 h; 25 October is 00:00 BST
    // to 03:00 GMT = 4 h; an ordinary Sunday 3 h
    WorkingClock night =
        clock(
            LONDON,
            List.of(new Interval(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(3, 0))));
    assertThat(night.between(at(LONDON, "2026-03-28T12:00"), at(LONDON, "2026-03-30T12:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(night.between(at(LONDON, "2026-10-24T12:00"), at(LONDON, "2026-10-26T12:00")))
        .isEqualTo(Duration.ofHours(4));
    assertThat(night.between(at(LONDON, "2026-03-21T12:00"), at(LONDON, "2026-03-23T12:00")))
        .isEqualTo(Duration.ofHours(3));
    // 1 h from Sunday 29 March 00:30 GMT: 30 min to 01:00 GMT (01:00Z), when the clocks jump to
    // 02:00 BST, then 30 min more = 02:30 BST = 01:30Z
    assertThat(night.plus(Instant.parse("2026-03-29T00:30:00Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    // the Sundays from 1 March: 1, 8, 15 and 22 March of 3 h, 29 March of 2 h = 14 h, reached at
    // the end of 29 March's hours, 03:00 BST
    assertThat(night.plus(at(LONDON, "2026-03-01T00:00"), Duration.ofHours(14)))
        .isEqualTo(at(LONDON, "2026-03-29T03:00"));
  }

  @Test
  void saysWhetherAMomentIsWorking() {
    WorkingClock clock = clock(SHANGHAI, officeHours(), days("2026-05-01", "2026-05-05"));
    assertThat(clock.isWorking(sh("2026-03-02T09:00"))).as("the start counts").isTrue();
    assertThat(clock.isWorking(sh("2026-03-02T17:59:59.999"))).isTrue();
    assertThat(clock.isWorking(sh("2026-03-02T18:00"))).as("the end does not").isFalse();
    assertThat(clock.isWorking(sh("2026-03-02T08:59:59"))).isFalse();
    assertThat(clock.isWorking(sh("2026-03-07T12:00"))).as("Saturday").isFalse();
    assertThat(clock.isWorking(sh("2026-05-04T12:00"))).as("a holiday Monday").isFalse();
    assertThat(clock.isWorking(sh("2026-05-06T12:00"))).isTrue();
  }

  @Test
  void betweenIsZeroWhenTheEndIsNotAfterTheStart() {
    assertThat(office.between(sh("2026-03-02T12:00"), sh("2026-03-02T10:00")))
        .isEqualTo(Duration.ZERO);
    assertThat(office.between(sh("2026-03-02T12:00"), sh("2026-03-02T12:00")))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void refusesWhatIsNotAWorkingClock() {
    assertThatThrownBy(() -> new WorkingClock(SHANGHAI, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Interval(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                clock(
                    SHANGHAI,
                    List.of(
                        new Interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new Interval(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> office.plus(sh("2026-03-02T09:00"), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A start and a working time drawn at random (fixed seed) always come back through between. */
  @Test
  void betweenUndoesPlusForRandomStartsAndDurations() {
    List<Interval> split = new ArrayList<>(weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0)));
    split.addAll(weekdays(LocalTime.of(13, 0), LocalTime.of(18, 0)));
    split.add(new Interval(DayOfWeek.SATURDAY, LocalTime.of(0, 30), LocalTime.of(2, 30)));
    List<Interval> allWeek = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      allWeek.add(new Interval(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }
    List<WorkingClock> clocks =
        List.of(
            clock(
                SHANGHAI,
                officeHours(),
                days("2026-10-01", "2026-10-07"),
                days("2027-02-16", "2027-02-22"),
                days("2026-12-25", "2026-12-25")),
            clock(LONDON, split, days("2026-12-24", "2027-01-01")),
            clock(LONDON, allWeek),
            clock(ZoneId.of("America/New_York"), officeHours()));
    Random random = new Random(20261207L);
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    long span = Duration.ofDays(730).toSeconds();
    for (int i = 0; i < 4_000; i++) {
      WorkingClock clock = clocks.get(i % clocks.size());
      Instant a = from.plusSeconds((long) (random.nextDouble() * span));
      Duration d = Duration.ofSeconds(random.nextInt(1_500 * 3600));
      Instant due = clock.plus(a, d);
      assertThat(clock.between(a, due)).as("between(%s, plus(%s, %s))", a, a, d).isEqualTo(d);
      assertThat(due).isAfterOrEqualTo(a);
      // adding in two steps is adding at once (the second step not empty)
      Duration first = Duration.ofSeconds(random.nextInt((int) d.toSeconds() + 1));
      Duration second = d.minus(first);
      if (!second.isZero()) {
        assertThat(clock.plus(clock.plus(a, first), second)).isEqualTo(due);
      }
      // an instant drawn at random: between is never more than the real time, and the working
      // time it counts is reached no later than that instant
      Instant b = a.plusSeconds(random.nextInt(60 * 24 * 3600));
      Duration worked = clock.between(a, b);
      assertThat(worked).isLessThanOrEqualTo(Duration.between(a, b));
      if (worked.isPositive()) {
        assertThat(clock.plus(a, worked)).isBeforeOrEqualTo(b);
      }
    }
  }

  /** The SLA job's budget is 10 s for 100,000 open cases; the clock takes a small part of it. */
  @Test
  void computesADeadlineAndAnElapsedTimeForAHundredThousandCasesQuickly() {
    WorkingClock clock =
        clock(
            SHANGHAI,
            officeHours(),
            days("2026-10-01", "2026-10-07"),
            days("2027-01-01", "2027-01-03"),
            days("2027-02-16", "2027-02-22"),
            days("2027-05-01", "2027-05-05"));
    Random random = new Random(15L);
    Instant from = ZonedDateTime.of(2026, 9, 1, 0, 0, 0, 0, SHANGHAI).toInstant();
    Instant now = from.plus(Duration.ofDays(200));
    // CPU time of this thread, not wall time: the test machine is shared and often loaded
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long started = cpu.getCurrentThreadCpuTime();
    long sum = 0;
    for (int i = 0; i < 100_000; i++) {
      Instant created = from.plusSeconds(random.nextInt(180 * 24 * 3600));
      Instant due = clock.plus(created, Duration.ofHours(2 + random.nextInt(44)));
      sum += clock.between(created, now).toMinutes() + due.getEpochSecond() % 2;
    }
    Duration took = Duration.ofNanos(cpu.getCurrentThreadCpuTime() - started);
    assertThat(sum).isPositive();
    assertThat(took).isLessThan(Duration.ofSeconds(3));
  }
}
