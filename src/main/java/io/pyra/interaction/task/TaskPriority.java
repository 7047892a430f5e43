package io.pyra.interaction.task;

/** How urgent a task is. */
public enum TaskPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
