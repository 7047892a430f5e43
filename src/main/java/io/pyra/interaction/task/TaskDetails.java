package io.pyra.interaction.task;

import java.time.Instant;
import java.util.UUID;

/** A validated description of a task: what it is, for whom, by when, and what it is linked to. */
record TaskDetails(
    UUID customerId,
    UUID recordId,
    UUID jobId,
    String title,
    TaskType type,
    UUID assigneeId,
    Instant dueAt,
    TaskPriority priority,
    String notes) {}
