package io.pyra.support.mailbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.user.UserAccount;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserExtension;
import io.pyra.testing.OrgFixtures;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The agent's whole service flow of issue 15 in one browser walk, against the mailbox tests'
 * GreenMail (SMTP for what Pyra sends, IMAP for the support mailbox it reads): a known caller is
 * found by phone, the agent opens a complaint from the caller's card, acknowledges it (the customer
 * gets the mail with the case's tag and the first response is on record), waits on the customer
 * (the SLA pauses), the customer's reply to the acknowledgement comes in through the mailbox and
 * puts the case back in progress, the agent apologises, proposes, passes over the compensation and
 * resolves it (the customer gets the resolution), and records the customer's satisfaction at the
 * check three days later. Everything asserted is what the agent sees and what the customer's
 * mailbox receives; every expected value is the test's own.
 */
@Tag("browser")
@ExtendWith(BrowserExtension.class)
class AgentServiceFlowBrowserTests extends MailboxIntegrationTest {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final long MAIL_WAIT_MILLIS = 60_000;

  @Test
  void aKnownCallersComplaintIsAcknowledgedPausedResumedByTheirReplyResolvedAndFollowedUp(Page page)
      throws Exception {
    OrgUnit branch = org().branch();
    ZoneId zone = ZoneId.of(OrgFixtures.TIME_ZONE);
    UserAccount agent = org().user(branch, "CALL_CENTRE_AGENT");
    String phone =
        "139" + String.format("%08d", ThreadLocalRandom.current().nextLong(100_000_000L));
    String email = unique("sun.li") + "@customer.test";
    String customerName = unique("Sun Li");
    customer(branch, agent, customerName, phone, email);
    String subject = unique("Class cancelled without notice");
    String resolutionText = "A make-up class on Sunday and a new teacher for the course.";

    // 1. the agent signs in
    page.setViewportSize(1400, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(agent.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).containsText(agent.displayName());

    // 2. the phone rings: the known-caller page finds the customer, with no open case yet
    page.navigate(url("/lookup"));
    page.locator("#lookup-phone").fill(phone);
    page.locator("#lookup-phone").press("Enter");
    Locator card = page.locator("#lookup-cards .customer-card");
    assertThat(card).hasCount(1);
    assertThat(card.locator(".card-title a")).hasText(customerName);
    assertThat(card.locator(".caller-cases .no-caller-cases")).hasText("No open cases.");
    String customerPath = card.locator(".card-title a").getAttribute("href");
    card.locator(".caller-cases .new-caller-case").click();

    // 3. the case form knows the customer and the channel; a serious complaint
    assertThat(page.locator("#case-customer")).containsText(customerName);
    assertThat(page.locator("#channel")).hasValue("PHONE");
    page.locator("#type").selectOption("COMPLAINT");
    page.locator("#severity").selectOption("SERIOUS");
    page.locator("#subject").fill(subject);
    page.locator("#description").fill("The Saturday class did not take place and nobody called.");
    page.locator("#save").click();

    assertThat(page.locator("#flash-success")).containsText(subject);
    assertThat(page.locator("#case-status .case-status")).hasText("New");
    assertThat(page.locator("#case-type")).hasText("Complaint");
    assertThat(page.locator("#case-severity")).hasText("Serious");
    assertThat(page.locator("#case-channel")).hasText("Phone");
    assertThat(page.locator("#case-first-response-due")).not().containsText("responded");
    String code = page.locator("#case-code").textContent().strip();
    assertThat(code).matches("CS-[0-9]+");
    UUID caseId = UUID.fromString(page.url().replaceFirst(".*/cases/([0-9a-f-]{36}).*", "$1"));
    String caseUrl = url("/cases/" + caseId);
    ApiClient agentApi = api(agent);

    // 4. the acknowledgement: mailed to the customer with the case's tag, the first response
    Locator panel = page.locator("#complaint-steps");
    assertThat(panel.locator("#complaint-step-ACKNOWLEDGEMENT"))
        .hasAttribute("data-state", "CURRENT");
    panel.locator("#complaint-acknowledge button[type=submit]").click();
    assertThat(panel.locator("#complaint-step-ACKNOWLEDGEMENT")).hasAttribute("data-state", "DONE");
    assertThat(panel.locator("#complaint-step-ACKNOWLEDGEMENT .step-mailed"))
        .hasText("Acknowledgement mailed to " + email);
    assertThat(panel.locator("#complaint-step-ACKNOWLEDGEMENT .step-done-by"))
        .hasText(agent.displayName());
    assertThat(panel.locator("#complaint-step-APOLOGY_AND_EXPLANATION"))
        .hasAttribute("data-state", "CURRENT");

    MimeMessage acknowledgement = mailTo(email, m -> subjectOf(m).contains(code));
    assertThat(recipients(acknowledgement)).containsExactly(email);
    assertThat(acknowledgement.getSubject())
        .isEqualTo("[#" + code + "] We received your complaint: " + subject);
    assertThat(((InternetAddress) acknowledgement.getReplyTo()[0]).getAddress())
        .isEqualTo(MailboxServers.MAILBOX);
    assertThat(acknowledgement.getContent().toString()).contains(code).contains(subject);

    Instant respondedAt =
        Instant.parse(
            agentApi.get("/api/v1/cases/" + caseId).json().get("firstRespondedAt").asString());
    assertThat(page.locator("#case-first-response-due"))
        .containsText("(responded " + MINUTE.format(respondedAt.atZone(zone)) + ")");
    assertThat(page.locator("#case-history tr[data-kind=RESPONDED] .history-what"))
        .hasText("First response given");
    assertThat(page.locator("#case-history tr[data-kind=MAIL_OUT] .history-what"))
        .hasText("Mail sent");
    assertThat(page.locator("#case-sla .sla-state")).hasAttribute("data-sla", "ON_TRACK");

    // 5. waiting on the customer: the clocks stop
    page.locator("#move-WAITING_ON_CUSTOMER").click();
    assertThat(page.locator("#case-action-error")).hasCount(0);
    assertThat(page.locator("#case-status .case-status")).hasText("Waiting on customer");
    assertThat(page.locator("#case-sla .sla-state")).hasAttribute("data-sla", "PAUSED");
    assertThat(page.locator("#case-sla .sla-state")).hasText("Paused");

    // the customer answers the acknowledgement from their mail program
    String replyId = newMessageId();
    String replySubject = "Re: " + acknowledgement.getSubject();
    MimeMessage reply =
        mail(
            replyId,
            customerName + " <" + email + ">",
            replySubject,
            "Sunday suits me, thank you.");
    reply.setHeader("In-Reply-To", acknowledgement.getMessageID());
    reply.setHeader("References", acknowledgement.getMessageID());
    reply.saveChanges();
    MailboxServers.deliver(reply);
    mailbox.poll();

    page.navigate(caseUrl);
    assertThat(page.locator("#case-status .case-status")).hasText("In progress");
    assertThat(page.locator("#case-sla .sla-state")).hasAttribute("data-sla", "ON_TRACK");
    Locator mailIn = page.locator("#case-history tr[data-kind=MAIL_IN]");
    assertThat(mailIn).hasCount(1);
    assertThat(mailIn.locator(".history-what")).hasText("Mail received");
    assertThat(mailIn.locator(".history-reason")).hasText(replySubject);
    assertThat(mailIn.locator(".history-who")).hasText("Pyra");
    Locator resumed =
        page.locator("#case-history tr[data-kind=STATUS]")
            .filter(
                new Locator.FilterOptions()
                    .setHasText("Status: Waiting on customer → In progress"));
    assertThat(resumed).hasCount(1);
    assertThat(resumed.locator(".history-who")).hasText("Pyra");
    assertThat(resumed.locator(".history-reason")).hasText("The customer replied");

    // 6. apology, proposal, no compensation, resolution
    panel = page.locator("#complaint-steps");
    record(panel, "APOLOGY_AND_EXPLANATION", "Apologised: the teacher was ill, nobody told you.");
    record(panel, "RESOLUTION_PROPOSAL", "A make-up class on Sunday.");
    assertThat(panel.locator("#complaint-step-COMPENSATION")).hasAttribute("data-state", "CURRENT");
    panel.locator("#no-compensation-reason").fill("The make-up class makes good the loss.");
    panel.locator("#complaint-no-compensation button[type=submit]").click();
    assertThat(panel.locator("#complaint-step-COMPENSATION")).hasAttribute("data-state", "DONE");
    assertThat(panel.locator("#complaint-step-COMPENSATION .step-skipped"))
        .hasText("No compensation");
    Instant beforeResolving = Instant.now();
    record(panel, "RESOLUTION", resolutionText);
    Instant afterResolving = Instant.now();
    assertThat(panel.locator("#complaint-step-FOLLOW_UP")).hasAttribute("data-state", "CURRENT");
    assertThat(panel.locator("#complaint-satisfaction-form")).isVisible();

    assertThat(page.locator("#case-status .case-status")).hasText("Resolved");
    assertThat(page.locator("#case-resolution")).hasText(resolutionText);
    assertThat(page.locator("#case-sla .sla-state")).hasAttribute("data-sla", "MET");

    MimeMessage resolution = mailTo(email, m -> subjectOf(m).contains("Resolved: "));
    assertThat(recipients(resolution)).containsExactly(email);
    assertThat(resolution.getSubject()).isEqualTo("[#" + code + "] Resolved: " + subject);
    assertThat(resolution.getContent().toString()).contains(code).contains(resolutionText);

    // 7. the satisfaction check: the agent's task three days after the resolution, in their zone
    JsonNode resolvedCase = agentApi.get("/api/v1/cases/" + caseId).json();
    Instant resolvedAt = Instant.parse(resolvedCase.get("resolvedAt").asString());
    assertThat(resolvedAt).isBetween(beforeResolving, afterResolving);
    LocalDate checkDay = resolvedAt.atZone(zone).toLocalDate().plusDays(3);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !agentApi
                    .get("/api/v1/cases/" + caseId + "/complaint")
                    .json()
                    .get("satisfactionCheck")
                    .isNull());
    page.navigate(caseUrl);
    panel = page.locator("#complaint-steps");
    assertThat(panel.locator("#satisfaction-check"))
        .hasText("Satisfaction check by " + agent.displayName() + ", due " + checkDay);
    assertThat(panel.locator("#complaint-step-RESOLUTION .step-note")).hasText(resolutionText);

    panel.locator("#satisfaction-score").selectOption("4");
    panel.locator("#complaint-satisfaction-form button[type=submit]").click();
    assertThat(panel.locator("#satisfaction-score-shown")).hasText("Satisfaction: 4 of 5");
    assertThat(panel.locator("#complaint-step-FOLLOW_UP")).hasAttribute("data-state", "DONE");
    assertThat(panel.locator("#complaint-step-PREVENTION")).hasAttribute("data-state", "CURRENT");
    assertThat(agentApi.get("/api/v1/cases/" + caseId).json().get("satisfaction").asInt())
        .isEqualTo(4);

    // the history tells the story in words, and the caller has this one case, resolved
    page.navigate(caseUrl);
    assertThat(
            page.locator("#case-history tr[data-kind=STEP] .history-what")
                .filter(new Locator.FilterOptions().setHasText("Complaint step: Acknowledgement")))
        .hasCount(1);
    Locator passedOver =
        page.locator("#case-history tr[data-kind=STEP]")
            .filter(new Locator.FilterOptions().setHasText("Complaint step: Compensation"));
    assertThat(passedOver.locator(".history-reason"))
        .hasText("No compensation: The make-up class makes good the loss.");
    assertThat(page.locator("#case-history tr[data-kind=SATISFACTION] .history-what").first())
        .hasText("Satisfaction: 4");
    page.navigate(url(customerPath));
    assertThat(page.locator("#cases-panel .case-row")).hasCount(1);
    assertThat(page.locator("#cases-panel .case-row")).containsText("Resolved");
    assertThat(mailsTo(email)).hasSize(2);

    // the same case page in Simplified Chinese says it all in Chinese, codes included
    page.navigate(caseUrl + "?lang=zh-CN");
    assertThat(page.locator("#case-status .case-status")).hasText("已解决");
    Locator resumedInChinese =
        page.locator("#case-history tr[data-kind=STATUS]")
            .filter(new Locator.FilterOptions().setHasText("状态：等待客户 → 处理中"));
    assertThat(resumedInChinese.locator(".history-reason")).hasText("客户已回复");
    assertThat(
            page.locator("#case-history tr[data-kind=STEP] .history-what")
                .filter(new Locator.FilterOptions().setHasText("投诉处理步骤：确认受理")))
        .hasCount(1);
    assertThat(
            page.locator("#case-history tr[data-kind=STEP]")
                .filter(new Locator.FilterOptions().setHasText("投诉处理步骤：补偿"))
                .locator(".history-reason"))
        .hasText("不予补偿：The make-up class makes good the loss.");
    panel = page.locator("#complaint-steps");
    assertThat(panel.locator("#satisfaction-check"))
        .hasText("满意度回访：" + agent.displayName() + "，截止 " + checkDay);
    assertThat(panel.locator("#satisfaction-score-shown")).hasText("满意度：4 分（满分 5 分）");
  }

