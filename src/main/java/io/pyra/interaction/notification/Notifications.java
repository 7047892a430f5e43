package io.pyra.interaction.notification;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.bulk.BulkRows;
import io.pyra.platform.query.KeysetCursor;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's notifications: added by the reminder job and by task assignments, listed newest
 * first, counted while unread, marked read by their user only.
 */
@Service
@Transactional
public class Notifications {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT_WHERE =
      """
      select id, kind, task_id, customer_id, title, created_at, read_at, emailed_at, link
        from interaction_notification where\s""";

  /** Where a page ended: the time and id of its last notification. */
  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("notification", Instant.class, UUID.class)
          .refusedWith("task.cursor.invalid");

  private final JdbcClient jdbc;

  private final BulkRows rows;

  Notifications(JdbcClient jdbc, BulkRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  UUID add(
      UUID userId, NotificationKind kind, UUID taskId, UUID customerId, String title, Instant at) {
    return add(userId, kind, taskId, customerId, title, null, at);
  }

  /** A notification that opens {@code link}, a path inside Pyra (null: the task or customer). */
  public UUID add(
      UUID userId,
      NotificationKind kind,
      UUID taskId,
      UUID customerId,
      String title,
      String link,
      Instant at) {
    UUID id = Ids.newId();
    jdbc.sql(
            """
            insert into interaction_notification (id, user_id, kind, task_id, customer_id, title, link, created_at)
            values (:id, :user, :kind, :task, :customer, :title, :link, :at)""")
        .param("id", id)
        .param("user", userId)
        .param("kind", kind.name())
        .param("task", taskId)
        .param("customer", customerId)
        .param("title", title)
        .param("link", link)
        .param("at", SqlTime.utc(at))
        .update();
    return id;
  }

  /** A notification to add in a batch: see {@link #addAll}. */
  public record NewNotification(
      UUID userId, NotificationKind kind, UUID customerId, String title, String link, Instant at) {}

  /** Many notifications in one batch (a job's): {@code COPY} on PostgreSQL. */
  public void addAll(List<NewNotification> notes) {
    rows.insert(
        "interaction_notification",
        "id, user_id, kind, customer_id, title, link, created_at",
        notes.stream()
            .map(
                n ->
                    new Object[] {
                      Ids.newId(),
                      n.userId(),
                      n.kind().name(),
                      n.customerId(),
                      n.title(),
                      n.link(),
                      n.at()
                    })
            .toList());
  }

  /** The reminder mail was taken by the mail server at the {@code attempts}-th attempt. */
  void emailed(UUID id, int attempts, Instant at) {
    jdbc.sql(
            """
            update interaction_notification set emailed_at = :at, email_attempts = :attempts, email_next_at = null
             where id = :id""")
        .param("at", SqlTime.utc(at))
        .param("attempts", attempts)
        .param("id", id)
        .update();
  }

  /**
   * The {@code attempts}-th attempt failed: tried again at {@code nextAt}, or given up at {@code
   * failedAt}.
   */
  void emailFailed(UUID id, int attempts, Instant nextAt, Instant failedAt) {
    jdbc.sql(
            """
            update interaction_notification set email_attempts = :attempts, email_next_at = :next,
                   email_failed_at = :failed
             where id = :id""")
        .param("attempts", attempts)
        .param("next", nextAt == null ? null : SqlTime.utc(nextAt))
        .param("failed", failedAt == null ? null : SqlTime.utc(failedAt))
        .param("id", id)
        .update();
  }

  @Transactional(readOnly = true)
  public Slice<NotificationRow> list(UUID userId, boolean unreadOnly, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where().and("user_id = :user", "user", userId);
    if (unreadOnly) {
      where.and("read_at is null");
    }
    KeysetCursor before = CURSOR.decode(cursor);
    if (before != null) {
      where.and(NotificationOrder.NEWEST.after(SqlTime.utc(before.instant(0)), before.uuid(1)));
    }
    where.param("limit", size + 1);
    List<NotificationRow> rows =
        where
            .query(jdbc, SELECT_WHERE, NotificationOrder.NEWEST.orderBy(), "limit :limit")
            .query(Notifications::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.createdAt(), last.id()));
  }

  @Transactional(readOnly = true)
  public long unread(UUID userId) {
    return jdbc.sql(
            "select count(*) from interaction_notification where user_id = :user and read_at is null")
        .param("user", userId)
        .query(Long.class)
        .single();
  }

  /** Marks one of the user's notifications read; false when the user has no such notification. */
  public boolean markRead(UUID userId, UUID id) {
    int found =
        jdbc.sql("select count(*) from interaction_notification where id = :id and user_id = :user")
            .param("id", id)
            .param("user", userId)
            .query(Integer.class)
            .single();
    jdbc.sql(
            "update interaction_notification set read_at = :at where id = :id and user_id = :user and read_at is null")
        .param("at", SqlTime.utc(Instant.now()))
        .param("id", id)
        .param("user", userId)
        .update();
    return found > 0;
  }

  public int markAllRead(UUID userId) {
    return jdbc.sql(
            "update interaction_notification set read_at = :at where user_id = :user and read_at is null")
        .param("at", SqlTime.utc(Instant.now()))
        .param("user", userId)
        .update();
  }

  static NotificationRow row(ResultSet rs, int n) throws SQLException {
    return new NotificationRow(
        rs.getObject(1, UUID.class),
        NotificationKind.valueOf(rs.getString(2)),
        rs.getObject(3, UUID.class),
        rs.getObject(4, UUID.class),
        rs.getString(5),
        instant(rs, 6),
        instant(rs, 7),
        instant(rs, 8),
        rs.getString(9));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return SqlTime.instant(rs.getObject(column, OffsetDateTime.class));
  }

  /** The order of the list: newest first. */
  private enum NotificationOrder implements SortKey {
    NEWEST(
        "order by created_at desc, id desc",
        "(created_at < :after0 or (created_at = :after0 and id < :after1))");

    private final String orderBy;
    private final String after;

    NotificationOrder(String orderBy, String after) {
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
