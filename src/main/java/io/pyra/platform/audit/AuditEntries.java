package io.pyra.platform.audit;

import io.pyra.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit log, newest first, a page at a time by keyset (entries older than the cursor), so
 * that paging stays fast and stable while new entries arrive. There is deliberately no way to
 * change or delete an entry; the database refuses it too.
 */
@Component
@Transactional(readOnly = true)
public class AuditEntries {

  public static final int MAX_LIMIT = 200;
  private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AuditEntries(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Up to {@code limit} entries matching the filter, older than {@code cursor} when given. */
  public AuditSlice find(AuditFilter filter, Long cursor, int limit) {
    int size = Math.clamp(limit, 1, MAX_LIMIT);
    StringBuilder sql =
        new StringBuilder(
            """
        select id, occurred_at, actor_id, actor_name, action, record_type, record_id, changes
          from platform_audit_entry
         where 1 = 1""");
    List<Object> params = new ArrayList<>();
    if (filter.user() != null) {
      sql.append(" and lower(actor_name) = lower(?)");
      params.add(filter.user());
    }
    if (filter.recordType() != null) {
      sql.append(" and record_type = ?");
      params.add(filter.recordType());
    }
    if (filter.recordId() != null) {
      sql.append(" and record_id = ?");
      params.add(filter.recordId());
    }
    if (filter.from() != null) {
      sql.append(" and occurred_at >= ?");
      params.add(SqlTime.utc(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" and occurred_at < ?");
      params.add(SqlTime.utc(filter.to()));
    }
    if (cursor != null) {
      sql.append(" and id < ?");
      params.add(cursor);
    }
    sql.append(" order by id desc limit ?");
    params.add(size + 1);
    List<AuditEntry> entries = jdbc.sql(sql.toString()).params(params).query(this::entry).list();
    if (entries.size() <= size) {
      return new AuditSlice(entries, null);
    }
    List<AuditEntry> page = entries.subList(0, size);
    return new AuditSlice(List.copyOf(page), page.get(size - 1).id());
  }

  private AuditEntry entry(ResultSet rs, int row) throws SQLException {
    String changes = rs.getString("changes");
    return new AuditEntry(
        rs.getLong("id"),
        SqlTime.instant(rs.getObject("occurred_at", OffsetDateTime.class)),
        rs.getObject("actor_id", UUID.class),
        rs.getString("actor_name"),
        rs.getString("action"),
        rs.getString("record_type"),
        rs.getString("record_id"),
        changes == null || changes.isBlank() ? List.of() : json.readValue(changes, CHANGES));
  }
}
