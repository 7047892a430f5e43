package io.pyra.scheduling.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the booking notices are mailed ({@code pyra.scheduling.notices}): a pass every {@code delay}
 * after the last ended, of at most {@code batch} notices; a notice whose mail failed is tried again
 * {@code firstRetryDelay} later, then twice as long after each further failure but never more than
 * {@code longestRetryDelay}, at most {@code attempts} times in all (by default 1, 2, 4, … minutes
 * apart, then hourly, about two days).
 */
@ConfigurationProperties("pyra.scheduling.notices")
record NoticeProperties(
    @DefaultValue("PT2S") Duration delay,
    @DefaultValue("100") int batch,
    @DefaultValue("PT1M") Duration firstRetryDelay,
    @DefaultValue("PT1H") Duration longestRetryDelay,
    @DefaultValue("50") int attempts) {

  NoticeProperties {
    if (batch < 1 || batch > 1000) {
      throw new IllegalArgumentException(
          "pyra.scheduling.notices.batch must be 1 to 1000, was " + batch);
    }
    if (attempts < 1) {
      throw new IllegalArgumentException(
          "pyra.scheduling.notices.attempts must be at least 1, was " + attempts);
    }
    positive("delay", delay);
    positive("first-retry-delay", firstRetryDelay);
    positive("longest-retry-delay", longestRetryDelay);
  }

  /**
   * When to try again after the {@code failed}-th attempt failed at {@code now}; empty when that
   * was the last.
   */
  Optional<Instant> next(int failed, Instant now) {
    if (failed >= attempts) {
      return Optional.empty();
    }
    Duration wait = firstRetryDelay.multipliedBy(1L << Math.min(Math.max(failed - 1, 0), 20));
    return Optional.of(now.plus(wait.compareTo(longestRetryDelay) > 0 ? longestRetryDelay : wait));
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "pyra.scheduling.notices." + name + " must be positive, was " + value);
    }
  }
}
