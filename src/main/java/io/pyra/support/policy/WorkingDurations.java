package io.pyra.support.policy;

import io.pyra.platform.error.RuleViolation;
import java.time.Duration;
import java.util.List;

/**
 * Reads a target typed as an ISO-8601 duration of working time ({@code PT2H}, {@code PT1H30M}):
 * refused, naming the field, when it is missing, not ISO-8601, not a whole number of minutes, zero
 * or negative, or above 365 days.
 */
final class WorkingDurations {

  /** The longest target: 365 days. */
  static final Duration MAX = Duration.ofDays(365);

  private static final int ECHO_MAX = 40;

  private WorkingDurations() {}

  /** The duration, or {@code null} after adding the reason to {@code violations}. */
  static Duration parse(String field, String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new RuleViolation(field, "required", "sla.duration.required"));
      return null;
    }
    Duration duration;
    try {
      duration = Duration.parse(text.strip());
    } catch (RuntimeException e) {
      violations.add(new RuleViolation(field, "duration", "sla.duration.format", echo(text)));
      return null;
    }
    if (duration.isZero() || duration.isNegative()) {
      violations.add(new RuleViolation(field, "positive", "sla.duration.positive"));
      return null;
    }
    if (duration.compareTo(MAX) > 0) {
      violations.add(new RuleViolation(field, "max", "sla.duration.max", MAX.toDays()));
      return null;
    }
    if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
      violations.add(new RuleViolation(field, "whole-minutes", "sla.duration.minutes"));
      return null;
    }
    return duration;
  }

  static String echo(String text) {
    String stripped = text.strip();
    return stripped.length() > ECHO_MAX ? stripped.substring(0, ECHO_MAX) + "…" : stripped;
  }
}
