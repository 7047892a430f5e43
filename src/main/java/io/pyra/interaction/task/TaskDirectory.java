package io.pyra.interaction.task;

import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks the current user may see, filtered, by due time (then id), paged by a cursor that holds
 * the due time and id of the last task shown. The query is built from fixed fragments; every value
 * is a bound parameter.
 */
@Component
@Transactional(readOnly = true)
public class TaskDirectory {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select t.id, t.customer_id, cu.code, cu.name, t.record_id, t.job_id, t.title, t.type, t.assignee_id,
             a.display_name, t.created_by, b.display_name, t.due_at, t.priority, t.status, t.notes, t.completed_at,
             t.created_at, t.updated_at, t.version
        from interaction_task t
        join identity_user_view a on a.id = t.assignee_id
        join identity_user_view b on b.id = t.created_by
        left join customer_card_view cu on cu.id = t.customer_id
      """;

  private final JdbcClient jdbc;
  private final TaskAccess access;

  TaskDirectory(JdbcClient jdbc, TaskAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public TaskSlice search(TaskFilter filter, String cursor, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_LIMIT));
    TaskAccess.Condition visible = access.visible();
    StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(visible.sql());
    Map<String, Object> params = new HashMap<>(visible.parameters());
    if (filter.assigneeId() != null) {
      sql.append(" and t.assignee_id = :assigneeId");
      params.put("assigneeId", filter.assigneeId());
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      sql.append(" and t.status in (:statuses)");
      params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.customerId() != null) {
      sql.append(" and t.customer_id = :customerId");
      params.put("customerId", filter.customerId());
    }
    if (filter.dueFrom() != null) {
      sql.append(" and t.due_at >= :dueFrom");
      params.put("dueFrom", SqlTime.utc(filter.dueFrom()));
    }
    if (filter.dueBefore() != null) {
      sql.append(" and t.due_at < :dueBefore");
      params.put("dueBefore", SqlTime.utc(filter.dueBefore()));
    }
    if (cursor != null && !cursor.isBlank()) {
      Position after = Position.decode(cursor);
      sql.append(" and (t.due_at > :cursorDue or (t.due_at = :cursorDue and t.id > :cursorId))");
      params.put("cursorDue", SqlTime.utc(after.dueAt()));
      params.put("cursorId", after.id());
    }
    sql.append(" order by t.due_at, t.id limit ").append(size + 1);
    List<TaskRow> rows =
        new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(TaskDirectory::row).list());
    String next = null;
    if (rows.size() > size) {
      rows.remove(size);
      TaskRow last = rows.get(size - 1);
      next = new Position(last.dueAt(), last.id()).encode();
    }
    return new TaskSlice(rows, next);
  }

  /** One task the current user may see. */
  public java.util.Optional<TaskRow> find(UUID id) {
    TaskAccess.Condition visible = access.visible();
    Map<String, Object> params = new HashMap<>(visible.parameters());
    params.put("id", id);
    return jdbc.sql(SELECT + " where t.id = :id and " + visible.sql())
        .params(params)
        .query(TaskDirectory::row)
        .optional();
  }

  /**
   * Active tasks that others gave the current user since {@code since} (told by a notification),
   * newest first.
   */
  public List<TaskRow> assignedToMeSince(Instant since, int limit) {
    TaskAccess.Condition visible = access.visible();
    Map<String, Object> params = new HashMap<>(visible.parameters());
    params.put("me", access.me());
    params.put("since", SqlTime.utc(since));
    return jdbc.sql(
            SELECT
                + """
             where t.assignee_id = :me and t.status in ('OPEN', 'IN_PROGRESS')
               and t.id in (select n.task_id from interaction_notification n
                             where n.user_id = :me and n.kind = 'TASK_ASSIGNED' and n.created_at >= :since)
               and"""
                + " "
                + visible.sql()
                + " order by t.created_at desc, t.id limit "
                + Math.min(limit, MAX_LIMIT))
        .params(params)
        .query(TaskDirectory::row)
        .list();
  }

  static TaskRow row(ResultSet rs, int n) throws SQLException {
    return new TaskRow(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, UUID.class),
        rs.getObject(6, UUID.class),
        rs.getString(7),
        TaskType.valueOf(rs.getString(8)),
        rs.getObject(9, UUID.class),
        rs.getString(10),
        rs.getObject(11, UUID.class),
        rs.getString(12),
        instant(rs, 13),
        TaskPriority.valueOf(rs.getString(14)),
        TaskStatus.valueOf(rs.getString(15)),
        rs.getString(16),
        instant(rs, 17),
        instant(rs, 18),
        instant(rs, 19),
        rs.getLong(20));
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    return SqlTime.instant(rs.getObject(column, OffsetDateTime.class));
  }

  /** Where a page ended: the due time and id of its last task, as base64url text. */
  record Position(Instant dueAt, UUID id) {

    String encode() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((dueAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String text) {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8)
                .split("\\|");
        return new Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
      } catch (RuntimeException e) {
        throw new BusinessRuleException("cursor", "invalid", "task.cursor.invalid");
      }
    }
  }
}
