package io.pyra.interaction.notification;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserContact;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds assignees of tasks that fell due: a notification, and an email for those who chose it.
 * Each task is claimed by setting {@code reminded_at} first (without a new version, so nobody's
 * open edit turns stale), so that two runs at once never remind twice. Each run also tries again
 * the reminder mails that the mail server did not take ({@link ReminderMailAttempts}).
 */
@Component
public class TaskReminders {

  private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);
  private static final int BATCH = 500;

  private record DueTask(
      UUID id,
      String title,
      UUID assigneeId,
      UUID customerId,
      String customerName,
      OffsetDateTime dueAt) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Notifications notifications;
  private final ReminderMailAttempts mails;
  private final IdentityApi identity;

  TaskReminders(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      Notifications notifications,
      ReminderMailAttempts mails,
      IdentityApi identity) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.notifications = notifications;
    this.mails = mails;
    this.identity = identity;
  }

  /** Reminds of every open task due by now not yet reminded of; answers how many. */
  public int remindDue() {
    return remindDue(Instant.now());
  }

  /**
   * Reminds of every open task due by {@code now} not yet reminded of, then tries again the
   * reminder mails due to be tried by then; answers how many tasks were reminded.
   */
  public int remindDue(Instant now) {
    int reminded = 0;
    int before;
    List<UUID> due;
    do {
      before = reminded;
      due =
          jdbc.sql(
                  """
              select id from interaction_task
               where status in ('OPEN', 'IN_PROGRESS') and due_at <= :now and reminded_at is null
               order by due_at, id"""
                      + " limit "
                      + BATCH)
              .param("now", SqlTime.utc(now))
              .query(UUID.class)
              .list();
      for (UUID id : due) {
        try {
          if (Boolean.TRUE.equals(transactions.execute(status -> remind(id, now)))) {
            reminded++;
          }
        } catch (RuntimeException e) {
          // e.g. a lock timeout against a run on another node: the task stays unreminded for the
          // next run
          log.warn("Task {} not reminded this time: {}", id, e.getMessage());
        }
      }
    } while (due.size() == BATCH
        && reminded > before); // a full batch that moved nothing would only repeat
    mails.retryDue(now);
    return reminded;
  }

  private boolean remind(UUID taskId, Instant now) {
    int claimed =
        jdbc.sql(
                """
            update interaction_task set reminded_at = :now
             where id = :id and reminded_at is null and status in ('OPEN', 'IN_PROGRESS') and due_at <= :now""")
            .param("now", SqlTime.utc(now))
            .param("id", taskId)
            .update();
    if (claimed == 0) {
      return false; // done, moved or reminded meanwhile
    }
    DueTask task =
        jdbc.sql(
                """
            select t.id, t.title, t.assignee_id, t.customer_id, c.name as customer_name, t.due_at
              from interaction_task t left join customer_card_view c on c.id = t.customer_id where t.id = :id""")
            .param("id", taskId)
            .query(DueTask.class)
            .single();
    UUID notification =
        notifications.add(
            task.assigneeId(),
            NotificationKind.TASK_DUE,
            task.id(),
            task.customerId(),
            task.title(),
            now);
    Optional<UserContact> contact = identity.contact(task.assigneeId());
    if (contact.isPresent() && contact.get().emailReminders()) {
      mails.first(
          notification,
          contact.get(),
          task.title(),
          task.dueAt().toInstant(),
          task.customerName(),
          now);
    }
    return true;
  }
}
