package io.pyra.interaction.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a job stands. A job starts {@code OPEN} (or {@code ACTIVE}), may be put {@code ON_HOLD} and
 * resumed, and ends {@code COMPLETED} or {@code CANCELLED}; an ended job stays ended.
 */
public enum JobStatus {
  OPEN,
  ACTIVE,
  ON_HOLD,
  COMPLETED,
  CANCELLED;

  public Set<JobStatus> next() {
    return switch (this) {
      case OPEN -> Set.of(ACTIVE, ON_HOLD, CANCELLED);
      case ACTIVE -> Set.of(ON_HOLD, COMPLETED, CANCELLED);
      case ON_HOLD -> Set.of(ACTIVE, CANCELLED);
      case COMPLETED, CANCELLED -> Set.of();
    };
  }

  public boolean canBecome(JobStatus other) {
    return other == this || next().contains(other);
  }

  public boolean initial() {
    return this == OPEN || this == ACTIVE;
  }

  public static Optional<JobStatus> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String name = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
  }
}
