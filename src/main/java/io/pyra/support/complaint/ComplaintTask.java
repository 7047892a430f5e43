package io.pyra.support.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A task a complaint made in interaction: the satisfaction check after the resolution or a
 * prevention action; {@code done} is the task's state there.
 */
public record ComplaintTask(
    UUID id,
    Kind kind,
    UUID taskId,
    String title,
    UUID assigneeId,
    String assigneeName,
    Instant dueAt,
    boolean done) {

  public enum Kind {
    SATISFACTION_CHECK,
    PREVENTION
  }
}
