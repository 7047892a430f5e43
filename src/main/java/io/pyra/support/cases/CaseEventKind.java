package io.pyra.support.cases;

/** What a line of a case's history tells. */
public enum CaseEventKind {
  OPENED,
  STATUS,
  ASSIGNED,
  DESCRIBED,
  SEVERITY,
  PRIORITY,
  DEADLINE,
  RESPONDED,
  SLA_WARNING,
  SLA_BREACH,
  ESCALATED,
  MAIL_IN,
  MAIL_OUT,
  ROOT_CAUSE,
  SATISFACTION,
  STEP,
  NOTE,
  ARTICLE_LINKED,
  ARTICLE_UNLINKED,
  ATTACHED,
  DETACHED
}
