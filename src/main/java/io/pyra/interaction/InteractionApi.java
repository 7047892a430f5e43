package io.pyra.interaction;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import io.pyra.interaction.job.ServiceCategories;
import io.pyra.interaction.notification.NotificationKind;
import io.pyra.interaction.notification.Notifications;
import io.pyra.interaction.record.ContactRecordService;
import io.pyra.platform.Ids;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of interaction. */
@Service
public class InteractionApi {

  public static final int TITLE_MAX = 200;
  public static final int NOTES_MAX = 2000;
  private static final int NOTICE_MAX = 300;

  private static final String INSERT_TASK =
      """
      insert into interaction_task (id, customer_id, title, type, assignee_id, created_by, due_at, priority,
        status, notes, version, created_at, updated_at)
      values (:id, :customer, :title, :type, :assignee, :assignee, :due, :priority, 'OPEN', :notes, 0, :now, :now)""";

  private final ServiceCategories serviceCategories;
  private final Notifications notifications;
  private final JdbcClient jdbc;

  private final ContactRecordService records;

  InteractionApi(
      ServiceCategories serviceCategories,
      Notifications notifications,
      JdbcClient jdbc,
      ContactRecordService records) {
    this.records = records;
    this.serviceCategories = serviceCategories;
    this.notifications = notifications;
    this.jdbc = jdbc;
  }

  /**
   * Tells a member of staff something in their notifications; {@code link} is the path inside Pyra
   * it opens (starting with one '/'), {@code title} is cut to 300 characters.
   */
  @Transactional
  public void notify(
      UserId user, StaffNotice notice, CustomerId customer, String title, String link) {
    checkLink(link);
    String text = title.length() > NOTICE_MAX ? title.substring(0, NOTICE_MAX) : title;
    notifications.add(
        user.value(),
        NotificationKind.valueOf(notice.name()),
        null,
        customer == null ? null : customer.value(),
        text,
        link,
        Instant.now());
  }

  /** What {@link #notifyAll} tells one member of staff. */
  public record Notice(
      UserId user, StaffNotice kind, CustomerId customer, String title, String link) {}

  /** Many notices in one batch (a job's), as {@link #notify} tells each. */
  @Transactional
  public void notifyAll(List<Notice> notices) {
    Instant now = Instant.now();
    notifications.addAll(
        notices.stream()
            .map(
                n -> {
                  checkLink(n.link());
                  return new Notifications.NewNotification(
                      n.user().value(),
                      NotificationKind.valueOf(n.kind().name()),
                      n.customer() == null ? null : n.customer().value(),
                      n.title().length() > NOTICE_MAX
                          ? n.title().substring(0, NOTICE_MAX)
                          : n.title(),
                      n.link(),
                      now);
                })
            .toList());
  }

  private static void checkLink(String link) {
    if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 300)) {
      throw new IllegalArgumentException("a notification links a path inside Pyra");
    }
  }

  /**
   * A task another module's work calls for (a satisfaction check after a case, a prevention action
   * after a complaint), given to {@code assignee} as if they had written it: open, of {@code type}
   * ({@code CALL_BACK} or {@code OTHER}), {@code priority} HIGH, NORMAL or LOW. Title and notes are
   * cut to their maximum lengths. Answers the task's id.
   */
  @Transactional
  public TaskId createTask(
      CustomerId customer,
      UserId assignee,
      String title,
      String type,
      String priority,
      Instant dueAt,
      String notes) {
    if (!(type.equals("CALL_BACK") || type.equals("OTHER"))) {
      throw new IllegalArgumentException("a task from another module is a call back or other");
    }
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(INSERT_TASK)
        .param("id", id)
        .param("customer", customer == null ? null : customer.value())
        .param("title", title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title)
        .param("type", type)
        .param("assignee", assignee.value())
        .param("due", SqlTime.utc(dueAt))
        .param("priority", priority)
        .param(
            "notes",
            notes == null || notes.length() <= NOTES_MAX ? notes : notes.substring(0, NOTES_MAX))
        .param("now", SqlTime.utc(now))
        .update();
    return new TaskId(id);
  }

  /**
   * A consultation the customer had in person (a visit at a centre), logged as the {@code author}'s
   * inbound visit of type CONSULTATION at {@code occurredAt}, in the caller's transaction; the
   * caller has checked who may record it. Title and notes are cut to their maximum lengths. Answers
   * the record's id.
   *
   * @throws io.pyra.platform.error.BusinessRuleException when the record would break a rule (the
   *     consultation type switched off)
   */
  @Transactional
  public ContactRecordId recordVisit(
      CustomerId customer, UserId author, String title, String notes, Instant occurredAt) {
    return new ContactRecordId(
        records.logVisit(customer.value(), author.value(), title, notes, occurredAt).id());
  }

  /** Whether a task made by {@link #createTask} is done (false for an unknown one). */
  public boolean taskDone(TaskId taskId) {
    return jdbc.sql("select status from interaction_task where id = :id")
        .param("id", taskId.value())
        .query(String.class)
        .optional()
        .map("DONE"::equals)
        .orElse(false);
  }

  /** The service categories in their order, inactive ones too. */
  public List<ServiceCategoryRef> serviceCategories() {
    return serviceCategories.all().stream()
        .map(
            c ->
                new ServiceCategoryRef(
                    c.code(), new LocalizedName(c.nameEn(), c.nameZh()), c.active()))
        .toList();
  }

  /** The service category with this code (case-insensitive), if there is one. */
  public Optional<ServiceCategoryRef> serviceCategory(String code) {
    return serviceCategories().stream()
        .filter(c -> code != null && c.code().equalsIgnoreCase(code.strip()))
        .findFirst();
  }

  /**
   * Logs a customer's mail as an inbound e-mail inquiry of {@code author} (the customer's owner),
   * Pyra writing it with no user signed in, in a transaction of its own (a refusal leaves the
   * caller's work untouched); answers the record's id.
   *
   * @throws io.pyra.platform.error.BusinessRuleException when the record would break a rule (the
   *     inquiry type switched off)
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public ContactRecordId logInboundMail(
      CustomerId customer, UserId author, String subject, String text, Instant receivedAt) {
    return new ContactRecordId(
        records.logInboundMail(customer.value(), author.value(), subject, text, receivedAt).id());
  }
}
