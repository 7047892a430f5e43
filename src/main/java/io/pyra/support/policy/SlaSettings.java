package io.pyra.support.policy;

import io.pyra.identity.OrgUnitId;
import java.time.Duration;

/**
 * When every SLA policy warns and escalates: the assignee is warned at {@code warningPercent} of a
 * target; at a breach the case escalates to the assignee's supervisor if {@code escalateOnBreach},
 * and to the next level {@code secondEscalationAfter} (working time) after the breach; a breached
 * case may be reassigned to {@code breachTeam} ({@code null}: to no team).
 */
public record SlaSettings(
    int warningPercent,
    boolean escalateOnBreach,
    Duration secondEscalationAfter,
    OrgUnitId breachTeam,
    long version) {

  /** The working time into a target at which the assignee is warned (75 % of 4 h: 3 h). */
  public Duration warningAfter(Duration target) {
    return target.multipliedBy(warningPercent).dividedBy(100);
  }
}
