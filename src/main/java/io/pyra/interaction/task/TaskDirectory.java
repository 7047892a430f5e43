package io.pyra.interaction.task;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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

  private static final String SELECT_WHERE = SELECT + " where ";

  /** Where a page ended: the due time and id of its last task. */
  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("task", Instant.class, UUID.class).refusedWith("task.cursor.invalid");

  private final JdbcClient jdbc;
  private final TaskAccess access;

  TaskDirectory(JdbcClient jdbc, TaskAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public Slice<TaskRow> search(TaskFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where().and(visible());
    if (filter.assigneeId() != null) {
      where.and("t.assignee_id = :assigneeId", "assigneeId", filter.assigneeId());
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "t.status in (:statuses)",
          "statuses",
          filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.customerId() != null) {
      where.and("t.customer_id = :customerId", "customerId", filter.customerId());
    }
    if (filter.dueFrom() != null) {
      where.and("t.due_at >= :dueFrom", "dueFrom", SqlTime.utc(filter.dueFrom()));
    }
    if (filter.dueBefore() != null) {
      where.and("t.due_at < :dueBefore", "dueBefore", SqlTime.utc(filter.dueBefore()));
    }
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      where.and(TaskOrder.DUE.after(SqlTime.utc(after.instant(0)), after.uuid(1)));
    }
    where.param("limit", size + 1);
    List<TaskRow> rows =
        where
            .query(jdbc, SELECT_WHERE, TaskOrder.DUE.orderBy(), "limit :limit")
            .query(TaskDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.dueAt(), last.id()));
  }

  /** One task the current user may see. */
  public java.util.Optional<TaskRow> find(UUID id) {
    return new Where()
        .and("t.id = :id", "id", id)
        .and(visible())
        .query(jdbc, SELECT_WHERE)
        .query(TaskDirectory::row)
        .optional();
  }

  /**
   * Active tasks that others gave the current user since {@code since} (told by a notification),
   * newest first.
   */
  public List<TaskRow> assignedToMeSince(Instant since, int limit) {
    return new Where()
        .and(
            """
            t.assignee_id = :me and t.status in ('OPEN', 'IN_PROGRESS')
              and t.id in (select n.task_id from interaction_notification n
                            where n.user_id = :me and n.kind = 'TASK_ASSIGNED' and n.created_at >= :since)""")
        .param("me", access.me())
        .param("since", SqlTime.utc(since))
        .and(visible())
        .param("limit", Math.min(limit, MAX_LIMIT))
        .query(jdbc, SELECT_WHERE, "order by t.created_at desc, t.id limit :limit")
        .query(TaskDirectory::row)
        .list();
  }

  private QueryPart visible() {
    return access.visible();
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

  /** The order of the list: by due time, then id. */
  private enum TaskOrder implements SortKey {
    DUE(
        "order by t.due_at, t.id",
        "(t.due_at > :after0 or (t.due_at = :after0 and t.id > :after1))");

    private final String orderBy;
    private final String after;

    TaskOrder(String orderBy, String after) {
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
