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
}
