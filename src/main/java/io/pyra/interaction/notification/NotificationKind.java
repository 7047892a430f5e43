package io.pyra.interaction.notification;

/**
 * What a notification tells: a task fell due, someone gave the user a task, or someone entering a
 * customer asked the user to look at one of theirs that looks the same.
 */
public enum NotificationKind {
  TASK_DUE,
  TASK_ASSIGNED,
  CUSTOMER_OWNER_ASKED
}
