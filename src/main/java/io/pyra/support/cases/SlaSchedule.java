package io.pyra.support.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * The instants of a case's SLA, all on its team's business calendar: the first-response warning and
 * deadline (from the opening), the resolution warning and deadline (from the opening, moved on by
 * the working time the case spent paused). The warning comes when {@code warningShare} of a target
 * has passed. One function for the job and for reading, so that both always agree.
 */
public record SlaSchedule(
    Instant firstResponseWarnAt,
    Instant firstResponseDueAt,
    Instant resolutionWarnAt,
    Instant resolutionDueAt) {

  public static SlaSchedule of(
      WorkingTime clock,
      Instant openedAt,
      SlaTarget target,
      Duration pausedWork,
      int warningPercent) {
    Duration response = target.firstResponse();
    Duration resolution = target.resolution();
    return new SlaSchedule(
        clock.plus(openedAt, share(response, warningPercent)),
        clock.plus(openedAt, response),
        clock.plus(openedAt, share(resolution, warningPercent).plus(pausedWork)),
        clock.plus(openedAt, resolution.plus(pausedWork)));
  }

  /** {@code percent} % of a duration, to the second (rounded down). */
  static Duration share(Duration target, int percent) {
    return Duration.ofSeconds(target.toSeconds() * percent / 100);
  }
}
