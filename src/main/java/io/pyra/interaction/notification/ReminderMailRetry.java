package io.pyra.interaction.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a reminder mail that the mail server did not take is tried again by later reminder runs: at
 * most {@code attempts} attempts in all, the first retry {@code firstRetryDelay} after the failure,
 * each further one twice as long after the one before (by default 5 attempts: 1, 2, 4 and 8 minutes
 * apart).
 */
@ConfigurationProperties("pyra.tasks.reminders.mail")
record ReminderMailRetry(
    @DefaultValue("5") int attempts, @DefaultValue("PT1M") Duration firstRetryDelay) {

  ReminderMailRetry {
    if (attempts < 1) {
      throw new IllegalArgumentException(
          "pyra.tasks.reminders.mail.attempts must be at least 1, was " + attempts);
    }
    if (firstRetryDelay == null || firstRetryDelay.isNegative() || firstRetryDelay.isZero()) {
      throw new IllegalArgumentException(
          "pyra.tasks.reminders.mail.first-retry-delay must be positive, was " + firstRetryDelay);
    }
  }

  /**
   * When to try again after the {@code failed}-th attempt failed at {@code now}; empty when that
   * was the last.
   */
  Optional<Instant> next(int failed, Instant now) {
    if (failed >= attempts) {
      return Optional.empty();
    }
    return Optional.of(now.plus(firstRetryDelay.multipliedBy(1L << Math.min(failed - 1, 20))));
  }
}
