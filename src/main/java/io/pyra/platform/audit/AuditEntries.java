package io.pyra.platform.audit;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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

  private static final String SELECT =
      """
      select id, occurred_at, actor_id, actor_name, action, record_type, record_id, changes
        from platform_audit_entry
       where\s""";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AuditEntries(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Up to {@code limit} entries matching the filter, older than {@code cursor} (an entry's id) when
   * given; the next cursor is the id of the last entry shown.
   */
  public Slice<AuditEntry> find(AuditFilter filter, Long cursor, int limit) {
    int size = Math.clamp(limit, 1, MAX_LIMIT);
    Where where = new Where();
    if (filter.user() != null) {
      where.and("lower(actor_name) = lower(:user)", "user", filter.user());
    }
    if (filter.recordType() != null) {
      where.and("record_type = :recordType", "recordType", filter.recordType());
    }
    if (filter.recordId() != null) {
      where.and("record_id = :recordId", "recordId", filter.recordId());
    }
    if (filter.from() != null) {
      where.and("occurred_at >= :from", "from", SqlTime.utc(filter.from()));
    }
    if (filter.to() != null) {
      where.and("occurred_at < :to", "to", SqlTime.utc(filter.to()));
    }
    if (cursor != null) {
      where.and(AuditOrder.NEWEST.after(cursor));
    }
    List<AuditEntry> entries =
        where
            .param("limit", size + 1)
            .query(jdbc, SELECT, AuditOrder.NEWEST.orderBy(), "limit :limit")
            .query(this::entry)
            .list();
    return Slice.of(entries, size, last -> String.valueOf(last.id()));
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

  /** The order of the log: newest first, by id (the order entries were written in). */
  private enum AuditOrder implements SortKey {
    NEWEST("order by id desc", "id < :after0");

    private final String orderBy;
    private final String after;

    AuditOrder(String orderBy, String after) {
      this.orderBy = orderBy;
      this.after = after;
    }

    @Override
    public String orderBy() {
      return orderBy;
    }

    @Override
    public String after() {
      return after;
    }
  }
}