  /** Records the current step with its note through the panel's form. */
  private static void record(Locator panel, String step, String note) {
    assertThat(panel.locator("#complaint-step-" + step)).hasAttribute("data-state", "CURRENT");
    panel.locator("#complaint-step-form #step-note").fill(note);
    panel.locator("#complaint-step-form button[type=submit]").click();
    assertThat(panel.locator("#complaint-step-" + step)).hasAttribute("data-state", "DONE");
    assertThat(panel.locator("#complaint-step-" + step + " .step-note")).hasText(note);
  }

  /** A person customer of {@code owner} with this phone and e-mail, made by the administrator. */
  private void customer(OrgUnit unit, UserAccount owner, String name, String phone, String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name);
    body.put("ownerId", owner.id());
    body.put("orgUnitId", unit.id());
    body.put("phones", List.of(Map.of("number", phone, "label", "mobile")));
    body.put("emails", List.of(Map.of("address", email)));
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  /**
   * The first mail GreenMail received for {@code address} that {@code which} accepts, waiting for
   * GreenMail to receive more until it comes.
   */
  private static MimeMessage mailTo(String address, Predicate<MimeMessage> which) throws Exception {
    while (true) {
      MimeMessage[] received = MailboxServers.MAIL.getReceivedMessages();
      for (MimeMessage m : received) {
        if (recipients(m).contains(address) && which.test(m)) {
          return m;
        }
      }
      if (!MailboxServers.MAIL.waitForIncomingEmail(MAIL_WAIT_MILLIS, received.length + 1)) {
        throw new AssertionError("no such mail to " + address + " within the wait");
      }
    }
  }

  private static List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> mine = new ArrayList<>();
    for (MimeMessage m : MailboxServers.MAIL.getReceivedMessages()) {
      if (recipients(m).contains(address)) {
        mine.add(m);
      }
    }
    return mine;
  }

  private static List<String> recipients(MimeMessage m) throws Exception {
    Address[] to = m.getRecipients(Message.RecipientType.TO);
    List<String> addresses = new ArrayList<>();
    if (to != null) {
      for (Address a : to) {
        addresses.add(((InternetAddress) a).getAddress());
      }
    }
    return addresses;
  }

  private static String subjectOf(MimeMessage m) {
    try {
      return m.getSubject() == null ? "" : m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
