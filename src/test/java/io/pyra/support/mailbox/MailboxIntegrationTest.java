package io.pyra.support.mailbox;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mailbox tests' shared application context (one GreenMail for SMTP and IMAP, the test router
 * and event log of {@link MailboxTestConfig}) and their helpers: unique mails, customers with an
 * e-mail address, the stored rows.
 */
@PyraIntegrationTest
@Import(MailboxTestConfig.class)
abstract class MailboxIntegrationTest {

  @DynamicPropertySource
  static void mailServers(DynamicPropertyRegistry registry) {
    MailboxServers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired MailboxPoll mailbox;
  @Autowired SupportMail supportMail;
  @Autowired InboundMails inboundMails;

  OrgFixtures org() {
    return new OrgFixtures(orgUnits, users, roles);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  /** A Message-ID no other test uses. */
  static String newMessageId() {
    return "<" + UUID.randomUUID() + "@sender.test>";
  }

  static MimeMessage mail(String messageId, String from, String subject, String text)
      throws MessagingException {
    MimeMessage message =
        new MimeMessage(MailboxServers.session()) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(MailboxServers.MAILBOX));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    message.saveChanges();
    return message;
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  /** A customer of {@code unit} with these e-mail addresses; answers its id and code. */
  Map<String, String> customer(OrgUnit unit, UserAccount owner, String... emails) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", unique("Mail Customer"));
    body.put("ownerId", owner.id());
    body.put("orgUnitId", unit.id());
    body.put("duplicateReason", "one address for the family");
    body.put("emails", List.of(emails).stream().map(e -> Map.of("address", e)).toList());
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException("customer not created: " + created.body());
    }
    return Map.of(
        "id", created.json().get("id").asString(), "code", created.json().get("code").asString());
  }

  Map<String, Object> row(String messageId) {
    return jdbc.sql("select * from support_inbound_mail where message_id = :id")
        .param("id", messageId)
        .query()
        .singleRow();
  }

  long rows(String messageId) {
    return jdbc.sql("select count(*) from support_inbound_mail where message_id = :id")
        .param("id", messageId)
        .query(Long.class)
        .single();
  }
}
