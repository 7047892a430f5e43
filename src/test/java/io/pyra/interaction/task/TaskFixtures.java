package io.pyra.interaction.task;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Tasks in a given status, reached through the task's own transitions (as a user would move them),
 * never by setting fields.
 */
final class TaskFixtures {

  static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");
  static final UUID CREATOR = UUID.fromString("00000000-0000-7000-8000-00000000c001");
  static final UUID ASSIGNEE = UUID.fromString("00000000-0000-7000-8000-00000000a001");

  private TaskFixtures() {}

  /** A call-back due a day after it was created, assigned to {@link #ASSIGNEE}. */
  static TaskDetails callBack() {
    return new TaskDetails(
        UUID.randomUUID(),
        null,
        null,
        "Call back about the spring term",
        TaskType.CALL_BACK,
        ASSIGNEE,
        CREATED.plus(Duration.ofDays(1)),
        TaskPriority.NORMAL,
        null);
  }

  static Task open() {
    return new Task(callBack(), CREATOR, CREATED);
  }

  static Task inProgress() {
    Task task = open();
    task.moveTo(TaskStatus.IN_PROGRESS, CREATED.plus(Duration.ofMinutes(5)));
    return task;
  }

  static Task done() {
    Task task = inProgress();
    task.moveTo(TaskStatus.DONE, CREATED.plus(Duration.ofHours(2)));
    return task;
  }

  static Task cancelled() {
    Task task = open();
    task.moveTo(TaskStatus.CANCELLED, CREATED.plus(Duration.ofHours(1)));
    return task;
  }
}
