package io.pyra.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of the audit log as read back: when, who, what, to which record, which fields. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    UUID actorId,
    String actorName,
    String action,
    String recordType,
    String recordId,
    List<FieldChange> changes) {}
