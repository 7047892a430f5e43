package io.pyra.support.cases;

import java.time.Instant;

/**
 * A case's SLA state from its kept instants alone (no calendar), so that a list of cases, the case
 * page and the SLA job say the same: MET or BREACHED once resolved; PAUSED while waiting (BREACHED
 * if a target was already missed); BREACHED past an unmet deadline; AT_RISK past a warning;
 * ON_TRACK otherwise.
 */
final class SlaStates {

  private SlaStates() {}

  static SlaState of(SupportCase c, Instant now) {
    return of(
        c.status(),
        c.createdAt(),
        c.firstRespondedAt(),
        c.firstResponseWarnAt(),
        c.firstResponseDueAt(),
        c.resolvedAt(),
        c.resolutionWarnAt(),
        c.resolutionDueAt(),
        c.pausedAt(),
        now);
  }

  static SlaState of(
      CaseStatus status,
      Instant createdAt,
      Instant respondedAt,
      Instant responseWarnAt,
      Instant responseDueAt,
      Instant resolvedAt,
      Instant resolutionWarnAt,
      Instant resolutionDueAt,
      Instant pausedAt,
      Instant now) {
    boolean responseLate =
        respondedAt == null ? now.isAfter(responseDueAt) : respondedAt.isAfter(responseDueAt);
    if (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) {
      boolean resolvedLate = resolvedAt != null && resolvedAt.isAfter(resolutionDueAt);
      return responseLate || resolvedLate ? SlaState.BREACHED : SlaState.MET;
    }
    if (status == CaseStatus.WAITING_ON_CUSTOMER) {
      boolean resolutionLate = pausedAt != null && pausedAt.isAfter(resolutionDueAt);
      return responseLate || resolutionLate ? SlaState.BREACHED : SlaState.PAUSED;
    }
    if (responseLate || now.isAfter(resolutionDueAt)) {
      return SlaState.BREACHED;
    }
    boolean responseAtRisk = respondedAt == null && !now.isBefore(responseWarnAt);
    if (responseAtRisk || !now.isBefore(resolutionWarnAt)) {
      return SlaState.AT_RISK;
    }
    return SlaState.ON_TRACK;
  }
}
