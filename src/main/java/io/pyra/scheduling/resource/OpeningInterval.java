package io.pyra.scheduling.resource;

import java.time.LocalTime;

/**
 * One interval of opening hours on an ISO weekday (1 Monday … 7 Sunday), on the centre's clock;
 * several on one day leave gaps (a lunch break).
 */
public record OpeningInterval(int weekday, LocalTime opensAt, LocalTime closesAt) {

  /** The hours of a centre without hours of its own: every day 08:00–22:00. */
  public static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 0);

  public static final LocalTime DEFAULT_CLOSES = LocalTime.of(22, 0);

  boolean overlaps(OpeningInterval other) {
    return weekday == other.weekday
        && opensAt.isBefore(other.closesAt)
        && other.opensAt.isBefore(closesAt);
  }
}
