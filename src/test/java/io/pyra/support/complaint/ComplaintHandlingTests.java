package io.pyra.support.complaint;

import static io.pyra.support.complaint.ComplaintWorld.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A complaint walks through its seven steps as an agent and a manager drive it over the API and the
 * case page's panel: the acknowledgement mail reaches the customer (GreenMail) in their language, a
 * refund above the limit waits for the manager and then is a refund in sales, the resolution brings
 * a satisfaction check, and the prevention needs the root cause. Bad input is a 422 naming the
 * field, in the reader's language, and changes nothing.
 */
@PyraIntegrationTest
class ComplaintHandlingTests {

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

  ComplaintWorld world;
  OrgUnit branch;
  UserAccount agent;
  UserAccount manager;
  ApiClient agentApi;
  ApiClient managerApi;

  @BeforeEach
  void setUp() {
    world = new ComplaintWorld(orgUnits, users, roles, jdbc, port);
    branch = world.branch();
    agent = world.user(branch, "CUSTOMER_SERVICE_ASSISTANT", "en");
    manager = world.user(branch, "CENTRE_PRINCIPAL", "en");
    agentApi = world.api(agent);
    managerApi = world.api(manager);
  }

  static String complaint(UUID caseId) {
    return "/api/v1/cases/" + caseId + "/complaint";
  }

