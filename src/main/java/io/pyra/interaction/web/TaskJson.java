package io.pyra.interaction.web;

import io.pyra.interaction.task.TaskPriority;
import io.pyra.interaction.task.TaskRow;
import io.pyra.interaction.task.TaskStatus;
import io.pyra.interaction.task.TaskType;
import java.time.Instant;
import java.util.UUID;

/** A task over the API, named as on the page. */
record TaskJson(
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
    Instant dueAt,
    TaskPriority priority,
    TaskStatus status,
    String notes,
    Instant completedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static TaskJson of(TaskRow row) {
    return new TaskJson(
        row.id(),
        row.customerId(),
        row.customerCode(),
        row.customerName(),
        row.recordId(),
        row.jobId(),
        row.title(),
        row.type(),
        row.assigneeId(),
        row.assigneeName(),
        row.createdBy(),
        row.dueAt(),
        row.priority(),
        row.status(),
        row.notes(),
        row.completedAt(),
        row.createdAt(),
        row.updatedAt(),
        row.version());
  }
}
