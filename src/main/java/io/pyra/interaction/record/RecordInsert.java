package io.pyra.interaction.record;

import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.query.QueryPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a new contact record in one statement that also checks its customer: the row is inserted
 * only when the customer module's condition holds (live, within the author's reach), so logging
 * needs no read of the customer first. Audited as the entity listener audits a created record:
 * every field with a value, by name.
 */
@Component
class RecordInsert {

  // the condition is the customer module's (constants); only parameter values come from the request
  private static final String INSERT =
      """
      insert into interaction_record (id, customer_id, contact_id, job_id, type_id, channel, direction, subject, notes,
                                      outcome, duration_minutes, occurred_at, country, office, author_id, org_unit_id,
                                      version, created_at, updated_at)
      select cast(:id as uuid), cast(:customerId as uuid), cast(:contactId as uuid), cast(:jobId as uuid),
             cast(:typeId as uuid), cast(:channel as varchar(10)), cast(:direction as varchar(8)),
             cast(:subject as varchar(300)), cast(:notes as varchar(8000)), cast(:outcome as varchar(2000)),
             cast(:duration as integer), cast(:occurredAt as timestamp with time zone), cast(:country as varchar(2)),
             cast(:office as varchar(100)), cast(:authorId as uuid), cast(:orgUnitId as uuid), 0,
             cast(:createdAt as timestamp with time zone), cast(:updatedAt as timestamp with time zone)
       where\s""";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  RecordInsert(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Whether the record was written: false when {@code customer} (the customer module's condition)
   * does not hold.
   */
  boolean insert(ContactRecord r, QueryPart customer, String authorName) {
    Map<String, Object> params = new HashMap<>(customer.params());
    params.put("id", r.id());
    params.put("customerId", r.customerId());
    params.put("contactId", r.contactId());
    params.put("jobId", r.jobId());
    params.put("typeId", r.typeId());
    params.put("channel", r.channel().name());
    params.put("direction", r.direction().name());
    params.put("subject", r.subject());
    params.put("notes", r.notes());
    params.put("outcome", r.outcome());
    params.put("duration", r.durationMinutes());
    params.put("occurredAt", SqlTime.utc(r.occurredAt()));
    params.put("country", r.country());
    params.put("office", r.office());
    params.put("authorId", r.authorId());
    params.put("orgUnitId", r.orgUnitId());
    params.put("createdAt", SqlTime.utc(r.createdAt()));
    params.put("updatedAt", SqlTime.utc(r.updatedAt()));
    int written = QueryPart.of(customer.sql(), params).wrap(INSERT, "").query(jdbc).update();
    if (written == 0) {
      return false;
    }
    audit.append(
        new AuditEvent(
            "CREATE",
            "interaction_record",
            r.id().toString(),
            r.authorId(),
            authorName,
            changes(r)));
    return true;
  }

  /** The fields with a value, by name in alphabetical order, as the entity listener writes them. */
  private static List<FieldChange> changes(ContactRecord r) {
    List<FieldChange> changes = new ArrayList<>();
    add(changes, "authorId", r.authorId());
    add(changes, "channel", r.channel());
    add(changes, "contactId", r.contactId());
    add(changes, "country", r.country());
    add(changes, "createdAt", r.createdAt());
    add(changes, "customerId", r.customerId());
    add(changes, "direction", r.direction());
    add(changes, "durationMinutes", r.durationMinutes());
    add(changes, "jobId", r.jobId());
    add(changes, "notes", r.notes());
    add(changes, "occurredAt", r.occurredAt());
    add(changes, "office", r.office());
    add(changes, "orgUnitId", r.orgUnitId());
    add(changes, "outcome", r.outcome());
    add(changes, "subject", r.subject());
    add(changes, "typeId", r.typeId());
    add(changes, "updatedAt", r.updatedAt());
    return changes;
  }

  private static void add(List<FieldChange> changes, String field, Object value) {
    if (value != null) {
      changes.add(FieldChange.created(field, value));
    }
  }
}
