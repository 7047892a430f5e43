package io.pyra.interaction.task;

import java.util.UUID;

/** Someone gave a task to another user (on creating it or by reassigning it). */
public record TaskAssigned(
    UUID taskId, UUID assigneeId, UUID assignedBy, String title, UUID customerId) {}
