package io.pyra.interaction.task;

import java.time.Instant;
import java.util.UUID;

/** A task as lists and pages show it, with the names of its customer, assignee and creator. */
public record TaskRow(
    UUID id,
    UUID customerId,
    String customerCode,
    String customerName,
    UUID recordId,
    UUID jobId,
    String title,
    TaskType type,
    UUID assigneeId,
    String assigneeName,
    UUID createdBy,
    String createdByName,
    Instant dueAt,
    TaskPriority priority,
    TaskStatus status,
    String notes,
    Instant completedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public boolean active() {
    return status.isActive();
  }

  /** Whether it is still to be done and its due time has passed. */
  public boolean overdueAt(Instant now) {
    return active() && dueAt.isBefore(now);
  }
}
