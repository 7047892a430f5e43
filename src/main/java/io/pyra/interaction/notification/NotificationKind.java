package io.pyra.interaction.notification;

/** What a notification tells: a task fell due, or someone gave the user a task. */
public enum NotificationKind {
  TASK_DUE,
  TASK_ASSIGNED
}
