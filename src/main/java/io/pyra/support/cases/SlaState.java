package io.pyra.support.cases;

/**
 * Where a case stands against its targets: on track, at risk (past the warning share of a target),
 * breached, paused (waiting on the customer), or met (resolved within both targets).
 */
public enum SlaState {
  ON_TRACK,
  AT_RISK,
  BREACHED,
  PAUSED,
  MET
}
