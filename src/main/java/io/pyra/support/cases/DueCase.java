package io.pyra.support.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * An open case whose next SLA instant has come, as the SLA job reads it (a row, not an entity):
 * what its notices name, its SLA marks, and its team and assignee, which a breach may change.
 */
final class DueCase {

  private final UUID id;
  private final String code;
  private final String subject;
  private final UUID customerId;
  private final long version;
  private final SlaMarks marks;
  private UUID assigneeId;
  private UUID orgUnitId;
  private Instant reassignedAt;

  DueCase(
      UUID id,
      String code,
      String subject,
      UUID customerId,
      UUID assigneeId,
      UUID orgUnitId,
      long version,
      SlaMarks marks) {
    this.id = id;
    this.code = code;
    this.subject = subject;
    this.customerId = customerId;
    this.assigneeId = assigneeId;
    this.orgUnitId = orgUnitId;
    this.version = version;
    this.marks = marks;
  }

  /** The case goes to {@code team}'s queue, unassigned, at {@code now}. */
  void toTeam(UUID team, Instant now) {
    this.assigneeId = null;
    this.orgUnitId = team;
    this.reassignedAt = now;
  }

  UUID id() {
    return id;
  }

  String code() {
    return code;
  }

  String subject() {
    return subject;
  }

  UUID customerId() {
    return customerId;
  }

  UUID assigneeId() {
    return assigneeId;
  }

  UUID orgUnitId() {
    return orgUnitId;
  }

  long version() {
    return version;
  }

  SlaMarks marks() {
    return marks;
  }

  /** When the pass gave the case to another team; null: it did not. */
  Instant reassignedAt() {
    return reassignedAt;
  }
}
