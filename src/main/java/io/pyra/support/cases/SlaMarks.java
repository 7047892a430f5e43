package io.pyra.support.cases;

import java.time.Instant;

/**
 * Where a case's SLA clock stands: its warning and deadline instants, what the SLA job has noted of
 * them (warned, breached) and its escalation level. The case entity reads its next SLA instant from
 * it; the SLA job notes its events on it for the cases it reads without loading them as entities.
 * Each {@code note…} answers whether the event is new.
 */
final class SlaMarks {

  private final Instant firstRespondedAt;
  private final Instant firstResponseWarnAt;
  private final Instant firstResponseDueAt;
  private final Instant resolutionWarnAt;
  private final Instant resolutionDueAt;
  private Instant responseWarnedAt;
  private Instant responseBreachedAt;
  private Instant resolutionWarnedAt;
  private Instant resolutionBreachedAt;
  private int escalationLevel;
  private Instant secondEscalationAt;

  /** The instants a case is held to: first response (warning, due), resolution (warning, due). */
  record Targets(
      Instant firstResponseWarnAt,
      Instant firstResponseDueAt,
      Instant resolutionWarnAt,
      Instant resolutionDueAt) {}

  /** What the job has noted: when each warning and breach was, the level and its next step. */
  record Noted(
      Instant responseWarnedAt,
      Instant responseBreachedAt,
      Instant resolutionWarnedAt,
      Instant resolutionBreachedAt,
      int escalationLevel,
      Instant secondEscalationAt) {}

  SlaMarks(Instant firstRespondedAt, Targets targets, Noted noted) {
    this.firstRespondedAt = firstRespondedAt;
    this.firstResponseWarnAt = targets.firstResponseWarnAt();
    this.firstResponseDueAt = targets.firstResponseDueAt();
    this.resolutionWarnAt = targets.resolutionWarnAt();
    this.resolutionDueAt = targets.resolutionDueAt();
    this.responseWarnedAt = noted.responseWarnedAt();
    this.responseBreachedAt = noted.responseBreachedAt();
    this.resolutionWarnedAt = noted.resolutionWarnedAt();
    this.resolutionBreachedAt = noted.resolutionBreachedAt();
    this.escalationLevel = noted.escalationLevel();
    this.secondEscalationAt = noted.secondEscalationAt();
  }

  /**
   * The next instant at which the SLA job has something to do: a warning or a breach not yet noted,
   * or the second escalation; none while the case stands still ({@code paused}) or is done.
   */
  Instant next(boolean paused) {
    if (paused) {
      return null;
    }
    Instant next = null;
    // a warning no longer comes once its deadline is breached: a case first looked at after its
    // deadline (the job stopped for a while) is breached without a warning, never warned later
    if (firstRespondedAt == null && responseBreachedAt == null) {
      next = earliest(next, responseWarnedAt == null ? firstResponseWarnAt : null);
      next = earliest(next, firstResponseDueAt);
    }
    if (resolutionBreachedAt == null) {
      next = earliest(next, resolutionWarnedAt == null ? resolutionWarnAt : null);
      next = earliest(next, resolutionDueAt);
    }
    if (escalationLevel == 1) {
      next = earliest(next, secondEscalationAt);
    }
    return next;
  }

  static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  boolean noteResponseWarned(Instant now) {
    if (responseWarnedAt != null || firstRespondedAt != null) {
      return false;
    }
    responseWarnedAt = now;
    return true;
  }

  boolean noteResolutionWarned(Instant now) {
    if (resolutionWarnedAt != null) {
      return false;
    }
    resolutionWarnedAt = now;
    return true;
  }

  /** A breach escalates to level 1 (once) and sets when level 2 comes; null: no escalation. */
  boolean noteResponseBreached(Instant now, Instant secondLevelAt) {
    if (responseBreachedAt != null || firstRespondedAt != null) {
      return false;
    }
    responseBreachedAt = now;
    escalate(secondLevelAt);
    return true;
  }

  boolean noteResolutionBreached(Instant now, Instant secondLevelAt) {
    if (resolutionBreachedAt != null) {
      return false;
    }
    resolutionBreachedAt = now;
    escalate(secondLevelAt);
    return true;
  }

  private void escalate(Instant secondLevelAt) {
    if (escalationLevel == 0 && secondLevelAt != null) {
      escalationLevel = 1;
      secondEscalationAt = secondLevelAt;
    }
  }

  boolean noteSecondEscalation() {
    if (escalationLevel != 1) {
      return false;
    }
    escalationLevel = 2;
    return true;
  }

  /** Whether a deadline was first noted as breached at {@code now} (in this pass). */
  boolean breachedAt(Instant now) {
    return now.equals(responseBreachedAt) || now.equals(resolutionBreachedAt);
  }

  Noted noted() {
    return new Noted(
        responseWarnedAt,
        responseBreachedAt,
        resolutionWarnedAt,
        resolutionBreachedAt,
        escalationLevel,
        secondEscalationAt);
  }

  Instant firstRespondedAt() {
    return firstRespondedAt;
  }

  Instant firstResponseWarnAt() {
    return firstResponseWarnAt;
  }

  Instant firstResponseDueAt() {
    return firstResponseDueAt;
  }

  Instant resolutionWarnAt() {
    return resolutionWarnAt;
  }

  Instant resolutionDueAt() {
    return resolutionDueAt;
  }

  int escalationLevel() {
    return escalationLevel;
  }

  Instant secondEscalationAt() {
    return secondEscalationAt;
  }
}
