package io.pyra.platform.audit;

import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit log: what happened ({@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code
 * SIGN_IN}, {@code SIGN_IN_FAILED}, {@code TOKEN_FIRST_USE}, …), to which record, by whom.
 */
public record AuditEvent(
    String action,
    String recordType,
    String recordId,
    UUID actorId,
    String actorName,
    List<FieldChange> changes) {

  public AuditEvent {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }
}
