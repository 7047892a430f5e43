package io.pyra.interaction.notification;

/**
 * What a notification tells: a task fell due, someone gave the user a task, someone asked for
 * access to a customer the user owns or manages, someone told the user that their customer called,
 * or someone entering a customer asked the user to look at one of theirs that looks the same; a
 * case was given to the user, is near or past its deadline, or was escalated to them.
 */
public enum NotificationKind {
  TASK_DUE,
  TASK_ASSIGNED,
  ACCESS_REQUESTED,
  CUSTOMER_CALLED,
  CUSTOMER_OWNER_ASKED,
  CASE_ASSIGNED,
  SLA_WARNING,
  SLA_BREACH,
  CASE_ESCALATED
}