  static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  JsonNode ok(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void aComplaintWalksThroughTheSevenStepsWithAChineseMailARefundInSalesAndAFollowUp()
      throws Exception {
    String email = "wang." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    UUID customer = world.customer(unique("王丽"), email, agent);
    String order = world.paidOrder(customer, agent, "2000", "1500");
    UUID caseId = world.openCase(agentApi, customer, "COMPLAINT");

    JsonNode start = ok(agentApi.get(complaint(caseId)));
    assertThat(start.get("step").asString()).isEqualTo("ACKNOWLEDGEMENT");
    assertThat(start.get("steps")).hasSize(7);
    assertThat(start.get("steps").get(0).get("state").asString()).isEqualTo("CURRENT");
    assertThat(start.get("steps").get(6).get("state").asString()).isEqualTo("TO_DO");

    // 1. acknowledgement: the mail in Chinese to the customer's address, the first response
    JsonNode acknowledged =
        ok(agentApi.post(complaint(caseId) + "/steps", body("step", "ACKNOWLEDGEMENT")));
    assertThat(acknowledged.get("steps").get(0).get("state").asString()).isEqualTo("DONE");
    assertThat(acknowledged.get("steps").get(0).get("mailedTo").asString()).isEqualTo(email);
    MimeMessage mail = mailTo(email);
    String code = agentApi.get("/api/v1/cases/" + caseId).json().get("code").asString();
    // the case's tag first, so that the customer's answer comes back onto the case
    assertThat(mail.getSubject()).startsWith("[#" + code + "] 我们已收到您的投诉");
    assertThat(mail.getContent().toString()).contains("深表歉意").contains(code);
    // sent as every mail to a customer: on the outbound log, with the case as its reference
    assertThat(
            jdbc.sql(
                    "select to_address, subject, status from support_outbound_mail"
                        + " where reference_id = ?")
                .params(caseId)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .list())
        .containsExactly(email + "|" + mail.getSubject() + "|SENT");
    JsonNode theCase = agentApi.get("/api/v1/cases/" + caseId).json();
    assertThat(theCase.get("firstRespondedAt").isNull()).isFalse();
    assertThat(theCase.get("step").asString()).isEqualTo("APOLOGY_AND_EXPLANATION");

    // 2. and 3. notes
    ok(
        agentApi.post(
            complaint(caseId) + "/steps",
            body("step", "APOLOGY_AND_EXPLANATION", "note", "Apologised: the teacher was ill.")));
    ok(
        agentApi.post(
            complaint(caseId) + "/steps",
            body("step", "RESOLUTION_PROPOSAL", "note", "Refund of the missed lessons.")));

    // 4. a refund above the limit (1000) waits for the manager
    assertThat(
            agentApi
                .post(complaint(caseId) + "/steps", body("step", "COMPENSATION"))
                .refusedFields())
        .containsEntry("compensation", "required");
    JsonNode proposed =
        ok(
            agentApi.post(
                complaint(caseId) + "/compensation",
                body(
                    "type",
                    "REFUND",
                    "amount",
                    "1200",
                    "orderNumber",
                    order,
                    "note",
                    "3 lessons")));
    assertThat(proposed.get("compensation").get("status").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(proposed.get("compensation").get("currency").asString()).isEqualTo("CNY");
    assertThat(world.refunded(order)).isEqualByComparingTo("0");
    assertThat(
            agentApi
                .post(complaint(caseId) + "/steps", body("step", "COMPENSATION"))
                .refusedFields())
        .containsEntry("approval", "required");
    // the agent may not approve
    assertThat(
            agentApi
                .post(complaint(caseId) + "/compensation/approval", body("approved", true))
                .refusedFields())
        .containsEntry("approval", "permission");
    assertThat(world.refunded(order)).isEqualByComparingTo("0");

    JsonNode approved =
        ok(managerApi.post(complaint(caseId) + "/compensation/approval", body("approved", true)));
    JsonNode compensation = approved.get("compensation");
    assertThat(compensation.get("status").asString()).isEqualTo("APPROVED");
    assertThat(compensation.get("approvedBy").asString()).isEqualTo(manager.id().toString());
    assertThat(compensation.get("refundId").isNull()).isFalse();
    assertThat(world.refunded(order)).isEqualByComparingTo("1200");
    assertThat(
            jdbc.sql("select amount from sales_refund where id = :id")
                .param("id", UUID.fromString(compensation.get("refundId").asString()))
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("1200");
    assertThat(
            jdbc.sql(
                    "select amount, currency, status, approved_by from support_compensation where case_id = :case")
                .param("case", caseId)
                .query(
                    (rs, n) ->
                        rs.getBigDecimal(1).toPlainString()
                            + " "
                            + rs.getString(2)
                            + " "
                            + rs.getString(3)
                            + " "
                            + rs.getObject(4))
                .single())
        .isEqualTo("1200.00 CNY APPROVED " + manager.id());
    ok(agentApi.post(complaint(caseId) + "/steps", body("step", "COMPENSATION")));

    // 5. the resolution resolves the case; 6. the satisfaction check follows 3 days later
    JsonNode resolved =
        ok(
            agentApi.post(
                complaint(caseId) + "/steps",
                body("step", "RESOLUTION", "note", "Refunded three lessons, new teacher.")));
    assertThat(resolved.get("step").asString()).isEqualTo("FOLLOW_UP");
    JsonNode resolvedCase = agentApi.get("/api/v1/cases/" + caseId).json();
    assertThat(resolvedCase.get("status").asString()).isEqualTo("RESOLVED");
    Instant resolvedAt = Instant.parse(resolvedCase.get("resolvedAt").asString());
    JsonNode check =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> ok(agentApi.get(complaint(caseId))).get("satisfactionCheck"),
                node -> node != null && !node.isNull());
    assertThat(check.get("assigneeId").asString()).isEqualTo(agent.id().toString());
    assertThat(Instant.parse(check.get("dueAt").asString()))
        .isEqualTo(resolvedAt.plus(Duration.ofDays(3)));
    assertThat(check.get("done").asBoolean()).isFalse();
    String taskType =
        jdbc.sql("select type from interaction_task where id = :id")
            .param("id", UUID.fromString(check.get("taskId").asString()))
            .query(String.class)
            .single();
    assertThat(taskType).isEqualTo("CALL_BACK");

    assertThat(agentApi.post(complaint(caseId) + "/satisfaction", body("score", 6)).refusedFields())
        .containsEntry("score", "range");
    JsonNode rated = ok(agentApi.post(complaint(caseId) + "/satisfaction", body("score", 4)));
    assertThat(rated.get("satisfaction").asInt()).isEqualTo(4);
    assertThat(rated.get("step").asString()).isEqualTo("PREVENTION");
    assertThat(agentApi.get("/api/v1/cases/" + caseId).json().get("satisfaction").asInt())
        .isEqualTo(4);

    // 7. prevention: the root cause first, prevention actions are tasks
    assertThat(
            agentApi.post(complaint(caseId) + "/steps", body("step", "PREVENTION")).refusedFields())
        .containsEntry("rootCauseId", "required");
    assertThat(
            agentApi
                .post(complaint(caseId) + "/root-cause", body("rootCauseId", UUID.randomUUID()))
                .refusedFields())
        .containsEntry("rootCauseId", "not-found");
    UUID rootCause =
        jdbc.sql("select id from support_root_cause where active = true order by code limit 1")
            .query(UUID.class)
            .single();
    ok(agentApi.post(complaint(caseId) + "/root-cause", body("rootCauseId", rootCause)));
    LocalDate due = LocalDate.now().plusDays(7);
    JsonNode planned =
        ok(
            agentApi.post(
                complaint(caseId) + "/prevention-actions",
                body("title", "Cover plan for ill teachers", "dueOn", due.toString())));
    assertThat(planned.get("preventionActions")).hasSize(1);
    JsonNode action = planned.get("preventionActions").get(0);
    assertThat(action.get("title").asString()).isEqualTo("Cover plan for ill teachers");
    assertThat(action.get("assigneeId").asString()).isEqualTo(agent.id().toString());
    assertThat(action.get("done").asBoolean()).isFalse();
    jdbc.sql("update interaction_task set status = 'DONE' where id = :id")
        .param("id", UUID.fromString(action.get("taskId").asString()))
        .update();
    JsonNode done =
        ok(
            agentApi.post(
                complaint(caseId) + "/steps",
                body("step", "PREVENTION", "note", "Cover plan agreed with the branch.")));
    assertThat(done.get("step").isNull()).isTrue();
    assertThat(done.get("preventionActions").get(0).get("done").asBoolean()).isTrue();
    assertThat(done.get("rootCauseId").asString()).isEqualTo(rootCause.toString());
    for (JsonNode step : done.get("steps")) {
      assertThat(step.get("state").asString()).as(step.toString()).isEqualTo("DONE");
    }

    // the case closes with its root cause, and every step is on its history
    ok(agentApi.post("/api/v1/cases/" + caseId + "/transitions", body("to", "CLOSED")));
    List<String> steps = new ArrayList<>();
    agentApi
        .get("/api/v1/cases/" + caseId + "/history")
        .json()
        .forEach(
            e -> {
              if (e.get("kind").asString().equals("STEP")) {
                steps.add(e.get("to").asString());
              }
            });
    assertThat(steps)
        .contains(
            "ACKNOWLEDGEMENT",
            "APOLOGY_AND_EXPLANATION",
            "RESOLUTION_PROPOSAL",
            "COMPENSATION:PENDING_APPROVAL",
            "COMPENSATION:APPROVED",
            "COMPENSATION",
            "RESOLUTION",
            "FOLLOW_UP",
            "PREVENTION_ACTION",
            "PREVENTION");
  }

  @Test
  void badInputIsRefusedNamingTheFieldInTheReadersLanguageAndChangesNothing() {
    UUID customer = world.customer(unique("Alice Brown"), null, agent);
    String order = world.paidOrder(customer, agent, "500", "300");
    UUID other = world.customer(unique("Other Customer"), null, agent);
    String othersOrder = world.paidOrder(other, agent, "500", "500");
    UUID caseId = world.openCase(agentApi, customer, "COMPLAINT");
    String steps = complaint(caseId) + "/steps";

    // a step out of order, unknown, or too long a note
    assertThat(agentApi.post(steps, body("step", "RESOLUTION", "note", "x")).refusedFields())
        .containsEntry("step", "order");
    assertThat(agentApi.post(steps, body("step", "SEVENTH")).refusedFields())
        .containsEntry("step", "unknown");
    ok(agentApi.post(steps, body("step", "ACKNOWLEDGEMENT")));
    assertThat(
            agentApi
                .post(steps, body("step", "APOLOGY_AND_EXPLANATION", "note", "x".repeat(2001)))
                .refusedFields())
        .containsEntry("note", "max-length");
    assertThat(agentApi.post(steps, body("step", "APOLOGY_AND_EXPLANATION")).refusedFields())
        .containsEntry("note", "required");
    ok(agentApi.post(steps, body("step", "APOLOGY_AND_EXPLANATION", "note", "Sorry.")));
    // a compensation before its step
    assertThat(
            agentApi
                .post(complaint(caseId) + "/compensation", body("type", "GIFT", "amount", 10))
                .refusedFields())
        .containsEntry("step", "order");
    ok(agentApi.post(steps, body("step", "RESOLUTION_PROPOSAL", "note", "A gift.")));

    // the compensation's value, type, currency and order
    String compensation = complaint(caseId) + "/compensation";
    assertThat(agentApi.post(compensation, body("type", "GIFT", "amount", -5)).refusedFields())
        .containsEntry("amount", "negative");
    assertThat(agentApi.post(compensation, body("type", "CAKE", "amount", 5)).refusedFields())
        .containsEntry("type", "unknown");
    assertThat(
            agentApi
                .post(compensation, body("type", "CREDIT", "amount", 5, "currency", "XYZ"))
                .refusedFields())
        .containsEntry("currency", "unknown");
    assertThat(
            agentApi
                .post(compensation, body("type", "REFUND", "amount", 301, "orderNumber", order))
                .refusedFields())
        .containsEntry("amount", "exceeds-refundable");
    assertThat(
            agentApi
                .post(
                    compensation, body("type", "REFUND", "amount", 10, "orderNumber", othersOrder))
                .refusedFields())
        .containsEntry("orderNumber", "not-found");
    assertThat(
            agentApi
                .post(compensation, body("type", "GIFT", "amount", 5, "note", "n".repeat(2001)))
                .refusedFields())
        .containsEntry("note", "max-length");
    // in Chinese for a Chinese reader
    ApiClient.Response chinese =
        agentApi.send(
            agentApi
                .builder(compensation)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"GIFT\",\"amount\":-1}")));
    assertThat(chinese.refusedFields()).containsEntry("amount", "negative");
    assertThat(chinese.json().get("errors").get(0).get("message").asString()).isEqualTo("价值不能为负数。");
    assertThat(
            world.rows("select count(*) from support_compensation where case_id = :case", caseId))
        .isZero();
    assertThat(world.refunded(order)).isEqualByComparingTo("0");

    // a compensation within the limit needs no approval; satisfaction only after the resolution
    JsonNode gift = ok(agentApi.post(compensation, body("type", "GIFT", "amount", "50.5")));
    assertThat(gift.get("compensation").get("status").asString()).isEqualTo("APPROVED");
    assertThat(gift.get("compensation").get("approvedBy").isNull()).isTrue();
    assertThat(agentApi.post(compensation, body("type", "GIFT", "amount", 1)).refusedFields())
        .containsEntry("type", "exists");
    assertThat(
            managerApi
                .post(complaint(caseId) + "/compensation/approval", body("approved", true))
                .refusedFields())
        .containsEntry("approval", "not-pending");
    assertThat(agentApi.post(complaint(caseId) + "/satisfaction", body("score", 3)).refusedFields())
        .containsEntry("score", "order");

    // a step on a case that is not a complaint
    UUID inquiry = world.openCase(agentApi, customer, "INQUIRY");
    assertThat(
            agentApi
                .post(complaint(inquiry) + "/steps", body("step", "ACKNOWLEDGEMENT"))
                .refusedFields())
        .containsEntry("step", "not-a-complaint");
    assertThat(agentApi.get(complaint(inquiry)).status()).isEqualTo(404);
    assertThat(
            world.rows(
                "select count(*) from support_complaint_step where case_id = :case", inquiry))
        .isZero();
  }

