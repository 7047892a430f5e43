package io.pyra.interaction.task;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as a user or client describes it, not yet checked: type and priority by their codes, the
 * assignee empty for "myself", the customer empty when the record or job gives it.
 */
public record SaveTask(
    UUID customerId,
    UUID recordId,
    UUID jobId,
    String title,
    String type,
    UUID assigneeId,
    Instant dueAt,
    String priority,
    String notes) {}
