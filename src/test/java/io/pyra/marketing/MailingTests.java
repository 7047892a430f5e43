package io.pyra.marketing;

import static io.pyra.marketing.MailingPeople.audience;
import static io.pyra.marketing.MailingPeople.draft;
import static io.pyra.marketing.MailingPeople.email;
import static io.pyra.marketing.MailingPeople.phone;
import static io.pyra.marketing.MailingPeople.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.marketing.mailing.MailingSender;
import io.pyra.platform.sms.LoggingSmsGateway;
import io.pyra.platform.sms.SmsMessage;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Mailings to an audience of customers and leads with mixed consents, received by GreenMail:
 * exactly those who consented to the channel get the message (checked against this test's own
 * list), the others are counted as skipped and why; the unsubscribe link of a received mail works
 * (GET then POST, and the one-click POST of RFC 8058) and the person gets no later mailing; a
 * tampered link changes nothing; a pass sends at most the configured rate (passes driven by the
 * test, the schedule is off); a refused SMTP connection is a recorded failure; SMS go through the
 * logging gateway; a reported bounce marks its recipient.
 */
@PyraIntegrationTest
@TestPropertySource(
    properties = {
      "pyra.marketing.mailing.enabled=false",
      "pyra.marketing.mailing.per-minute=2",
      "pyra.marketing.public-url=http://pyra.example"
    })
class MailingTests {

  static final int SMTP_PORT = freePort();
  private static final Pattern LINK =
      Pattern.compile("http://pyra\\.example(/unsubscribe/[^\\s]+)");

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
  @Autowired MailingSender sender;
  @Autowired LoggingSmsGateway sms;

