package io.pyra.interaction.task;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which tasks a list shows; a null field does not filter. Due times: from inclusive, before
 * exclusive.
 */
public record TaskFilter(
    UUID assigneeId,
    Set<TaskStatus> statuses,
    UUID customerId,
    Instant dueFrom,
    Instant dueBefore) {

  public static TaskFilter of(UUID assigneeId, Set<TaskStatus> statuses) {
    return new TaskFilter(assigneeId, statuses, null, null, null);
  }

  public TaskFilter due(Instant from, Instant before) {
    return new TaskFilter(assigneeId, statuses, customerId, from, before);
  }
}
