package io.pyra.scheduling.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.SessionFixtures;
import io.pyra.scheduling.SessionFixtures.Line;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A VIP customer's one-to-one class: service staff book it with the customer enrolled on their
 * contract in one step (a refusal leaves neither); the customer gets the booking's invitation as an
 * enrolled participant, and the reminder the day before, in Chinese for a customer whose name is
 * written in Chinese and in English otherwise, once however many passes run (GreenMail reads them).
 */
@PyraIntegrationTest
class VipClassReminderTests {

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
  @Autowired ClassReminders reminders;

  @Test
  void aVipCustomerIsEnrolledInTheirOneToOneClassAndRemindedOnceInTheirLanguage() throws Exception {
    SessionWorld world = new SessionWorld(orgUnits, users, roles, jdbc, port);
    String chineseMail = "vip-" + UUID.randomUUID() + "@example.cn";
    String englishMail = "vip-" + UUID.randomUUID() + "@example.com";
    UUID chinese = world.sales.customer("王小明", chineseMail, world.staff);
    UUID english = world.sales.customer("John Smith", englishMail, world.staff);
    UUID chineseContract =
        world.sales.contract(chinese, world.staff, new Line(world.course, 10, "20000"));
    UUID englishContract =
        world.sales.contract(english, world.staff, new Line(world.course, 10, "20000"));

    // a refusal (another customer's contract) books nothing
    List<Long> rows = world.sales.rows();
    assertThat(
            world
                .api
                .post("/api/v1/sessions", vip(world, 10, chinese, englishContract))
                .refusedFields())
        .containsEntry("contractId", "not-customers");
    assertThat(world.sales.rows()).isEqualTo(rows);

    ApiClient.Response booked =
        world.api.post("/api/v1/sessions", vip(world, 10, chinese, chineseContract));
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    assertThat(booked.json().get("kind").asString()).isEqualTo("ONE_TO_ONE");
    assertThat(booked.json().get("capacity").asInt()).isEqualTo(1);
    assertThat(booked.json().get("enrolled").asInt()).isEqualTo(1);
    String session = booked.json().get("id").asString();
    JsonNodeAssert.names(world.api.get("/api/v1/sessions/" + session + "/enrolments").json())
        .containsExactly("王小明");
    assertThat(
            world.api.post("/api/v1/sessions", vip(world, 14, english, englishContract)).status())
        .isEqualTo(201);

    // the booking's invitation reaches the enrolled customer, in their language
    await(chineseMail, 1);
    assertThat(mailsTo(chineseMail).get(0).getSubject()).startsWith("已预订：" + world.courseName);
    assertThat(GreenMailUtil.getWholeMessage(mailsTo(chineseMail).get(0)))
        .contains("text/calendar")
        .contains("METHOD:REQUEST");
    await(englishMail, 1);
    assertThat(mailsTo(englishMail).get(0).getSubject()).startsWith("Booked: " + world.courseName);

    // two days before: nothing; a day before: each reminded once, however many passes
    Instant starts = world.at(10);
    reminders.remindDue(starts.minus(Duration.ofHours(48)));
    assertThat(mailsTo(chineseMail)).hasSize(1);
    reminders.remindDue(starts.minus(Duration.ofHours(23)));
    reminders.remindDue(starts.minus(Duration.ofHours(22)));
    reminders.remindDue(world.at(14).minus(Duration.ofHours(20)));
    reminders.remindDue(world.at(14).minus(Duration.ofHours(19)));
    List<MimeMessage> toChinese = mailsTo(chineseMail);
    assertThat(toChinese).hasSize(2);
    MimeMessage reminder = toChinese.get(1);
    String day = world.day.toString();
    assertThat(reminder.getSubject()).isEqualTo("提醒：" + day + " 10:00 的 " + world.courseName);
    assertThat(GreenMailUtil.getBody(reminder)).isNotBlank();
    List<MimeMessage> toEnglish = mailsTo(englishMail);
    assertThat(toEnglish).hasSize(2);
    assertThat(toEnglish.get(1).getSubject())
        .isEqualTo("Reminder: " + world.courseName + " on " + day + " 14:00");
    Integer reminded =
        jdbc.sql(
                "select count(*) from scheduling_enrolment where customer_id in (:a, :b)"
                    + " and reminded_at is not null")
            .param("a", chinese)
            .param("b", english)
            .query(Integer.class)
            .single();
    assertThat(reminded).isEqualTo(2);
  }

  private static Map<String, Object> vip(
      SessionWorld world, int hour, UUID customer, UUID contract) {
    UUID room = world.sales.room(world.centre, "VIP room " + hour, 2);
    UUID instructor =
        world.scheduling.resource(world.centre, "INSTRUCTOR", "Tutor " + UUID.randomUUID());
    world.sales.qualify(instructor, world.course);
    Map<String, Object> body =
        SessionFixtures.session(
            world.course, world.at(hour), world.at(hour + 1), room, instructor, 1);
    body.put("kind", "ONE_TO_ONE");
    body.put("customerId", customer);
    body.put("contractId", contract);
    return body;
  }

  private static void await(String address, int count) throws InterruptedException {
    for (int i = 0; i < 600 && mailsTo(address).size() < count; i++) {
      Thread.sleep(100);
    }
  }

  private static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(MAIL.getReceivedMessages())
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

  /** The enrolled customers' names of an enrolment list. */
  private static final class JsonNodeAssert {
    static org.assertj.core.api.ListAssert<String> names(tools.jackson.databind.JsonNode list) {
      List<String> names = new java.util.ArrayList<>();
      list.get("items").forEach(e -> names.add(e.get("customerName").asString()));
      return assertThat(names);
    }
  }
}
