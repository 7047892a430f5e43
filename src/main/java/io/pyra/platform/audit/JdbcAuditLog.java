package io.pyra.platform.audit;

import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Appends audit entries with plain SQL, in the caller's transaction when there is one. */
@Component
class JdbcAuditLog implements AuditLog {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public void append(AuditEvent event) {
    jdbc.sql(
            """
            insert into platform_audit_entry (occurred_at, actor_id, actor_name, action, record_type, record_id, changes)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            SqlTime.utc(Instant.now()),
            event.actorId(),
            event.actorName(),
            event.action(),
            event.recordType(),
            event.recordId(),
            json.writeValueAsString(event.changes()))
        .update();
  }

  @Override
  public void appendByCurrentActor(
      String action, String recordType, String recordId, List<FieldChange> changes) {
    Optional<AuditActor> actor = AuditActors.current();
    append(
        new AuditEvent(
            action,
            recordType,
            recordId,
            actor.map(AuditActor::id).orElse(null),
            actor.map(AuditActor::username).orElse(null),
            changes));
  }
}