  @Test
  void aRejectedCompensationSaysWhyAndALaterOneMayBeProposedOrPassedOver() {
    UUID customer = world.customer(unique("Zhou Min"), null, agent);
    UUID caseId = world.openCase(agentApi, customer, "COMPLAINT");
    String steps = complaint(caseId) + "/steps";
    ok(agentApi.post(steps, body("step", "ACKNOWLEDGEMENT")));
    ok(agentApi.post(steps, body("step", "APOLOGY_AND_EXPLANATION", "note", "Sorry.")));
    ok(agentApi.post(steps, body("step", "RESOLUTION_PROPOSAL", "note", "Credit.")));
    ok(
        agentApi.post(
            complaint(caseId) + "/compensation", body("type", "CREDIT", "amount", "1000.01")));

    String approval = complaint(caseId) + "/compensation/approval";
    assertThat(managerApi.post(approval, body("approved", false)).refusedFields())
        .containsEntry("reason", "required");
    JsonNode rejected =
        ok(managerApi.post(approval, body("approved", false, "reason", "Too generous.")));
    assertThat(rejected.get("compensation").get("status").asString()).isEqualTo("REJECTED");
    assertThat(rejected.get("compensation").get("rejectionReason").asString())
        .isEqualTo("Too generous.");
    assertThat(agentApi.post(steps, body("step", "COMPENSATION")).refusedFields())
        .containsEntry("compensation", "required");
    assertThat(
            agentApi
                .post(steps, body("step", "COMPENSATION", "noCompensation", true))
                .refusedFields())
        .containsEntry("note", "required");
    JsonNode passed =
        ok(
            agentApi.post(
                steps,
                body("step", "COMPENSATION", "noCompensation", true, "note", "Declined by us.")));
    JsonNode step = passed.get("steps").get(3);
    assertThat(step.get("state").asString()).isEqualTo("DONE");
    assertThat(step.get("skipped").asBoolean()).isTrue();
    assertThat(passed.get("step").asString()).isEqualTo("RESOLUTION");
  }

