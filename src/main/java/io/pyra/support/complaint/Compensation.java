package io.pyra.support.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a complaint's customer was offered, and where its approval stands. {@code approvedBy} is the
 * manager who approved or rejected it (null when it was within the limit); {@code refundId} the
 * refund sales recorded for an approved REFUND.
 */
public record Compensation(
    UUID id,
    UUID caseId,
    CompensationType type,
    BigDecimal amount,
    String currency,
    String note,
    String orderNumber,
    UUID refundId,
    CompensationStatus status,
    UUID requestedBy,
    UUID approvedBy,
    Instant approvedAt,
    String rejectionReason,
    Instant createdAt,
    long version) {

  /** Whether this compensation still counts: waiting for approval or approved. */
  public boolean standing() {
    return status != CompensationStatus.REJECTED;
  }
}
