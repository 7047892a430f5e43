package io.pyra.platform.audit;

import java.util.List;

/**
 * One entry of the audit log as a reader reads it: the kind of record and its name in words, who
 * acted by their display name, and each changed field by its label with its values in words.
 */
public record AuditEntryInWords(
    AuditEntry entry, String kind, String recordName, String actor, List<Change> changes) {

  /**
   * One field's change in words; {@code field} is the field's name as the log writes it. A {@code
   * routine} change is bookkeeping the application does on every save (the time of the last
   * change): shown with the fields, left out of the short summary.
   */
  public record Change(String field, String label, String before, String after, boolean routine) {}
}
