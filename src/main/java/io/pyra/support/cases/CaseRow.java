package io.pyra.support.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A case as lists show it, with its customer, assignee and team by name, the grade it is held to
 * and the customer's value tier (null where the reader's value reach does not cover the customer).
 */
public record CaseRow(
    UUID id,
    String code,
    UUID customerId,
    String customerCode,
    String customerName,
    CaseType type,
    Severity severity,
    CaseStatus status,
    String subject,
    UUID assigneeId,
    String assigneeName,
    UUID orgUnitId,
    String teamName,
    String grade,
    String tier,
    int priority,
    Instant firstRespondedAt,
    Instant firstResponseWarnAt,
    Instant firstResponseDueAt,
    Instant resolutionWarnAt,
    Instant resolutionDueAt,
    Instant resolvedAt,
    Instant pausedAt,
    Instant createdAt,
    long version) {

  public SlaState slaState(Instant now) {
    return SlaStates.of(
        status,
        createdAt,
        firstRespondedAt,
        firstResponseWarnAt,
        firstResponseDueAt,
        resolvedAt,
        resolutionWarnAt,
        resolutionDueAt,
        pausedAt,
        now);
  }

  /** The deadline the queue looks at: the first response until it is given, then resolution. */
  public Instant nextDueAt() {
    return firstRespondedAt == null && firstResponseDueAt.isBefore(resolutionDueAt)
        ? firstResponseDueAt
        : resolutionDueAt;
  }

  CaseRow withTier(String tier) {
    return new CaseRow(
        id,
        code,
        customerId,
        customerCode,
        customerName,
        type,
        severity,
        status,
        subject,
        assigneeId,
        assigneeName,
        orgUnitId,
        teamName,
        grade,
        tier,
        priority,
        firstRespondedAt,
        firstResponseWarnAt,
        firstResponseDueAt,
        resolutionWarnAt,
        resolutionDueAt,
        resolvedAt,
        pausedAt,
        createdAt,
        version);
  }
}
