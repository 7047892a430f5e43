package io.pyra.interaction.myday;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.UserId;
import io.pyra.interaction.MyDayContribution;
import io.pyra.interaction.MyDayEntry;
import io.pyra.interaction.notification.NotificationRow;
import io.pyra.interaction.notification.Notifications;
import io.pyra.interaction.task.TaskAccess;
import io.pyra.interaction.task.TaskDirectory;
import io.pyra.interaction.task.TaskFilter;
import io.pyra.interaction.task.TaskRow;
import io.pyra.interaction.task.TaskStatus;
import io.pyra.interaction.task.UserClock;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Where;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily agenda a user opens first: their overdue tasks and those due later today, the customers
 * to contact today, and what came in for them. For a user who may see customer value, the tasks and
 * customers of TOP and HIGH customers and of grade A come first in each list (each part in the
 * list's own order), and {@code tiers} and {@code grades} mark each customer's tier and grade.
 */
@Component
@Transactional(readOnly = true)
public class MyDay {

  static final int LIMIT = 100;

  /** How far back "newly assigned" reaches. */
  static final Duration NEW = Duration.ofDays(7);

  /** Everything on the page; "today" in the user's org unit time zone. */
  public record Agenda(
      UUID me,
      UserClock.Day day,
      Instant now,
      List<TaskRow> overdue,
      List<TaskRow> dueToday,
      List<CustomerToContact> customers,
      List<NotificationRow> unread,
      long unreadCount,
      List<TaskRow> newlyAssigned,
      Map<UUID, String> tiers,
      Map<UUID, String> grades,
      List<Section> sections) {}

  /** A section another module contributed, with its entries of the day (only when it has any). */
  public record Section(String id, String titleKey, List<MyDayEntry> entries) {}

  /**
   * A customer to contact today: the user has a task for them due by tonight ({@code mine}), or
   * owns them and someone has a call-back or return visit for them due by tonight.
   */
  public record CustomerToContact(
      UUID id, String code, String name, Instant firstDue, boolean mine) {}

  private final TaskDirectory tasks;
  private final TaskAccess access;
  private final Notifications notifications;
  private final UserClock clock;
  private final CurrentUser currentUser;
  private final JdbcClient jdbc;
  private final CustomerValueMarks valueMarks;
  private final List<MyDayContribution> contributions;

  MyDay(
      TaskDirectory tasks,
      TaskAccess access,
      Notifications notifications,
      UserClock clock,
      CurrentUser currentUser,
      JdbcClient jdbc,
      CustomerValueMarks valueMarks,
      List<MyDayContribution> contributions) {
    this.valueMarks = valueMarks;
    this.contributions =
        contributions.stream().sorted(Comparator.comparingInt(MyDayContribution::order)).toList();
    this.currentUser = currentUser;
    this.tasks = tasks;
    this.access = access;
    this.notifications = notifications;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  public Agenda agenda() {
    Instant now = Instant.now();
    UserClock.Day day = clock.today(now);
    UUID me = access.me();
    TaskFilter mine = TaskFilter.of(me, TaskStatus.ACTIVE);
    List<TaskRow> overdue = tasks.search(mine.due(null, now), null, LIMIT).items();
    List<TaskRow> dueToday = tasks.search(mine.due(now, day.end()), null, LIMIT).items();
    List<NotificationRow> unread = notifications.list(me, true, null, 20).items();
    List<CustomerToContact> customers = customers(me, day.end());
    List<TaskRow> newlyAssigned = tasks.assignedToMeSince(now.minus(NEW), 20);
    Set<UUID> shown = new HashSet<>();
    Stream.of(overdue, dueToday, newlyAssigned)
        .flatMap(List::stream)
        .map(TaskRow::customerId)
        .filter(Objects::nonNull)
        .forEach(shown::add);
    customers.forEach(c -> shown.add(c.id()));
    Map<UUID, CustomerValueMarks.Mark> marks = valueMarks.of(shown);
    Map<UUID, String> tiers = new HashMap<>();
    Map<UUID, String> grades = new HashMap<>();
    marks.forEach(
        (id, mark) -> {
          if (mark.tier() != null) {
            tiers.put(id, mark.tier());
          }
          if (mark.grade() != null) {
            grades.put(id, mark.grade());
          }
        });
    return new Agenda(
        me,
        day,
        now,
        valuableFirst(overdue, TaskRow::customerId, marks),
        valuableFirst(dueToday, TaskRow::customerId, marks),
        valuableFirst(customers, CustomerToContact::id, marks),
        unread,
        notifications.unread(me),
        newlyAssigned,
        tiers,
        grades,
        sections(me, day, now));
  }

  private List<Section> sections(UUID me, UserClock.Day day, Instant now) {
    Locale locale = LocaleContextHolder.getLocale();
    return contributions.stream()
        .map(
            c -> {
              List<MyDayEntry> entries = c.entries(new UserId(me), day.start(), day.end(), locale);
              return new Section(
                  c.id(),
                  c.titleKey(),
                  entries.size() > MyDayContribution.LIMIT
                      ? entries.subList(0, MyDayContribution.LIMIT)
                      : entries);
            })
        .filter(s -> !s.entries().isEmpty())
        .toList();
  }

  /**
   * The rows of TOP and HIGH customers and of grade A first, each part in its own order (a stable
   * sort).
   */
  private static <T> List<T> valuableFirst(
      List<T> rows, Function<T, UUID> customer, Map<UUID, CustomerValueMarks.Mark> marks) {
    if (marks.isEmpty()) {
      return rows;
    }
    return rows.stream()
        .sorted(
            Comparator.comparingInt(
                row -> {
                  UUID id = customer.apply(row);
                  return CustomerValueMarks.precedence(id == null ? null : marks.get(id));
                }))
        .toList();
  }

  /**
   * Only customers the user may read: a task given to them does not show them a customer beyond
   * their reach.
   */
  private List<CustomerToContact> customers(UUID me, Instant endOfDay) {
    return new Where()
        .and(currentUser.visibility("customer.read").condition("c.owner_id", "c.org_unit_id"))
        .param("me", me)
        .param("end", SqlTime.utc(endOfDay))
        .query(
            jdbc,
            """
            select c.id, c.code, c.name, min(t.due_at) as first_due,
                   max(case when t.assignee_id = :me then 1 else 0 end) as mine
              from interaction_task t join customer_card_view c on c.id = t.customer_id
             where t.status in ('OPEN', 'IN_PROGRESS') and t.due_at < :end
               and c.deleted_at is null and c.merged_into_id is null
               and (t.assignee_id = :me or (c.owner_id = :me and t.type in ('CALL_BACK', 'RETURN_VISIT')))
               and"""
                + " ",
            "group by c.id, c.code, c.name order by first_due, c.id limit " + LIMIT)
        .query(
            (rs, n) ->
                new CustomerToContact(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    SqlTime.instant(rs.getObject(4, OffsetDateTime.class)),
                    rs.getInt(5) == 1))
        .list();
  }
}
