package io.pyra.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The entity changes of one transaction, not yet written: one entry per record, so that a record
 * changed in several flushes, or together with its collections, reads as one entry (first "before",
 * last "after").
 */
final class PendingChanges {

  static final String CREATE = "CREATE";
  static final String UPDATE = "UPDATE";
  static final String DELETE = "DELETE";

  private final List<Entry> entries = new ArrayList<>();

  void add(String action, String recordType, String recordId, List<FieldChange> changes) {
    Entry last = null;
    for (int i = entries.size() - 1; i >= 0 && last == null; i--) {
      Entry candidate = entries.get(i);
      if (candidate.recordType.equals(recordType) && Objects.equals(candidate.recordId, recordId)) {
        last = candidate;
      }
    }
    boolean mergeable =
        last != null
            && !DELETE.equals(last.action)
            && !(CREATE.equals(last.action) && DELETE.equals(action));
    if (!mergeable) {
      last = new Entry(action, recordType, recordId);
      entries.add(last);
    } else if (DELETE.equals(action)) {
      last.action = DELETE;
    }
    for (FieldChange change : changes) {
      last.fields.merge(
          change.field(),
          change,
          (first, next) -> new FieldChange(first.field(), first.before(), next.after()));
    }
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries to write: updates only with the fields whose value differs in the end. */
  List<AuditEvent> events(UUID actorId, String actorName) {
    List<AuditEvent> events = new ArrayList<>();
    for (Entry entry : entries) {
      List<FieldChange> changes =
          entry.fields.values().stream()
              .filter(c -> !UPDATE.equals(entry.action) || !Objects.equals(c.before(), c.after()))
              .toList();
      if (UPDATE.equals(entry.action) && changes.isEmpty()) {
        continue;
      }
      events.add(
          new AuditEvent(
              entry.action, entry.recordType, entry.recordId, actorId, actorName, changes));
    }
    return events;
  }

  private static final class Entry {

    private String action;
    private final String recordType;
    private final String recordId;
    private final Map<String, FieldChange> fields = new LinkedHashMap<>();

    private Entry(String action, String recordType, String recordId) {
      this.action = action;
      this.recordType = recordType;
      this.recordId = recordId;
    }
  }
}
