package io.pyra.platform.audit;

import java.time.Instant;

/**
 * Which audit entries to read; every criterion is optional. {@code user} is the actor's username
 * (case-insensitive), {@code from} inclusive, {@code to} exclusive.
 */
public record AuditFilter(
    String user, String recordType, String recordId, Instant from, Instant to) {

  public AuditFilter {
    user = blankToNull(user);
    recordType = blankToNull(recordType);
    recordId = blankToNull(recordId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
