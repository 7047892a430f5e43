package io.pyra.support.complaint;

/**
 * Where a compensation stands: one above the approval limit waits for a manager; one within the
 * limit is approved as it is recorded (nobody named as approver).
 */
public enum CompensationStatus {
  PENDING_APPROVAL,
  APPROVED,
  REJECTED
}
