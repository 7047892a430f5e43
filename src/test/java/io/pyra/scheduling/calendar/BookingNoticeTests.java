package io.pyra.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.UserId;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.BookingCancelled;
import io.pyra.scheduling.BookingChanged;
import io.pyra.scheduling.BookingId;
import io.pyra.testing.OrgFixtures;
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
import java.time.Instant;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Confirmation notices (issue 17): a booking made, moved and cancelled mails its booker, its
 * instructor and the technicians of its centre three times each, in their language, with the
 * invitation attached (received here by GreenMail and read back with ical4j), and leaves nothing
 * due; a technician of another centre gets nothing, and a notice told again mails nobody twice. A
 * notice whose mail failed (the mail server down) stays due, and goes out once when it is back.
 */
@PyraIntegrationTest
class BookingNoticeTests {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    // the job mails every half second here; a failed notice waits its minute (the test runs it)
    registry.add("pyra.scheduling.notices.delay", () -> "PT0.5S");
    // two a batch: a pass must go on batch after batch
    registry.add("pyra.scheduling.notices.batch", () -> "2");
  }

  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired BookingNotices notices;
  @Autowired NoticeRun run;

  @Test
  void everyoneInvolvedGetsTheInvitationItsChangeAndItsCancellation() throws Exception {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    CalendarFixtures fixtures = new CalendarFixtures(jdbc);
    OrgUnit centre = org.branch();
    OrgUnit workshop = org.unit(centre);
    OrgUnit otherCentre = org.branch();
    UserAccount booker = org.member(centre.id()).roles("CENTRE_PRINCIPAL").create();
    UserAccount teacher = org.member(centre.id()).roles("TEACHER").speaking("zh-CN").create();
    UserAccount technician = org.member(workshop.id()).roles("TECHNICIAN").create();
    UserAccount elsewhere = org.member(otherCentre.id()).roles("TECHNICIAN").create();
    UUID room = fixtures.room(centre.id());
    UUID instructor = fixtures.instructor(centre.id(), teacher.id());
    Instant starts = Instant.parse("2031-05-06T01:00:00Z");
    Instant ends = Instant.parse("2031-05-06T03:00:00Z");
    String title = "Excel basics " + UUID.randomUUID().toString().substring(0, 6);
    UUID booking =
        fixtures.booking(title, centre.id(), booker.id(), starts, ends, room, instructor);
    BookingId id = new BookingId(booking);
    UserId by = new UserId(booker.id());
    List<String> everyone = List.of(booker.email(), teacher.email(), technician.email());

    fixtures.invitationDue(booking);
    awaitMails(booking, everyone, 1);
    fixtures.move(booking, starts.plusSeconds(3600), ends.plusSeconds(3600), 1);
    publish(new BookingChanged(id, 1, by));
    awaitMails(booking, everyone, 2);
    fixtures.cancel(booking, 2);
    publish(new BookingCancelled(id, 2, by));
    awaitMails(booking, everyone, 3);

    String uid = booking + "@pyra.test";
    for (String address : everyone) {
      List<MimeMessage> mails = mailsTo(address);
      assertThat(mails).as(address).hasSize(3);
      List<Calendar> invitations = mails.stream().map(BookingNoticeTests::invitation).toList();
      assertThat(invitations.stream().map(c -> property(c, Property.METHOD)))
          .containsExactly("REQUEST", "REQUEST", "CANCEL");
      assertThat(invitations.stream().map(c -> eventProperty(c, Property.UID))).containsOnly(uid);
      assertThat(invitations.stream().map(c -> eventProperty(c, Property.SEQUENCE)))
          .containsExactly("0", "1", "2");
      assertThat(invitations.stream().map(c -> eventProperty(c, Property.DTSTART)))
          .containsExactly("20310506T010000Z", "20310506T020000Z", "20310506T020000Z");
      assertThat(invitations.stream().map(c -> eventProperty(c, Property.STATUS)))
          .containsExactly("CONFIRMED", "CONFIRMED", "CANCELLED");
      assertThat(eventProperty(invitations.get(0), Property.SUMMARY)).isEqualTo(title);
      assertThat(eventProperty(invitations.get(0), Property.LOCATION)).startsWith(centre.name());
      assertThat(contentType(mails.get(2))).contains("method=CANCEL");
    }
    // in their language: the teacher reads Chinese, the others English
    assertThat(mailsTo(teacher.email()).get(0).getSubject()).startsWith("已预订：" + title);
    assertThat(mailsTo(booker.email()).get(0).getSubject()).startsWith("Booked: " + title);
    // Shanghai's clock: 09:00 on 6 May
    assertThat(mailsTo(booker.email()).get(0).getSubject()).endsWith("2031-05-06 09:00");
    assertThat(mailsTo(elsewhere.email())).isEmpty();

    // the same notices told again mail nobody twice
    assertThat(notices.tell(booking, 0, "made")).isTrue();
    assertThat(notices.tell(booking, 2, "cancelled")).isTrue();
    for (String address : everyone) {
      assertThat(mailsTo(address)).as(address).hasSize(3);
    }
    assertThat(
            jdbc.sql("select count(*) from scheduling_notice where booking_id = :b")
                .param("b", booking)
                .query(Integer.class)
                .single())
        .isEqualTo(9);
  }

  @Test
  void aNoticeWhoseMailFailedStaysDueAndGoesOutOnceTheMailServerIsBack() throws Exception {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    CalendarFixtures fixtures = new CalendarFixtures(jdbc);
    OrgUnit centre = org.branch();
    UserAccount booker = org.member(centre.id()).roles("CENTRE_PRINCIPAL").create();
    UUID room = fixtures.room(centre.id());
    Instant starts = Instant.parse("2031-06-06T01:00:00Z");
    UUID booking =
        fixtures.booking(
            "Word basics", centre.id(), booker.id(), starts, starts.plusSeconds(3600), room);

    MAIL.stop();
    try {
      fixtures.invitationDue(booking);
      await().atMost(Duration.ofSeconds(30)).until(() -> due(booking).equals(List.of("made:0:1")));
      assertThat(claims(booking)).as("the failed mail's claim given back").isZero();
    } finally {
      MAIL.start();
    }
    assertThat(mailsTo(booker.email())).isEmpty();

    // the next try, once the first retry is due: mailed once, nothing left due
    assertThat(run.sendDue(Instant.now().plus(Duration.ofMinutes(2)))).isPositive();
    assertThat(due(booking)).isEmpty();
    assertThat(mailsTo(booker.email())).hasSize(1);
    assertThat(eventProperty(invitation(mailsTo(booker.email()).get(0)), Property.SEQUENCE))
        .isEqualTo("0");
    assertThat(run.sendDue(Instant.now().plus(Duration.ofHours(3)))).isZero();
    assertThat(mailsTo(booker.email())).hasSize(1);
    assertThat(claims(booking)).isEqualTo(1);
  }

  @Test
  void onePassMailsEveryNoticeDueBatchAfterBatch() throws Exception {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    CalendarFixtures fixtures = new CalendarFixtures(jdbc);
    OrgUnit centre = org.branch();
    UserAccount booker = org.member(centre.id()).roles("CENTRE_PRINCIPAL").create();
    UUID room = fixtures.room(centre.id());
    Instant later = Instant.now().plus(Duration.ofHours(1));
    List<UUID> bookings = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Instant starts = Instant.parse("2031-07-0" + (i + 1) + "T01:00:00Z");
      UUID booking =
          fixtures.booking(
              "Batch " + i, centre.id(), booker.id(), starts, starts.plusSeconds(3600), room);
      bookings.add(booking);
      // due in an hour (as if put off): the job leaves them alone until the pass below
      jdbc.sql(
              """
              insert into scheduling_notice_due (booking_id, sequence, what, due_at, attempts,
                next_at)
              values (:b, 0, 'made', :due, 0, :due)""")
          .param("b", booking)
          .param("due", io.pyra.platform.SqlTime.utc(later))
          .update();
    }

    // five due, two a batch: one pass mails them all
    assertThat(run.sendDue(later.plusSeconds(1))).isGreaterThanOrEqualTo(5);
    assertThat(mailsTo(booker.email())).hasSize(5);
    for (UUID booking : bookings) {
      assertThat(due(booking)).isEmpty();
    }
  }

  private void publish(Object event) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
  }

  /** What of the booking is due, as what:sequence:attempts. */
  private List<String> due(UUID booking) {
    return jdbc.sql(
            """
            select what, sequence, attempts from scheduling_notice_due
             where booking_id = :b order by sequence, what""")
        .param("b", booking)
        .query((rs, n) -> rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3))
        .list();
  }

  private int claims(UUID booking) {
    return jdbc.sql("select count(*) from scheduling_notice where booking_id = :b")
        .param("b", booking)
        .query(Integer.class)
        .single();
  }

  /** Each address got {@code each} mails, and nothing of the booking is left due. */
  private void awaitMails(UUID booking, List<String> addresses, int each) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                addresses.stream().allMatch(a -> mailsTo(a).size() >= each)
                    && due(booking).isEmpty());
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

  private static BodyPart calendarPart(MimeMessage message) throws Exception {
    MimeMultipart parts = (MimeMultipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
        return part;
      }
    }
    throw new AssertionError("no text/calendar attachment");
  }

  private static String contentType(MimeMessage message) {
    try {
      return calendarPart(message).getContentType();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Calendar invitation(MimeMessage message) {
    try (var in = calendarPart(message).getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new CalendarBuilder().build(new StringReader(text));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String property(Calendar calendar, String name) {
    return calendar.getProperty(name).map(Property::getValue).orElse(null);
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
