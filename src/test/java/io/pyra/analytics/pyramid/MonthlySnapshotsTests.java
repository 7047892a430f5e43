package io.pyra.analytics.pyramid;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.PyraIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly job as the scheduler runs it: on the first of a month it takes every scheme's
 * snapshot of the month that has just ended, and running it again replaces them rather than adding
 * a second.
 */
@PyraIntegrationTest
class MonthlySnapshotsTests {

  @Autowired MonthlySnapshots job;
  @Autowired PyramidSchemes schemes;
  @Autowired TierSnapshots snapshots;

  @Test
  void theFirstOfAMonthTakesEverySchemesSnapshotOfTheMonthJustEnded() {
    LocalDate first = LocalDate.of(2019, 3, 1);
    LocalDate ended = LocalDate.of(2019, 2, 28);

    job.takeLastMonth(first);
    job.takeLastMonth(first);

    for (PyramidScheme scheme : schemes.list()) {
      assertThat(snapshots.taken(scheme, ended)).as(scheme.code()).isTrue();
      assertThat(snapshots.periodEnds(scheme).stream().filter(ended::equals).count())
          .as(scheme.code())
          .isEqualTo(1);
      assertThat(snapshots.taken(scheme, LocalDate.of(2019, 3, 31))).as(scheme.code()).isFalse();
    }
  }
}
