package io.pyra.platform.audit;

import java.util.List;

/**
 * The append-only audit log. Entity changes are recorded automatically; modules append other events
 * (sign-ins, bulk operations, records written with plain SQL) here, in the caller's transaction.
 */
public interface AuditLog {

  void append(AuditEvent event);

  /**
   * Appends {@code action} on a record by the signed-in actor of this thread (none for a job), as
   * the automatic record of an entity change names them.
   */
  void appendByCurrentActor(
      String action, String recordType, String recordId, List<FieldChange> changes);
}
