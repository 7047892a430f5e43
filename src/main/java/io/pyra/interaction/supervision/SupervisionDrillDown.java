package io.pyra.interaction.supervision;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.Where;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a number on the supervision board, for one person the supervisor reaches
 * (anyone else is not found): their tasks, their contact records, their quiet customers.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionDrillDown {

  /** At most this many rows are listed; the board has the full counts. */
  public static final int LIMIT = 500;

  /** Which of a person's tasks. */
  public enum TaskList {
    PLANNED,
    DONE,
    OVERDUE
  }

  public record Person(UUID id, String name, String orgUnit) {}

  public record TaskRow(
      UUID id,
      String title,
      String type,
      String status,
      String priority,
      Instant dueAt,
      Instant completedAt,
      UUID customerId,
      String customerName) {}

  public record RecordRow(
      UUID id,
      Instant occurredAt,
      String type,
      String channel,
      String subject,
      UUID customerId,
      String customerName) {}

  public record QuietCustomer(UUID id, String code, String name, Instant lastContact) {}

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  SupervisionDrillDown(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  /** The person, when the current user supervises them; not found otherwise. */
  public Person person(UUID userId) {
    return new Where()
        .and("u.id = :userId", "userId", userId)
        .and(
            currentUser
                .visibility("supervision.read")
                .condition("u.id", "u.org_unit_id")
                .wrap("(", ")"))
        .query(
            jdbc,
            "select u.id, u.display_name, o.name from identity_user_view u"
                + " join identity_org_unit_view o on o.id = u.org_unit_id where ")
        .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("user", userId));
  }

  public List<TaskRow> tasks(Person person, TaskList list, SupervisionPeriod period) {
    String condition =
        switch (list) {
          case PLANNED -> "t.due_at >= :from and t.due_at < :to";
          case DONE -> "t.due_at >= :from and t.due_at < :to and t.status = 'DONE'";
          case OVERDUE ->
              "t.completed_at is null and t.status not in ('DONE', 'CANCELLED') and t.due_at < :now";
        };
    Where where = new Where().and("t.assignee_id = :userId").and(condition);
    params(person, period).forEach(where::param);
    return where
        .param("now", SqlTime.utc(Instant.now()))
        .query(
            jdbc,
            """
            select t.id, t.title, t.type, t.status, t.priority, t.due_at, t.completed_at, c.id, c.name
              from interaction_task t left join customer_card_view c on c.id = t.customer_id
             where\s""",
            "order by t.due_at, t.id limit " + LIMIT)
        .query(
            (rs, n) ->
                new TaskRow(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    instant(rs.getObject(6, OffsetDateTime.class)),
                    instant(rs.getObject(7, OffsetDateTime.class)),
                    rs.getObject(8, UUID.class),
                    rs.getString(9)))
        .list();
  }

  public List<RecordRow> records(Person person, SupervisionPeriod period, Locale locale) {
    return jdbc.sql(
            "select r.id, r.occurred_at, y.name_en, y.name_zh, r.channel, r.subject, c.id, c.name"
                + " from interaction_record r join interaction_type y on y.id = r.type_id"
                + " join customer_card_view c on c.id = r.customer_id"
                + " where r.author_id = :userId and r.occurred_at >= :from and r.occurred_at < :to"
                + " order by r.occurred_at desc, r.id desc limit "
                + LIMIT)
        .params(params(person, period))
        .query(
            (rs, n) ->
                new RecordRow(
                    rs.getObject(1, UUID.class),
                    instant(rs.getObject(2, OffsetDateTime.class)),
                    new LocalizedName(rs.getString(3), rs.getString(4)).in(locale),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, UUID.class),
                    rs.getString(8)))
        .list();
  }

  /**
   * The person's live customers that existed {@code days} days ago and had no contact since,
   * longest silent first.
   */
  public List<QuietCustomer> quietCustomers(Person person, int days) {
    SupervisionBoard.checkQuietDays(days);
    Instant since = Instant.now().minus(days, ChronoUnit.DAYS);
    return jdbc.sql(
            """
            select c.id, c.code, c.name,
                   (select max(r.occurred_at) from interaction_record r where r.customer_id = c.id) as last_contact
              from customer_card_view c
             where c.owner_id = :userId and c.deleted_at is null and c.merged_into_id is null and c.created_at < :since
               and not exists (select 1 from interaction_record r where r.customer_id = c.id and r.occurred_at >= :since)
             order by last_contact nulls first, c.name, c.id limit """
                + " "
                + LIMIT)
        .param("userId", person.id())
        .param("since", SqlTime.utc(since))
        .query(
            (rs, n) ->
                new QuietCustomer(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    instant(rs.getObject(4, OffsetDateTime.class))))
        .list();
  }

  private static Map<String, Object> params(Person person, SupervisionPeriod period) {
    Map<String, Object> params = new HashMap<>();
    params.put("userId", person.id());
    params.put("from", SqlTime.utc(period.start()));
    params.put("to", SqlTime.utc(period.end()));
    return params;
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
