package io.pyra.scheduling.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The warning an hour before (issue 17): run on a fixed clock, the job mails the instructors of a
 * session whose PCs are not ready, in their language, once; nothing for a ready request, nothing
 * for one due later than the hour.
 */
@PyraIntegrationTest
class SetupWarningTests {

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
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired SetupWarnings warnings;

  @Test
  void theInstructorsOfASessionNotReadyAreToldOnceAnHourBeforeAndNobodyForAReadyOne()
      throws Exception {
    SetupFixtures fixtures =
        new SetupFixtures(orgUnits, users, roles, jdbc, events, transactions, port);
    OrgUnit centre = fixtures.org.branch();
    UserAccount principal = fixtures.user(centre, "CENTRE_PRINCIPAL");
    UserAccount technician = fixtures.user(centre, "TECHNICIAN");
    UserAccount english = fixtures.user(centre, "TEACHER");
    UserAccount chinese = fixtures.org.member(centre).roles("TEACHER").speaking("zh-CN").create();
    UserAccount readyTeacher = fixtures.user(centre, "TEACHER");
    UserAccount laterTeacher = fixtures.user(centre, "TEACHER");
    UUID profile = fixtures.profile();
    // a time of its own, so that no other test's request is due in the same hour
    Instant starts =
        Instant.parse("2033-01-01T01:00:00Z")
            .plusSeconds(3600L * 24 * (Math.abs(UUID.randomUUID().hashCode()) % 3000));
    Instant ends = starts.plusSeconds(7200);
    String title = "Excel advanced " + UUID.randomUUID().toString().substring(0, 6);
    UUID notReady =
        fixtures.session(
            centre,
            title,
            starts,
            ends,
            profile,
            principal,
            fixtures.pcSet(centre, "PC set Lab 1", 3),
            fixtures.instructor(centre, english),
            fixtures.instructor(centre, chinese));
    UUID ready =
        fixtures.session(
            centre,
            "Ready " + title,
            starts,
            ends,
            profile,
            principal,
            fixtures.pcSet(centre, "PC set Lab 4", 2),
            fixtures.instructor(centre, readyTeacher));
    UUID later =
        fixtures.session(
            centre,
            "Later " + title,
            starts.plusSeconds(3 * 3600),
            ends.plusSeconds(3 * 3600),
            profile,
            principal,
            fixtures.pcSet(centre, "PC set Lab 5", 2),
            fixtures.instructor(centre, laterTeacher));
    UUID notReadyRequest = requestOf(fixtures, notReady);
    UUID readyRequest = requestOf(fixtures, ready);
    requestOf(fixtures, later);

    // the ready one: both machines verified; the other one: 1 of 3
    ApiClient api = fixtures.api(technician);
    ApiClient.Response verified =
        SetupRequestTests.postIfMatch(
            api,
            "/api/v1/setup-requests/" + readyRequest + "/machines",
            Map.of("from", 1, "to", 2, "state", "VERIFIED"),
            "\"0\"");
    assertThat(verified.json().get("status").asString()).isEqualTo("READY");
    api.put(
        "/api/v1/setup-requests/" + notReadyRequest + "/machines/1",
        Map.of("state", "VERIFIED"),
        "\"0\"");

    // 61 minutes before: not yet
    warnings.warnDue(Clock.fixed(starts.minusSeconds(61 * 60), ZoneOffset.UTC));
    assertThat(warningsTo(english.email())).isEmpty();

    // 50 minutes before: the two instructors of the session not ready
    Clock fixed = Clock.fixed(starts.minusSeconds(50 * 60), ZoneOffset.UTC);
    warnings.warnDue(fixed);
    List<MimeMessage> toEnglish = warningsTo(english.email());
    List<MimeMessage> toChinese = warningsTo(chinese.email());
    assertThat(toEnglish).hasSize(1);
    assertThat(toChinese).hasSize(1);
    // on the centre's (Shanghai's) clock, 8 hours ahead of UTC
    String local =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(starts.atZone(java.time.ZoneId.of("Asia/Shanghai")));
    assertThat(toEnglish.get(0).getSubject()).isEqualTo("PCs not ready: " + title + " at " + local);
    assertThat(GreenMailUtil.getBody(toEnglish.get(0)))
        .contains("PC set Lab 1")
        .contains((1) + " of " + (3) + " machines verified");
    assertThat(toChinese.get(0).getSubject()).isEqualTo("电脑尚未就绪：" + title + "，" + local);
    assertThat(warned(notReadyRequest)).isTrue();

    // the next runs tell nobody again; the ready one and the later one are never told
    warnings.warnDue(fixed);
    warnings.warnDue(Clock.fixed(starts.minusSeconds(10 * 60), ZoneOffset.UTC));
    assertThat(warningsTo(english.email())).hasSize(1);
    assertThat(warningsTo(chinese.email())).hasSize(1);
    assertThat(warningsTo(readyTeacher.email())).isEmpty();
    assertThat(warningsTo(laterTeacher.email())).isEmpty();
    assertThat(warned(readyRequest)).isFalse();
  }

  private static UUID requestOf(SetupFixtures fixtures, UUID booking) throws Exception {
    return (UUID) fixtures.awaitRequests(booking, r -> r.size() == 1).get(0).get("id");
  }

  private boolean warned(UUID request) {
    return jdbc.sql(
                "select count(*) from scheduling_setup_request where id = :id"
                    + " and warned_at is not null")
            .param("id", request)
            .query(Long.class)
            .single()
        == 1;
  }

  /** The set-up warnings to the address (the booking notices left out). */
  private static List<MimeMessage> warningsTo(String address) {
    return Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(address))
        .filter(m -> subject(m).startsWith("PCs not ready") || subject(m).startsWith("电脑尚未就绪"))
        .toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
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
