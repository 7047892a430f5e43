package io.pyra.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A failed notice is tried again 1, 2, 4, … minutes later, then hourly, and at last given up. */
class NoticePropertiesTests {

  static final Instant NOW = Instant.parse("2031-05-06T01:00:00Z");

  @Test
  void retriesWaitTwiceAsLongEachTimeUpToTheLongestThenGiveUp() {
    NoticeProperties properties =
        new NoticeProperties(
            Duration.ofSeconds(2), 100, Duration.ofMinutes(1), Duration.ofHours(1), 10);
    assertThat(properties.next(1, NOW)).hasValue(NOW.plus(Duration.ofMinutes(1)));
    assertThat(properties.next(2, NOW)).hasValue(NOW.plus(Duration.ofMinutes(2)));
    assertThat(properties.next(6, NOW)).hasValue(NOW.plus(Duration.ofMinutes(32)));
    assertThat(properties.next(7, NOW)).hasValue(NOW.plus(Duration.ofHours(1)));
    assertThat(properties.next(9, NOW)).hasValue(NOW.plus(Duration.ofHours(1)));
    assertThat(properties.next(10, NOW)).isEmpty();
  }

  @Test
  void refusesABatchOutOfBoundsAndANonPositiveDelay() {
    assertThatThrownBy(
            () ->
                new NoticeProperties(
                    Duration.ofSeconds(2), 0, Duration.ofMinutes(1), Duration.ofHours(1), 10))
        .hasMessageContaining("batch");
    assertThatThrownBy(
            () ->
                new NoticeProperties(
                    Duration.ZERO, 100, Duration.ofMinutes(1), Duration.ofHours(1), 10))
        .hasMessageContaining("delay");
  }
}
