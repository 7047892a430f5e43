package io.pyra.marketing;

import static io.pyra.marketing.AppointmentStaff.at;
import static io.pyra.marketing.AppointmentStaff.booking;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.marketing.appointment.AppointmentNotices;
import io.pyra.platform.SqlTime;
import io.pyra.platform.sms.LoggingSmsGateway;
import io.pyra.platform.sms.SmsMessage;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The visitor's confirmation on booking and reminder before the visit, by e-mail (received here by
 * GreenMail) and by SMS (the logging gateway keeps what it was handed), in the visitor's language
 * with the time on the centre's clock; two reminder passes at once (two nodes) send one reminder.
 */
@PyraIntegrationTest
@TestPropertySource(properties = "pyra.marketing.appointments.reminder-cron=-")
class AppointmentMailTests {

  static final int SMTP_PORT = freePort();
  static final String ZONE = "Asia/Shanghai";
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
  @Autowired AppointmentNotices notices;
  @Autowired LoggingSmsGateway sms;

  AppointmentStaff staff;
  OrgUnit centre;
  UserAccount consultant;
  UserAccount agent;

  @BeforeEach
  void setUp() {
    staff = new AppointmentStaff(orgUnits, users, roles, jdbc, port);
    centre = staff.org().branch(ZONE);
    consultant = staff.user(centre, "COURSE_CONSULTANT");
    agent = staff.user(staff.org().branch(), "CALL_CENTRE_AGENT");
    staff.hours(centre, LocalTime.of(9, 0), LocalTime.of(21, 0));
  }

  @Test
  void aBookingIsConfirmedByMailAndSmsInTheVisitorsLanguage() throws Exception {
    String email = "wang." + UUID.randomUUID() + "@example.com";
    UUID lead = staff.lead("王小明", email, "+8613800001111");
    Instant start = at(LocalDate.now(ZoneId.of(ZONE)).plusDays(5), 15, 0, ZONE);
    String id =
        staff
            .book(agent, booking(lead, null, centre, consultant, start))
            .json()
            .get("id")
            .asString();

    List<MimeMessage> mails = mailsTo(email, 1);
    assertThat(mails).hasSize(1);
    String when = TIME.format(start.atZone(ZoneId.of(ZONE)));
    assertThat(mails.get(0).getSubject()).isEqualTo("您 " + when + " 到访" + centre.name() + "的预约");
    assertThat(GreenMailUtil.getBody(mails.get(0))).isNotBlank();
    List<SmsMessage> texts = smsFor(id, m -> true, 1);
    assertThat(texts).hasSize(1);
    assertThat(texts.get(0).to()).isEqualTo("+8613800001111");
    assertThat(texts.get(0).text()).contains(when).contains(consultant.displayName());
    assertThat(sentAt("confirmation_sent_at", id)).isNotNull();
    assertThat(sentAt("reminder_sent_at", id)).isNull();
  }

  @Test
  void aReminderGoesOutOnceEvenWhenTwoPassesRunAtOnce() throws Exception {
    String email = "amy." + UUID.randomUUID() + "@example.com";
    UUID lead = staff.lead("Amy Chen", email, "+8613800002222");
    Instant booked = at(LocalDate.now(ZoneId.of(ZONE)).plusDays(6), 10, 0, ZONE);
    String id =
        staff
            .book(agent, booking(lead, null, centre, consultant, booked))
            .json()
            .get("id")
            .asString();
    assertThat(mailsTo(email, 1)).hasSize(1);
    // the visit is moved to three hours from now: within the 24 hours before it
    Instant start = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    jdbc.sql("update marketing_appointment set starts_at = :s, ends_at = :e where id = :id")
        .param("s", SqlTime.utc(start))
        .param("e", SqlTime.utc(start.plus(1, ChronoUnit.HOURS)))
        .param("id", UUID.fromString(id))
        .update();

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    int sent = 0;
    try {
      List<Future<Integer>> passes = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        passes.add(
            nodes.submit(
                () -> {
                  go.await();
                  return notices.remindDue(Instant.now());
                }));
      }
      go.countDown();
      for (Future<Integer> pass : passes) {
        sent += pass.get();
      }
    } finally {
      nodes.shutdownNow();
    }
    String subject =
        "Reminder: your visit to "
            + centre.name()
            + " on "
            + TIME.format(start.atZone(ZoneId.of(ZONE)));
    List<MimeMessage> reminders =
        mailsTo(email, 2).stream().filter(m -> subject(m).equals(subject)).toList();
    assertThat(reminders).hasSize(1);
    assertThat(smsFor(id, m -> m.text().startsWith("Reminder:"), 1)).hasSize(1);
    assertThat(sentAt("reminder_sent_at", id)).isNotNull();
    // a later pass finds nothing more to send for it
    notices.remindDue(Instant.now());
    assertThat(smsFor(id, m -> m.text().startsWith("Reminder:"), 1)).hasSize(1);
    assertThat(
            Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> subject(m).equals(subject))
                .count())
        .isEqualTo(1);
    assertThat(sent).isGreaterThanOrEqualTo(1);
  }

  private Object sentAt(String column, String id) {
    String sql =
        "confirmation_sent_at".equals(column)
            ? "select confirmation_sent_at from marketing_appointment where id = :id"
            : "select reminder_sent_at from marketing_appointment where id = :id";
    List<Object> values =
        jdbc.sql(sql).param("id", UUID.fromString(id)).query((rs, n) -> rs.getObject(1)).list();
    return values.getFirst();
  }

  /** The SMS handed out for the appointment, waiting (at most 30 s) for {@code expected}. */
  private List<SmsMessage> smsFor(String id, Predicate<SmsMessage> which, int expected)
      throws InterruptedException {
    List<SmsMessage> found = List.of();
    for (int i = 0; i < 300; i++) {
      found = sms.latest().stream().filter(m -> id.equals(m.reference())).filter(which).toList();
      if (found.size() >= expected) {
        return found;
      }
      Thread.sleep(100);
    }
    return found;
  }

  private static List<MimeMessage> mailsTo(String address, int expected) throws Exception {
    List<MimeMessage> mails = List.of();
    for (int i = 0; i < 300; i++) {
      mails =
          Arrays.stream(MAIL.getReceivedMessages())
              .filter(m -> recipient(m).equalsIgnoreCase(address))
              .toList();
      if (mails.size() >= expected) {
        return mails;
      }
      Thread.sleep(100);
    }
    return mails;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
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
