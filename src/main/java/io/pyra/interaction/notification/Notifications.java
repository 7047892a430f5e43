package io.pyra.interaction.notification;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
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

  private static final String SELECT =
      """
      select id, kind, task_id, customer_id, title, created_at, read_at, emailed_at
        from interaction_notification where user_id = :user""";

  private final JdbcClient jdbc;

  Notifications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID add(
      UUID userId, NotificationKind kind, UUID taskId, UUID customerId, String title, Instant at) {
    UUID id = Ids.newId();
    jdbc.sql(
            """
            insert into interaction_notification (id, user_id, kind, task_id, customer_id, title, created_at)
            values (:id, :user, :kind, :task, :customer, :title, :at)""")
        .param("id", id)
        .param("user", userId)
        .param("kind", kind.name())
        .param("task", taskId)
        .param("customer", customerId)
        .param("title", title)
        .param("at", SqlTime.utc(at))
        .update();
    return id;
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
  public NotificationSlice list(UUID userId, boolean unreadOnly, String cursor, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_LIMIT));
    StringBuilder sql = new StringBuilder(SELECT);
    if (unreadOnly) {
      sql.append(" and read_at is null");
    }
    Position before = cursor == null || cursor.isBlank() ? null : Position.decode(cursor);
    if (before != null) {
      sql.append(" and (created_at < :cursorAt or (created_at = :cursorAt and id < :cursorId))");
    }
    sql.append(" order by created_at desc, id desc limit ").append(size + 1);
    var statement = jdbc.sql(sql.toString()).param("user", userId);
    if (before != null) {
      statement =
          statement.param("cursorAt", SqlTime.utc(before.at())).param("cursorId", before.id());
    }
    List<NotificationRow> rows = new ArrayList<>(statement.query(Notifications::row).list());
    String next = null;
    if (rows.size() > size) {
      rows.remove(size);
      NotificationRow last = rows.get(size - 1);
      next = new Position(last.createdAt(), last.id()).encode();
    }
    return new NotificationSlice(rows, next);
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
        instant(rs, 8));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return SqlTime.instant(rs.getObject(column, OffsetDateTime.class));
  }

  /** Where a page ended: the time and id of its last notification, as base64url text. */
  record Position(Instant at, UUID id) {

    String encode() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
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
