package io.pyra.interaction.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The busiest week a new visit falls in, on visits placed a whole number of hours from a fixed
 * start.
 */
class ReturnVisitWindowTests {

  private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);
  private static final int H = 1; // an hour
  private static final int D = 24 * H;

  @Test
  void countsNothingWithoutVisits() {
    assertThat(busiest(10 * D)).isZero();
  }

  @Test
  void countsTheVisitsBeforeAndAfterTheNewOne() {
    // visits at day 1 and day 6: the week from day 1 holds both and the new one at day 3
    assertThat(busiest(3 * D, 1 * D, 6 * D)).isEqualTo(2);
    // a new visit at day 0 shares the week from day 0 with day 1 and day 6 (6 days < 7)
    assertThat(busiest(0, 1 * D, 6 * D)).isEqualTo(2);
    // a new visit before day -1 is more than a week before day 6: the week from it holds day 1 only
    assertThat(busiest(-1 * D - 1 * H, 1 * D, 6 * D)).isEqualTo(1);
  }

  @Test
  void aWeekHoldsItsFirstHourButNotTheHourItEndsAt() {
    assertThat(busiest(7 * D, 0)).as("exactly a week after").isZero();
    assertThat(busiest(7 * D - 1 * H, 0)).as("an hour less than a week after").isEqualTo(1);
    assertThat(busiest(-7 * D, 0)).as("exactly a week before").isZero();
    assertThat(busiest(-7 * D + 1 * H, 0)).as("an hour less than a week before").isEqualTo(1);
  }

  @Test
  void takesTheBusiestOfTheWeeksHoldingTheNewVisit() {
    // day 0, 2 and 10, 11, 12: the new visit at day 6 shares the week from day 0 with two,
    // the week from day 6 with none, and the week from its own time with 10, 11 and 12
    assertThat(busiest(6 * D, 0, 2 * D, 10 * D, 11 * D, 12 * D)).isEqualTo(3);
    // from day 5, the weeks holding it reach day 0 and 2 (from day 0) or 10 and 11 (from day 5)
    assertThat(busiest(5 * D, 0, 2 * D, 10 * D, 11 * D, 12 * D)).isEqualTo(2);
    // visits at the same time as the new one count
    assertThat(busiest(3 * D, 3 * D, 3 * D)).isEqualTo(2);
  }

  /**
   * The busiest week holding a new visit {@code at} hours from T, with visits the given hours from
   * T (ascending).
   */
  private static int busiest(int at, int... visits) {
    List<Instant> times = Arrays.stream(visits).mapToObj(h -> T.plus(Duration.ofHours(h))).toList();
    return ReturnVisitWindow.busiest(times, T.plus(Duration.ofHours(at)), WEEK);
  }
}
