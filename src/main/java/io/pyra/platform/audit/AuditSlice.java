package io.pyra.platform.audit;

import java.util.List;

/**
 * A page of audit entries, newest first; {@code nextCursor} reads the older ones (null: none left).
 */
public record AuditSlice(List<AuditEntry> entries, Long nextCursor) {}