  CampaignStaff staff;
  MailingPeople people;
  OrgUnit branch;
  UserAccount marketer;
  ApiClient api;
  UUID campaign;
  String tag;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    people = new MailingPeople(staff, jdbc);
    branch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    api = staff.api(marketer);
    campaign = staff.record(marketer, CampaignStaff.code());
    tag = unique("mt");
  }

  @Test
  void onlyThoseWhoConsentedToEmailReceiveItAndTheSkippedAreCountedByReason() throws Exception {
    String a = unique("Ann");
    String b = unique("Bo");
    String c = unique("Cy");
    String d = unique("Di");
    people.customer(a, email(a), null, true, null, tag, marketer, branch);
    people.customer(b, email(b), null, null, null, tag, marketer, branch); // no consent recorded
    people.customer(c, null, phone(), true, true, tag, marketer, branch); // no address
    people.customer(d, email(d), null, false, null, tag, marketer, branch); // refused
    String l1 = unique("Lee");
    String l2 = unique("Lu");
    String l3 = unique("Lin");
    people.lead(campaign, l1, email(l1), null, true, false, marketer, branch);
    people.lead(campaign, l2, email(l2), null, false, false, marketer, branch);
    people.lead(campaign, l3, null, phone(), true, true, marketer, branch); // no e-mail
    // a customer of the filter outside the tag: not in the audience
    String other = unique("Out");
    people.customer(other, email(other), null, true, null, unique("other"), marketer, branch);

    UUID audience = audience(api, "Everyone " + tag, "tag=" + tag, campaign);
    UUID mailing = draft(api, campaign, audience, "EMAIL", "Open day " + tag, "Dear {name}, come!");

    JsonNode preview = api.get("/api/v1/mailings/" + mailing).json();
    assertThat(preview.get("preview").asBoolean()).isTrue();
    assertThat(preview.get("counts").get("total").asLong()).isEqualTo(7);
    assertThat(preview.get("counts").get("pending").asLong()).isEqualTo(2);
    assertThat(preview.get("counts").get("noConsent").asLong()).isEqualTo(3);
    assertThat(preview.get("counts").get("noAddress").asLong()).isEqualTo(2);

    startAndDrain(mailing);

    assertThat(addressesOf(mailsWithSubject("Open day " + tag)))
        .containsExactlyInAnyOrder(email(a), email(l1));
    MimeMessage toAnn =
        mailsWithSubject("Open day " + tag).stream()
            .filter(m -> addressesOf(List.of(m)).contains(email(a)))
            .findFirst()
            .orElseThrow();
    assertThat(toAnn.getContent().toString()).startsWith("Dear " + a + ", come!");
    assertThat(toAnn.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

    JsonNode done = api.get("/api/v1/mailings/" + mailing).json();
    assertThat(done.get("status").asString()).isEqualTo("SENT");
    assertThat(done.get("counts").get("sent").asLong()).isEqualTo(2);
    assertThat(done.get("counts").get("noConsent").asLong()).isEqualTo(3);
    assertThat(done.get("counts").get("noAddress").asLong()).isEqualTo(2);
    assertThat(people.counter(campaign, "SENT")).isEqualTo(2);
    JsonNode log = api.get("/api/v1/mailings/" + mailing + "/recipients?state=NO_CONSENT").json();
    assertThat(names(log)).containsExactlyInAnyOrder(b, d, l2);
  }

  @Test
  void theUnsubscribeLinkOfAReceivedMailWorksAndThePersonGetsNoLaterMailing() throws Exception {
    String a = unique("Ada");
    String a2 = unique("Ava");
    String l1 = unique("Lou");
    UUID ada = people.customer(a, email(a), null, true, null, tag, marketer, branch);
    UUID ava = people.customer(a2, email(a2), null, true, null, tag, marketer, branch);
    UUID lou = people.lead(campaign, l1, email(l1), null, true, false, marketer, branch);
    UUID audience = audience(api, "Unsubscribers " + tag, "tag=" + tag, campaign);
    UUID first = draft(api, campaign, audience, "EMAIL", "First " + tag, "Hello {name}");
    startAndDrain(first);
    List<MimeMessage> firstMails = mailsWithSubject("First " + tag);
    assertThat(addressesOf(firstMails)).containsExactlyInAnyOrder(email(a), email(a2), email(l1));

    // Ada follows the link in her mail: a confirmation page, then the opt-out
    String adaLink = link(mailTo(firstMails, email(a)));
    HttpResponse<String> confirm = anonymous("GET", adaLink, null);
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body()).contains("unsubscribe-submit");
    assertThat(people.consent(ada, "EMAIL")).as("a GET changes nothing").isTrue();
    HttpResponse<String> unsubscribed = anonymous("POST", adaLink, "");
    assertThat(unsubscribed.statusCode()).isEqualTo(200);
    assertThat(unsubscribed.body()).contains("unsubscribe-done");
    assertThat(people.consent(ada, "EMAIL")).isFalse();

    // Lou's mail client unsubscribes in one click (RFC 8058)
    MimeMessage louMail = mailTo(firstMails, email(l1));
    String header = louMail.getHeader("List-Unsubscribe")[0];
    String louPath = header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);
    HttpResponse<String> oneClick = anonymous("POST", louPath, "List-Unsubscribe=One-Click");
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(people.leadEmailConsent(lou)).isFalse();

    // Ava's link, tampered with: a clear 400 and nothing changes
    String avaLink = link(mailTo(firstMails, email(a2)));
    String token = avaLink.substring("/unsubscribe/".length(), avaLink.indexOf('?'));
    String payload = token.substring(0, token.indexOf('.'));
    String signature = token.substring(token.indexOf('.') + 1);
    String otherSignature = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
    for (String tampered :
        List.of(
            "/unsubscribe/" + payload + "." + otherSignature,
            "/unsubscribe/" + payload.substring(1) + "." + signature,
            "/unsubscribe/nonsense")) {
      HttpResponse<String> refusedGet = anonymous("GET", tampered, null);
      assertThat(refusedGet.statusCode()).isEqualTo(400);
      assertThat(refusedGet.body()).contains("unsubscribe-invalid");
      assertThat(anonymous("POST", tampered, "List-Unsubscribe=One-Click").statusCode())
          .isEqualTo(400);
    }
    assertThat(people.consent(ava, "EMAIL")).isTrue();

    JsonNode counts = api.get("/api/v1/mailings/" + first).json().get("counts");
    assertThat(counts.get("unsubscribed").asLong()).isEqualTo(2);
    assertThat(people.counter(campaign, "UNSUBSCRIBED")).isEqualTo(2);
    // following the link again counts once
    anonymous("POST", adaLink, "");
    assertThat(people.counter(campaign, "UNSUBSCRIBED")).isEqualTo(2);

    UUID second = draft(api, campaign, audience, "EMAIL", "Second " + tag, "Hello again");
    JsonNode preview = api.get("/api/v1/mailings/" + second).json().get("counts");
    assertThat(preview.get("pending").asLong()).isEqualTo(1);
    assertThat(preview.get("noConsent").asLong()).isEqualTo(2);
    startAndDrain(second);
    assertThat(addressesOf(mailsWithSubject("Second " + tag))).containsExactly(email(a2));
  }

  @Test
  void aPassSendsAtMostTheConfiguredRate() throws Exception {
    for (int i = 0; i < 5; i++) {
      String name = unique("Rate" + i);
      people.customer(name, email(name), null, true, null, tag, marketer, branch);
    }
    UUID audience = audience(api, "Rate " + tag, "tag=" + tag, null);
    UUID mailing = draft(api, campaign, audience, "EMAIL", "Rate " + tag, "Hi");
    assertThat(api.post("/api/v1/mailings/" + mailing + "/sending", Map.of()).status())
        .isEqualTo(200);

    int[] expectedAfter = {2, 4, 5};
    for (int expected : expectedAfter) {
      sender.pass();
      assertThat(mailsWithSubject("Rate " + tag)).hasSize(expected);
      JsonNode counts = api.get("/api/v1/mailings/" + mailing).json().get("counts");
      assertThat(counts.get("sent").asLong()).isEqualTo(expected);
      assertThat(counts.get("pending").asLong()).isEqualTo(5 - expected);
    }
    assertThat(api.get("/api/v1/mailings/" + mailing).json().get("status").asString())
        .isEqualTo("SENT");
    assertThat(sender.pass()).isZero();
    assertThat(mailsWithSubject("Rate " + tag)).hasSize(5);
    // a started mailing does not start again
    assertThat(api.post("/api/v1/mailings/" + mailing + "/sending", Map.of()).status())
        .isEqualTo(422);
  }

  @Test
  void aMailServerThatRefusesTheConnectionIsARecordedFailure() throws Exception {
    String name = unique("Fay");
    people.customer(name, email(name), null, true, null, tag, marketer, branch);
    UUID audience = audience(api, "Failing " + tag, "tag=" + tag, null);
    UUID mailing = draft(api, campaign, audience, "EMAIL", "Fails " + tag, "Hi");
    api.post("/api/v1/mailings/" + mailing + "/sending", Map.of());
    MAIL.stop();
    try {
      sender.pass();
    } finally {
      MAIL.start();
    }
    JsonNode done = api.get("/api/v1/mailings/" + mailing).json();
    assertThat(done.get("status").asString()).isEqualTo("SENT");
    assertThat(done.get("counts").get("failed").asLong()).isEqualTo(1);
    assertThat(done.get("counts").get("sent").asLong()).isZero();
    JsonNode row =
        api.get("/api/v1/mailings/" + mailing + "/recipients").json().get("items").get(0);
    assertThat(row.get("state").asString()).isEqualTo("FAILED");
    assertThat(row.get("failure").asString()).isNotBlank();
    assertThat(people.counter(campaign, "FAILED")).isEqualTo(1);
    assertThat(mailsWithSubject("Fails " + tag)).isEmpty();
  }

  @Test
  void smsGoOnlyToThoseWhoConsentedToSmsThroughTheGateway() {
    String yes = unique("Sam");
    String no = unique("Sid");
    String lead = unique("Sue");
    String yesPhone = phone();
    String noPhone = phone();
    String leadPhone = phone();
    people.customer(yes, null, yesPhone, false, true, tag, marketer, branch);
    people.customer(no, null, noPhone, true, false, tag, marketer, branch);
    people.lead(campaign, lead, null, leadPhone, false, true, marketer, branch);
    UUID audience = audience(api, "Texts " + tag, "tag=" + tag, campaign);
    UUID mailing = draft(api, campaign, audience, "SMS", null, "Hi {name}, open day Sat " + tag);
    startAndDrain(mailing);

    List<SmsMessage> texts =
        sms.latest().stream().filter(m -> m.text().contains("open day Sat " + tag)).toList();
    assertThat(texts.stream().map(SmsMessage::to)).containsExactlyInAnyOrder(yesPhone, leadPhone);
    assertThat(texts)
        .allSatisfy(
            m -> assertThat(m.text()).contains("Unsubscribe: http://pyra.example/unsubscribe/"));
    assertThat(texts.stream().filter(m -> m.to().equals(yesPhone)).findFirst().orElseThrow().text())
        .startsWith("Hi " + yes + ", open day");
    JsonNode counts = api.get("/api/v1/mailings/" + mailing).json().get("counts");
    assertThat(counts.get("sent").asLong()).isEqualTo(2);
    assertThat(counts.get("noConsent").asLong()).isEqualTo(1);
  }

  @Test
  void aReportedBounceMarksItsRecipientAndCountsForTheCampaign() throws Exception {
    String name = unique("Bea");
    people.customer(name, email(name), null, true, null, tag, marketer, branch);
    UUID audience = audience(api, "Bounce " + tag, "tag=" + tag, null);
    UUID mailing = draft(api, campaign, audience, "EMAIL", "Bounce " + tag, "Hi");
    startAndDrain(mailing);
    String messageId = mailsWithSubject("Bounce " + tag).getFirst().getMessageID();

    ApiClient.Response bounced =
        api.post(
            "/api/v1/mailings/bounces",
            Map.of("messageId", messageId, "reason", "550 mailbox unavailable"));
    assertThat(bounced.status()).as(bounced.body()).isEqualTo(200);
    assertThat(bounced.json().get("state").asString()).isEqualTo("BOUNCED");
    assertThat(api.get("/api/v1/mailings/" + mailing).json().get("counts").get("bounced").asLong())
        .isEqualTo(1);
    assertThat(people.counter(campaign, "BOUNCED")).isEqualTo(1);
    // reported twice: counted once
    api.post("/api/v1/mailings/bounces", Map.of("messageId", messageId));
    assertThat(people.counter(campaign, "BOUNCED")).isEqualTo(1);
    assertThat(api.post("/api/v1/mailings/bounces", Map.of("messageId", "<nobody@x>")).status())
        .isEqualTo(404);
  }

  private void startAndDrain(UUID mailing) {
    ApiClient.Response started = api.post("/api/v1/mailings/" + mailing + "/sending", Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    for (int i = 0; i < 50 && sender.pass() > 0; i++) {
      // the next pass
    }
  }

  private HttpResponse<String> anonymous(String method, String path, String form)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (form == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String link(MimeMessage mail) throws Exception {
    Matcher matcher = LINK.matcher(mail.getContent().toString());
    assertThat(matcher.find()).as("an unsubscribe link in the mail").isTrue();
    return matcher.group(1);
  }

  private static List<MimeMessage> mailsWithSubject(String subject) throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage m : MAIL.getReceivedMessages()) {
      if (subject.equals(m.getSubject())) {
        found.add(m);
      }
    }
    return found;
  }

  private static MimeMessage mailTo(List<MimeMessage> mails, String address) {
    return mails.stream()
        .filter(m -> addressesOf(List.of(m)).contains(address))
        .findFirst()
        .orElseThrow();
  }

  /** Every recipient address of the mails, once per mail: a second mail to one person shows. */
  private static List<String> addressesOf(List<MimeMessage> mails) {
    return mails.stream()
        .flatMap(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .map(Object::toString)
        .toList();
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new java.util.ArrayList<>();
    list.get("items").forEach(item -> names.add(item.get("name").asString()));
    return names;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
