package io.pyra.interaction.timeline;

import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks on the timeline, twice: when one was created (by its creator, for its assignee and due
 * time) and when it was done (by its assignee). Each half reads its own index.
 */
@Component
class TaskTimelineSource implements TimelineSource {

  static final String KIND = "task";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final String CREATED =
      """
      select t.id, t.created_at as entry_at, t.title, t.due_at, c.display_name as actor, a.display_name as assignee
        from interaction_task t
        join identity_user_view c on c.id = t.created_by
        join identity_user_view a on a.id = t.assignee_id
       where\s""";
  private static final String COMPLETED =
      """
      select t.id, t.completed_at as entry_at, t.title, t.due_at, a.display_name as actor, a.display_name as assignee
        from interaction_task t
        join identity_user_view a on a.id = t.assignee_id
       where\s""";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final ZoneId zone;

  TaskTimelineSource(
      JdbcClient jdbc, MessageSource messages, @Value("${pyra.time-zone:UTC}") String zone) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.zone = ZoneId.of(zone);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<TimelineEntry> entries(
      UUID customerId, TimelinePosition before, int limit, Locale locale) {
    List<TimelineEntry> created = read(TaskEntries.CREATED, customerId, before, limit, locale);
    List<TimelineEntry> completed = read(TaskEntries.COMPLETED, customerId, before, limit, locale);
    return CustomerTimeline.merge(List.of(created.iterator(), completed.iterator()), limit);
  }

  private List<TimelineEntry> read(
      TaskEntries entry, UUID customerId, TimelinePosition before, int limit, Locale locale) {
    Where where = new Where().and("t.customer_id = :customerId", "customerId", customerId);
    if (entry.filter != null) {
      where.and(entry.filter);
    }
    if (before != null) {
      where.and(entry.after(SqlTime.utc(before.occurredAt()), before.id()));
    }
    JdbcClient.StatementSpec query =
        where.param("limit", limit).query(jdbc, entry.select, entry.orderBy(), "limit :limit");
    String key = entry.key;
    List<TimelineEntry> entries = new ArrayList<>();
    query.query(
        rs -> {
          UUID id = rs.getObject("id", UUID.class);
          String due =
              WHEN.format(rs.getObject("due_at", OffsetDateTime.class).atZoneSameInstant(zone));
          entries.add(
              new TimelineEntry(
                  KIND,
                  id,
                  rs.getObject("entry_at", OffsetDateTime.class).toInstant(),
                  messages.getMessage(key + ".title", new Object[] {rs.getString("title")}, locale),
                  messages.getMessage(
                      key + ".summary", new Object[] {rs.getString("assignee"), due}, locale),
                  rs.getString("actor"),
                  "/tasks/" + id));
        });
    return entries;
  }

  /**
   * The two halves, each read newest first from its own index; the keyset is a row-value
   * comparison, so that PostgreSQL reads the index backwards from the position and stops at the
   * limit.
   */
  private enum TaskEntries implements SortKey {
    CREATED(
        TaskTimelineSource.CREATED,
        null,
        "order by t.created_at desc, t.id desc",
        "(t.created_at, t.id) < (:after0, :after1)",
        "timeline.task.created"),
    // a task done in the instant it was created is shown once, as created
    COMPLETED(
        TaskTimelineSource.COMPLETED,
        "t.completed_at is not null and t.completed_at > t.created_at",
        "order by t.completed_at desc, t.id desc",
        "(t.completed_at, t.id) < (:after0, :after1)",
        "timeline.task.completed");

    private final String select;
    private final String filter;
    private final String orderBy;
    private final String after;
    private final String key;

    TaskEntries(String select, String filter, String orderBy, String after, String key) {
      this.select = select;
      this.filter = filter;
      this.orderBy = orderBy;
      this.after = after;
      this.key = key;
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
