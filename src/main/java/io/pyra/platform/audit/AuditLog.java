package io.pyra.platform.audit;

/**
 * The append-only audit log. Entity changes are recorded automatically; modules append other events
 * (sign-ins, bulk operations) here, in the caller's transaction.
 */
public interface AuditLog {

  void append(AuditEvent event);
}