  @Test
  void aComplaintResolvedThroughTheWorkflowHasItsResolutionStepAndSatisfactionCheck()
      throws Exception {
    String email = "brown." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    UUID customer = world.customer(unique("Alice Brown"), email, agent);
    UUID caseId = world.openCase(agentApi, customer, "COMPLAINT");
    ok(agentApi.post(complaint(caseId) + "/steps", body("step", "ACKNOWLEDGEMENT")));
    MimeMessage mail = mailTo(email);
    String code = agentApi.get("/api/v1/cases/" + caseId).json().get("code").asString();
    assertThat(mail.getSubject()).startsWith("[#" + code + "] We received your complaint: ");

    ok(
        agentApi.post(
            "/api/v1/cases/" + caseId + "/transitions",
            body("to", "RESOLVED", "resolution", "Solved on the phone.")));
    JsonNode after =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> ok(agentApi.get(complaint(caseId))),
                c -> !c.get("satisfactionCheck").isNull());
    JsonNode resolution = after.get("steps").get(4);
    assertThat(resolution.get("state").asString()).isEqualTo("DONE");
    assertThat(resolution.get("doneBy").isNull()).isTrue();
    // the steps skipped on the way are still the current ones, in order
    assertThat(after.get("step").asString()).isEqualTo("APOLOGY_AND_EXPLANATION");
  }

  @Test
  void theCasePagePanelShowsTheStepperAndItsFormsRecordTheNextStep() {
    UserAccount chineseAgent = world.user(branch, "CUSTOMER_SERVICE_ASSISTANT", "zh-CN");
    UUID customer = world.customer(unique("李明"), null, chineseAgent);
    UUID caseId = world.openCase(world.api(chineseAgent), customer, "COMPLAINT");
    PageClient pages = world.pages(chineseAgent, "zh-CN");
    String panel = "/cases/" + caseId + "/complaint";

    PageClient.Page page = pages.get(panel, Map.of("HX-Request", "true"));
    assertThat(page.status()).isEqualTo(200);
    Document doc = page.document();
    assertThat(doc.select("#complaint-stepper li")).hasSize(7);
    assertThat(doc.select("#complaint-step-ACKNOWLEDGEMENT").attr("data-state"))
        .isEqualTo("CURRENT");
    assertThat(doc.select("#complaint-step-ACKNOWLEDGEMENT").text()).contains("确认受理");
    assertThat(doc.select("#complaint-acknowledge")).hasSize(1);
    assertThat(doc.select("#complaint-step-ACKNOWLEDGEMENT").text()).doesNotContain("已发送");

    PageClient.Page posted = pages.post(panel + "/steps", Map.of("step", "ACKNOWLEDGEMENT"));
    assertThat(posted.status()).isEqualTo(302);
    assertThat(posted.location()).endsWith("/cases/" + caseId);
    Document after = pages.get(panel, Map.of("HX-Request", "true")).document();
    assertThat(after.select("#complaint-step-ACKNOWLEDGEMENT").attr("data-state"))
        .isEqualTo("DONE");
    assertThat(after.select("#complaint-step-ACKNOWLEDGEMENT .step-not-mailed").text())
        .isEqualTo("未发送确认邮件：该客户没有邮箱。");
    assertThat(after.select("#complaint-step-APOLOGY_AND_EXPLANATION").attr("data-state"))
        .isEqualTo("CURRENT");
    assertThat(after.select("#complaint-step-form textarea[name=note]")).hasSize(1);

    // a manager sees the approval form only while a compensation waits
    assertThat(after.select("#complaint-approval-form")).isEmpty();
  }

  private static MimeMessage mailTo(String address) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> received(address).size() == 1);
    return received(address).get(0);
  }

  private static List<MimeMessage> received(String address) throws Exception {
    List<MimeMessage> mine = new ArrayList<>();
    for (MimeMessage m : MAIL.getReceivedMessages()) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equals(address))) {
        mine.add(m);
      }
    }
    return mine;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
