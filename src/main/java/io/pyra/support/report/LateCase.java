package io.pyra.support.report;

import io.pyra.support.cases.CaseStatus;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An open case past a deadline: the deadline it missed first ({@code FIRST_RESPONSE} or {@code
 * RESOLUTION}), when that was, and how many real hours ago. The customer's id, code and name are
 * null where the reader's {@code customer.read} does not reach the customer; the branch is the
 * customer's org unit.
 */
public record LateCase(
    UUID id,
    String code,
    String subject,
    CaseType type,
    Severity severity,
    CaseStatus status,
    String grade,
    int priority,
    UUID assigneeId,
    String assigneeName,
    UUID teamId,
    String teamName,
    UUID branchId,
    String branchName,
    UUID customerId,
    String customerCode,
    String customerName,
    MissedDeadline missed,
    Instant dueAt,
    BigDecimal hoursLate) {

  /** The deadline a late case missed first. */
  public enum MissedDeadline {
    FIRST_RESPONSE,
    RESOLUTION
  }
}
