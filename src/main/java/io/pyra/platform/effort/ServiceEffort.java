package io.pyra.platform.effort;

import java.util.Objects;
import java.util.UUID;

/**
 * Effort a person spent on a customer: {@code count} items of a {@code kind} (e.g. {@link
 * #CONTACT_RECORD}, {@link #TASK}; a later module names its own), through {@code channel} (priced
 * per unit; null when the kind has none) and taking {@code minutes} in all (0 when not recorded).
 */
public record ServiceEffort(
    UUID userId,
    UUID orgUnitId,
    UUID customerId,
    String kind,
    String channel,
    long count,
    long minutes) {

  /** A contact record (a call, a visit …), priced per channel and by its minutes. */
  public static final String CONTACT_RECORD = "CONTACT_RECORD";

  /** A task done, priced by the standard minutes of a task. */
  public static final String TASK = "TASK";

  public ServiceEffort {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
  }
}
