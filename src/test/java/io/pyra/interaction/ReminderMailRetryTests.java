package io.pyra.interaction;

import static io.pyra.interaction.TaskStaff.task;
import static io.pyra.interaction.TaskStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.interaction.notification.TaskReminders;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A reminder mail that the SMTP server (GreenMail here) does not take is tried again by later
 * reminder runs, 1, 2, 4 and 8 minutes apart, at most 5 times, and sent once. The schedule is off:
 * the test runs the reminders itself and moves their clock forward instead of waiting minutes.
 */
@PyraIntegrationTest
@TestPropertySource(properties = "pyra.tasks.reminders.enabled=false")
class ReminderMailRetryTests {

  static final int SMTP_PORT = freePort();

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
  GreenMail smtp;

  @BeforeEach
  void setUp() {
    staff = new TaskStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit("Asia/Shanghai");
  }

  @AfterEach
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void aReminderMailTheServerRefusedIsSentOnceByARunAfterTheDelay() throws Exception {
    UserAccount user = userWithEmailReminders();
    String title = unique("Call back about the exam");
    UUID task = dueTask(user, title);
    Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    reminders.remindDue(start);

    JsonNode notice = staff.api(user).get("/api/v1/notifications").json().get("items").get(0);
    assertThat(notice.get("taskId").asString()).isEqualTo(task.toString());
    assertThat(notice.get("title").asString()).isEqualTo(title);
    assertThat(notice.get("emailedAt").isNull()).isTrue();
    Attempts first = attempts(task);
    assertThat(first.count()).isEqualTo(1);
    assertThat(first.nextAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
    assertThat(first.failedAt()).isNull();

    startMailServer();
    reminders.remindDue(start.plusSeconds(59));
    assertThat(mailsTo(user.email())).as("not due before the delay").isEmpty();
    assertThat(attempts(task).count()).isEqualTo(1);

    runTogether(start.plusSeconds(60), 2);

    List<MimeMessage> mails = mailsTo(user.email());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("Reminder: " + title);
    Attempts second = attempts(task);
    assertThat(second.count()).isEqualTo(2);
    assertThat(second.nextAt()).isNull();
    assertThat(second.emailedAt()).isNotNull();
    assertThat(
            staff
                .api(user)
                .get("/api/v1/notifications")
                .json()
                .get("items")
                .get(0)
                .get("emailedAt")
                .isNull())
        .isFalse();

    reminders.remindDue(start.plus(Duration.ofHours(1)));
    assertThat(mailsTo(user.email())).hasSize(1);
  }

  @Test
  void aReminderMailIsTriedFiveTimesAtGrowingIntervalsThenGivenUp() throws Exception {
    UserAccount user = userWithEmailReminders();
    UUID task = dueTask(user, unique("Send the timetable"));
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    reminders.remindDue(at);

    for (int attempt = 1; attempt < 5; attempt++) {
      Duration wait = Duration.ofMinutes(1L << (attempt - 1));
      assertThat(attempts(task)).isEqualTo(new Attempts(attempt, at.plus(wait), null, null));
      reminders.remindDue(at.plus(wait).minusSeconds(1));
      assertThat(attempts(task).count()).as("not tried before its time").isEqualTo(attempt);
      at = at.plus(wait);
      reminders.remindDue(at);
    }

    assertThat(attempts(task)).isEqualTo(new Attempts(5, null, at, null));
    reminders.remindDue(at.plus(Duration.ofDays(1)));
    assertThat(attempts(task).count()).isEqualTo(5);
    startMailServer();
    reminders.remindDue(at.plus(Duration.ofDays(2)));
    assertThat(mailsTo(user.email())).isEmpty();
    assertThat(staff.api(user).get("/api/v1/notifications").json().get("items")).hasSize(1);
  }

  record Attempts(int count, Instant nextAt, Instant failedAt, Instant emailedAt) {}

  private Attempts attempts(UUID task) {
    return jdbc.sql(
            """
            select email_attempts, email_next_at, email_failed_at, emailed_at from interaction_notification
             where task_id = ? and kind = 'TASK_DUE'""")
        .param(task)
        .query(
            (rs, n) ->
                new Attempts(
                    rs.getInt(1),
                    instant(rs.getObject(2, OffsetDateTime.class)),
                    instant(rs.getObject(3, OffsetDateTime.class)),
                    instant(rs.getObject(4, OffsetDateTime.class))))
        .single();
  }

  private static Instant instant(OffsetDateTime at) {
    return SqlTime.instant(at);
  }

  /** Runs the reminders as of {@code now} from several threads at once, as two nodes might. */
  private void runTogether(Instant now, int runs) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(runs);
    try {
      List<Future<Integer>> done =
          java.util.stream.IntStream.range(0, runs)
              .mapToObj(
                  i ->
                      threads.submit(
                          () -> {
                            go.await();
                            return reminders.remindDue(now);
                          }))
              .toList();
      go.countDown();
      for (Future<Integer> run : done) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private UserAccount userWithEmailReminders() {
    UserAccount user = staff.user(unit, "COURSE_CONSULTANT");
    PageClient page = staff.pages(user);
    page.get("/account");
    assertThat(page.post("/account/reminders", Map.of("emailReminders", "true")).status())
        .isEqualTo(302);
    return user;
  }

  /** A task of the user's that is due now; answers its id. */
  private UUID dueTask(UserAccount user, String title) throws InterruptedException {
    // two seconds ahead: the body gives the due time in whole seconds, and a time already past is
    // refused
    ApiClient.Response response =
        staff
            .api(user)
            .post("/api/v1/tasks", task(title, null, null, Instant.now().plusSeconds(2)));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode created = response.json();
    Instant due = Instant.parse(created.get("dueAt").asString());
    while (!Instant.now().isAfter(due)) {
      Thread.sleep(Math.max(10, Duration.between(Instant.now(), due).toMillis() + 10));
    }
    return UUID.fromString(created.get("id").asString());
  }

  private void startMailServer() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    smtp.start();
  }

  /** The mails received for this address (SMTP hands a mail over before the sender goes on). */
  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(address))
        .toList();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
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
