package io.pyra.interaction.demo;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.task.TaskPriority;
import io.pyra.interaction.task.TaskStatus;
import io.pyra.interaction.task.TaskType;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo staff's tasks ({@code ./pyra run --demo}): for each user with customers, an overdue
 * call-back, tasks due today and this week, one done, some given by a colleague, so that My day is
 * full from the first sign-in (overdue ones are reminded of by the reminder job). Loaded once, into
 * an empty task table.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "pyra.demo.enabled", havingValue = "true")
class TaskDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskDemo.class);

  private record Plan(
      String title,
      TaskType type,
      TaskPriority priority,
      int dayOffset,
      int hour,
      TaskStatus status) {}

  private static final List<Plan> PLANS =
      List.of(
          new Plan(
              "Call back about the course schedule",
              TaskType.CALL_BACK,
              TaskPriority.HIGH,
              -1,
              16,
              TaskStatus.OPEN),
          new Plan(
              "回访：课程满意度",
              TaskType.RETURN_VISIT,
              TaskPriority.NORMAL,
              -3,
              10,
              TaskStatus.IN_PROGRESS),
          new Plan(
              "Return visit after the trial lesson",
              TaskType.RETURN_VISIT,
              TaskPriority.NORMAL,
              0,
              11,
              TaskStatus.OPEN),
          new Plan("发送课程资料", TaskType.SEND_MATERIAL, TaskPriority.LOW, 0, 17, TaskStatus.OPEN),
          new Plan(
              "Prepare the visit of the training manager",
              TaskType.VISIT_PREPARATION,
              TaskPriority.URGENT,
              0,
              20,
              TaskStatus.OPEN),
          new Plan(
              "Call back with the price offer",
              TaskType.CALL_BACK,
              TaskPriority.NORMAL,
              2,
              10,
              TaskStatus.OPEN),
          new Plan(
              "Set up the room for the placement test",
              TaskType.SET_UP_REQUEST,
              TaskPriority.HIGH,
              4,
              9,
              TaskStatus.OPEN),
          new Plan(
              "Send the enrolment form",
              TaskType.SEND_MATERIAL,
              TaskPriority.NORMAL,
              -2,
              15,
              TaskStatus.DONE));

  private final JdbcTemplate jdbc;
  private final IdentityApi identity;
  private final CustomerApi customerApi;

  TaskDemo(JdbcTemplate jdbc, IdentityApi identity, CustomerApi customerApi) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.customerApi = customerApi;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Long existing = jdbc.queryForObject("select count(*) from interaction_task", Long.class);
    if (existing != null && existing > 0) {
      log.info("Demo: tasks are already there, nothing loaded");
      return;
    }
    List<UserSummary> staff =
        identity.activeUsers().stream().filter(u -> !"admin".equals(u.username())).toList();
    Instant now = Instant.now();
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> notices = new ArrayList<>();
    for (int u = 0; u < staff.size(); u++) {
      UserSummary user = staff.get(u);
      UUID userId = user.id().value();
      List<UUID> customers =
          customerApi.customersOwnedBy(user.id(), 8).stream().map(CustomerId::value).toList();
      if (customers.isEmpty()) {
        continue;
      }
      ZoneId zone = identity.timeZone(user.id());
      UserSummary colleague = staff.get((u + 1) % staff.size());
      for (int p = 0; p < PLANS.size(); p++) {
        Plan plan = PLANS.get(p);
        ZonedDateTime due =
            now.atZone(zone)
                .toLocalDate()
                .plusDays(plan.dayOffset())
                .atTime(LocalTime.of(plan.hour(), 0))
                .atZone(zone);
        Instant created = due.toInstant().minus(Duration.ofDays(3));
        UUID createdBy =
            p % 3 == 1 && !colleague.id().equals(user.id()) ? colleague.id().value() : userId;
        UUID id = Ids.newId();
        UUID customer = customers.get(p % customers.size());
        rows.add(
            new Object[] {
              id,
              customer,
              plan.title(),
              plan.type().name(),
              userId,
              createdBy,
              SqlTime.utc(due.toInstant()),
              plan.priority().name(),
              plan.status().name(),
              plan.status() == TaskStatus.DONE ? SqlTime.utc(due.toInstant()) : null,
              SqlTime.utc(created),
              SqlTime.utc(created)
            });
        if (!createdBy.equals(userId) && plan.status().isActive()) {
          notices.add(
              new Object[] {
                Ids.newId(),
                userId,
                "TASK_ASSIGNED",
                id,
                customer,
                plan.title(),
                SqlTime.utc(now.minus(Duration.ofHours(1 + p)))
              });
        }
      }
    }
    jdbc.batchUpdate(
        """
        insert into interaction_task (id, customer_id, title, type, assignee_id, created_by, due_at, priority, status,
          completed_at, version, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
        rows);
    jdbc.batchUpdate(
        """
        insert into interaction_notification (id, user_id, kind, task_id, customer_id, title, created_at)
        values (?, ?, ?, ?, ?, ?, ?)""",
        notices);
    log.warn("Demo: loaded {} tasks for {} users", rows.size(), staff.size());
  }
}
