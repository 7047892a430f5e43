package io.pyra.interaction.notification;

/**
 * What a notification tells: a task fell due, someone gave the user a task, someone asked for
 * access to a customer the user owns or manages, or someone told the user that their customer
 * called.
 */
public enum NotificationKind {
  TASK_DUE,
  TASK_ASSIGNED,
  ACCESS_REQUESTED,
  CUSTOMER_CALLED
}
