package io.pyra.interaction;

import static io.pyra.interaction.TaskStaff.task;
import static io.pyra.interaction.TaskStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.interaction.notification.TaskReminders;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reminders of tasks that fall due: a notification for the assignee and, when they chose it, an
 * email over SMTP in their language (received here by GreenMail); the schedule runs every second in
 * this test, under its database lock.
 */
@PyraIntegrationTest
@TestPropertySource(
    properties = {"pyra.tasks.reminders.initial-delay=PT1S", "pyra.tasks.reminders.interval=PT1S"})
class TaskReminderTests {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired TaskReminders reminders;

  TaskStaff staff;
  OrgUnit unit;

  @BeforeEach
  void setUp() {
    staff = new TaskStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit("Asia/Shanghai");
  }

  @Test
  void aDueTaskIsInTheNotificationsAndEmailedInTheUsersLanguageOnce() throws Exception {
    UserAccount user = staff.user(unit, "COURSE_CONSULTANT", "zh-CN", true);
    chooseEmailReminders(user);
    UUID customer = staff.customer(unique("Qian Hui"), user, unit);
    String title = unique("回电确认课程");
    Instant due = Instant.now().plusSeconds(2);
    JsonNode created =
        staff.api(user).post("/api/v1/tasks", task(title, customer, null, due)).json();
    waitUntilPast(Instant.parse(created.get("dueAt").asString()));

    reminders.remindDue();

    List<MimeMessage> mails = mailsTo(user.email(), 1);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("\u63d0\u9192\uff1a" + title);
    String body = mails.get(0).getContent().toString();
    assertThat(body)
        .contains(title)
        .contains(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(
                    Instant.parse(created.get("dueAt").asString())
                        .atZone(ZoneId.of("Asia/Shanghai"))))
        .contains("Qian Hui");

    ApiClient api = staff.api(user);
    JsonNode notifications = api.get("/api/v1/notifications").json();
    assertThat(notifications.get("unreadCount").asLong()).isEqualTo(1);
    JsonNode notice = notifications.get("items").get(0);
    assertThat(notice.get("kind").asString()).isEqualTo("TASK_DUE");
    assertThat(notice.get("title").asString()).isEqualTo(title);
    assertThat(notice.get("taskId").asString()).isEqualTo(created.get("id").asString());
    assertThat(notice.get("emailedAt").isNull()).isFalse();
    assertThat(
            staff
                .pages(user)
                .get("/notifications/count")
                .document()
                .select("#notification-count")
                .text())
        .isEqualTo("1");

    reminders.remindDue();
    assertThat(mailsTo(user.email(), 0)).hasSize(1);
    assertThat(api.get("/api/v1/notifications").json().get("items")).hasSize(1);

    assertThat(api.post("/api/v1/notifications/read", Map.of()).json().get("marked").asInt())
        .isEqualTo(1);
    assertThat(
            staff
                .pages(user)
                .get("/notifications/count")
                .document()
                .select("#notification-count")
                .text())
        .isEqualTo("0");
  }

  @Test
  void withoutEmailRemindersTheTaskIsOnlyInTheNotifications() throws Exception {
    UserAccount user = staff.user(unit, "COURSE_CONSULTANT");
    String title = unique("Send the brochure");
    JsonNode created =
        staff
            .api(user)
            .post("/api/v1/tasks", task(title, null, null, Instant.now().plusSeconds(2)))
            .json();
    waitUntilPast(Instant.parse(created.get("dueAt").asString()));

    reminders.remindDue();

    JsonNode notice = staff.api(user).get("/api/v1/notifications").json().get("items").get(0);
    assertThat(notice.get("title").asString()).isEqualTo(title);
    assertThat(notice.get("emailedAt").isNull()).isTrue();
    assertThat(mailsTo(user.email(), 0)).isEmpty();
  }

  @Test
  void aTaskDoneBeforeItsDueTimeIsNotReminded() throws Exception {
    UserAccount user = staff.user(unit, "COURSE_CONSULTANT");
    chooseEmailReminders(user);
    ApiClient api = staff.api(user);
    ApiClient.Response created =
        api.post(
            "/api/v1/tasks", task(unique("Quick call"), null, null, Instant.now().plusSeconds(2)));
    api.patch(
        "/api/v1/tasks/" + created.json().get("id").asString(),
        Map.of("status", "DONE"),
        created.header("ETag"));
    waitUntilPast(Instant.parse(created.json().get("dueAt").asString()));

    reminders.remindDue();

    assertThat(api.get("/api/v1/notifications").json().get("items")).isEmpty();
    assertThat(mailsTo(user.email(), 0)).isEmpty();
  }

  @Test
  void theScheduleRemindsByItselfUnderItsLock() throws Exception {
    UserAccount user = staff.user(unit, "COURSE_CONSULTANT");
    chooseEmailReminders(user);
    String title = unique("Call back Mr Wu");
    staff.api(user).post("/api/v1/tasks", task(title, null, null, Instant.now().plusSeconds(2)));

    List<MimeMessage> mails = mailsTo(user.email(), 1);

    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("Reminder: " + title);
    assertThat(mails.get(0).getContent().toString()).contains("Hello " + user.displayName());
    assertThat(
            jdbc.sql("select count(*) from shedlock where name = 'interaction.task-reminders'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private void chooseEmailReminders(UserAccount user) {
    PageClient page = staff.pages(user);
    page.get("/account");
    assertThat(page.post("/account/reminders", Map.of("emailReminders", "true")).status())
        .isEqualTo(302);
    assertThat(page.get("/account").document().select("#email-reminders").hasAttr("checked"))
        .isTrue();
  }

  /**
   * The mails received for this address, waiting (at most 30 s) until at least {@code expected} are
   * there.
   */
  private static List<MimeMessage> mailsTo(String address, int expected) throws Exception {
    for (int i = 0; i < 300; i++) {
      List<MimeMessage> mails =
          Arrays.stream(MAIL.getReceivedMessages())
              .filter(m -> recipient(m).equalsIgnoreCase(address))
              .toList();
      if (mails.size() >= expected) {
        return mails;
      }
      Thread.sleep(100);
    }
    return List.of();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitUntilPast(Instant due) throws InterruptedException {
    while (!Instant.now().isAfter(due)) {
      Thread.sleep(Math.max(10, Duration.between(Instant.now(), due).toMillis() + 10));
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
