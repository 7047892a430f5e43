package io.pyra.support.cases;

import java.time.Duration;
import java.util.UUID;

/**
 * What a case's service level is computed from: the targets of the policy for its grade, severity
 * and service category, the business calendar of its team, the warning share and when a breached
 * case goes to the second level.
 */
public interface CaseSla {

  SlaTarget target(String grade, Severity severity, String serviceCategory);

  WorkingTime clockFor(UUID orgUnitId);

  /** The share of a target (percent) at which the assignee is warned. */
  int warningPercent();

  /** The working time after a breach at which the case goes to the second level. */
  Duration secondEscalationAfter();

  /** What a breach does, as the administrator set it; read once per pass of the SLA job. */
  BreachRule breachRule();

  /**
   * A breach escalates to the assignee's supervisor (and later the next level, {@code
   * secondLevelAfter} of working time on) only if {@code escalate}; a breached case moves to the
   * queue of the team {@code team}, unassigned, unless it is null (its deadlines stay).
   */
  record BreachRule(boolean escalate, UUID team, Duration secondLevelAfter) {}
}
