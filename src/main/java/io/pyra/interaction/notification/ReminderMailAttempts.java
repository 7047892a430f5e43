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
 * The mail of a task reminder: sent with the notification and, when the mail server does not take
 * it, tried again by later reminder runs as {@link ReminderMailRetry} says. Each attempt is
 * recorded on the notification; a retry first claims it, so that two runs at once never send the
 * same mail twice, and each retry has a transaction of its own, so that one failing stops no other.
 */
@Component
class ReminderMailAttempts {

  private static final Logger log = LoggerFactory.getLogger(ReminderMailAttempts.class);
  private static final int BATCH = 500;

  /**
   * A mail to try again: the notification's title, its task's due time and customer as they are
   * now.
   */
  private record PendingMail(
      UUID id,
      UUID userId,
      int emailAttempts,
      String title,
      OffsetDateTime dueAt,
      String customerName) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Notifications notifications;
  private final ReminderMail mail;
  private final IdentityApi identity;
  private final ReminderMailRetry retry;

  ReminderMailAttempts(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      Notifications notifications,
      ReminderMail mail,
      IdentityApi identity,
      ReminderMailRetry retry) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.notifications = notifications;
    this.mail = mail;
    this.identity = identity;
    this.retry = retry;
  }

  /** The first attempt, in the transaction that adds the notification. */
  void first(
      UUID notificationId,
      UserContact to,
      String title,
      Instant dueAt,
      String customerName,
      Instant now) {
    attempt(notificationId, 1, to, title, dueAt, customerName, now);
  }

  /**
   * Tries again the mails whose next attempt is due by {@code now} (the rest of a full batch next
   * run).
   */
  void retryDue(Instant now) {
    List<UUID> due =
        jdbc.sql(
                """
            select id from interaction_notification where email_next_at <= :now
             order by email_next_at, id"""
                    + " limit "
                    + BATCH)
            .param("now", SqlTime.utc(now))
            .query(UUID.class)
            .list();
    for (UUID id : due) {
      try {
        transactions.executeWithoutResult(status -> retry(id, now));
      } catch (RuntimeException e) {
        // e.g. a lock timeout against a run on another node: the mail stays due for the next run
        log.warn(
            "Reminder mail of notification {} not tried again this time: {}", id, e.getMessage());
      }
    }
  }

  private void retry(UUID notificationId, Instant now) {
    Optional<PendingMail> pending =
        jdbc.sql(
                """
            select n.id, n.user_id, n.email_attempts, n.title, t.due_at, c.name as customer_name
              from interaction_notification n
              left join interaction_task t on t.id = n.task_id
              left join customer_card_view c on c.id = n.customer_id
             where n.id = :id and n.email_next_at <= :now""")
            .param("id", notificationId)
            .param("now", SqlTime.utc(now))
            .query(PendingMail.class)
            .optional();
    if (pending.isEmpty()) {
      return; // tried meanwhile
    }
    PendingMail waiting = pending.get();
    int claimed =
        jdbc.sql(
                """
            update interaction_notification set email_next_at = null
             where id = :id and email_attempts = :attempts and email_next_at <= :now""")
            .param("id", notificationId)
            .param("attempts", waiting.emailAttempts())
            .param("now", SqlTime.utc(now))
            .update();
    if (claimed == 0) {
      return; // another run claimed it first
    }
    Optional<UserContact> to = identity.contact(waiting.userId());
    if (to.isEmpty() || !to.get().emailReminders() || waiting.dueAt() == null) {
      return; // no longer wanted: nothing more is tried
    }
    attempt(
        notificationId,
        waiting.emailAttempts() + 1,
        to.get(),
        waiting.title(),
        waiting.dueAt().toInstant(),
        waiting.customerName(),
        now);
  }

  private void attempt(
      UUID notificationId,
      int attempt,
      UserContact to,
      String title,
      Instant dueAt,
      String customerName,
      Instant now) {
    if (!mail.serverConfigured()) {
      return;
    }
    if (mail.send(to, title, dueAt, customerName)) {
      notifications.emailed(notificationId, attempt, Instant.now());
      return;
    }
    Optional<Instant> next = retry.next(attempt, now);
    notifications.emailFailed(
        notificationId, attempt, next.orElse(null), next.isPresent() ? null : now);
    if (next.isEmpty()) {
      log.warn(
          "Reminder mail of notification {} given up after {} attempts", notificationId, attempt);
    }
  }
}
