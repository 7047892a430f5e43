package io.pyra.scheduling.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.SessionFixtures.Line;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A customer enrolled in a class session after its booking was confirmed gets its invitation
 * (REQUEST at the booking's SEQUENCE, read back with ical4j) in their language, and nobody told
 * before is mailed again: neither the booker nor the customers enrolled earlier (GreenMail).
 */
@PyraIntegrationTest
class EnrolmentNoticeTests {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("pyra.scheduling.notices.delay", () -> "PT0.5S");
  }

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aCustomerEnrolledAfterTheBookingGetsItsInvitationAndNobodyElseIsMailedAgain()
      throws Exception {
    SessionWorld world = new SessionWorld(orgUnits, users, roles, jdbc, port);
    String session = world.session(10, 5);
    UUID booking =
        jdbc.sql("select booking_id from scheduling_session where id = :id")
            .param("id", UUID.fromString(session))
            .query(UUID.class)
            .single();
    String booker = world.staff.email();
    awaitMail(booking, booker);
    int mailed = MAIL.getReceivedMessages().length;
    int claimed = claims(booking);

    String firstMail = "first-" + UUID.randomUUID() + "@example.com";
    UUID first = world.sales.customer("John Smith", firstMail, world.staff);
    UUID firstContract =
        world.sales.contract(first, world.staff, new Line(world.course, 10, "20000"));
    assertThat(world.enrol(session, first, firstContract).status()).isEqualTo(201);
    awaitMail(booking, firstMail);
    MimeMessage toFirst = mailsTo(firstMail).get(0);
    assertThat(toFirst.getSubject()).startsWith("Enrolled: " + world.courseName);
    Calendar invitation = invitation(toFirst);
    assertThat(invitation.getProperty(Property.METHOD).map(Property::getValue)).hasValue("REQUEST");
    assertThat(eventProperty(invitation, Property.SEQUENCE)).isEqualTo("0");
    assertThat(eventProperty(invitation, Property.UID)).isNotBlank();

    String secondMail = "second-" + UUID.randomUUID() + "@example.cn";
    UUID second = world.sales.customer("李明", secondMail, world.staff);
    UUID secondContract =
        world.sales.contract(second, world.staff, new Line(world.course, 10, "20000"));
    assertThat(world.enrol(session, second, secondContract).status()).isEqualTo(201);
    awaitMail(booking, secondMail);
    MimeMessage toSecond = mailsTo(secondMail).get(0);
    assertThat(toSecond.getSubject()).startsWith("已报名：" + world.courseName);
    assertThat(eventProperty(invitation(toSecond), Property.SEQUENCE)).isEqualTo("0");
    assertThat(eventProperty(invitation(toSecond), Property.UID))
        .isEqualTo(eventProperty(invitation, Property.UID));

    // nothing is due any more, and those told before were not mailed again
    assertThat(mailsTo(booker)).hasSize(1);
    assertThat(mailsTo(firstMail)).hasSize(1);
    assertThat(mailsTo(secondMail)).hasSize(1);
    assertThat(MAIL.getReceivedMessages()).as("one mail per customer enrolled").hasSize(mailed + 2);
    assertThat(claims(booking)).isEqualTo(claimed + 2);
  }

  private int claims(UUID booking) {
    return jdbc.sql("select count(*) from scheduling_notice where booking_id = :b")
        .param("b", booking)
        .query(Integer.class)
        .single();
  }

  /** The address got its mail, and nothing of the booking is left due. */
  private void awaitMail(UUID booking, String address) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !mailsTo(address).isEmpty() && due(booking) == 0);
  }

  private int due(UUID booking) {
    return jdbc.sql("select count(*) from scheduling_notice_due where booking_id = :b")
        .param("b", booking)
        .query(Integer.class)
        .single();
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

  private static Calendar invitation(MimeMessage message) {
    try {
      MimeMultipart parts = (MimeMultipart) message.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
          try (var in = part.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new CalendarBuilder().build(new StringReader(text));
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    throw new AssertionError("no text/calendar attachment");
  }

  private static String eventProperty(Calendar calendar, String name) {
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
