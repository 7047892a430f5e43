package io.pyra.interaction;

/**
 * What another module may tell a member of staff in their notifications: a case was given to them,
 * is near its deadline, is past it, or was escalated to them as the assignee's supervisor.
 */
public enum StaffNotice {
  CASE_ASSIGNED,
  SLA_WARNING,
  SLA_BREACH,
  CASE_ESCALATED
}
