package io.pyra.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases over the API (issue 15, items 1 and 2): opened by whoever serves a customer they may see,
 * prioritised by the customer's grade and the severity, moved through the workflow the way it
 * allows, every change on the history; bad input refused naming the field with nothing stored.
 */
@PyraIntegrationTest
class CaseApiTests {

  static final String CASES = "/api/v1/cases";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  ApiClient admin;
  OrgFixtures fixtures;
  OrgUnit branch;
  UserAccount assistant;
  ApiClient service;

  @BeforeEach
  void setUp() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    assistant = fixtures.user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    service = new ApiClient(port).signIn(assistant.username(), OrgFixtures.PASSWORD);
  }

  @Test
  void anAssistantOpensACaseThatIsTheirsInTheirTeamAndOnItsHistory() {
    UUID customer = customer(service, "Case customer");
    ApiClient.Response opened = service.post(CASES, body(customer, "COMPLAINT", "SERIOUS"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonNode c = opened.json();
    assertThat(c.get("code").asString()).matches("CS-\\d{6}");
    assertThat(c.get("status").asString()).isEqualTo("NEW");
    assertThat(c.get("assigneeId").asString()).isEqualTo(assistant.id().toString());
    assertThat(c.get("teamId").asString()).isEqualTo(branch.id().toString());
    // no grade yet: counts as grade C; C serious is priority 5 (A 1-2, B 3-4, C 5-6)
    assertThat(c.get("grade").asString()).isEqualTo("C");
    assertThat(c.get("priority").asInt()).isEqualTo(5);
    assertThat(c.get("slaState").asString()).isEqualTo("ON_TRACK");
    Instant created = Instant.parse(c.get("createdAt").asString());
    assertThat(Instant.parse(c.get("firstResponseDueAt").asString())).isAfter(created);
    assertThat(Instant.parse(c.get("resolutionDueAt").asString()))
        .isAfter(Instant.parse(c.get("firstResponseDueAt").asString()));
    assertThat(opened.header("Location")).endsWith(c.get("id").asString());

    ApiClient.Response history = service.get(CASES + "/" + c.get("id").asString() + "/history");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.json().get(0).get("kind").asString()).isEqualTo("OPENED");
    assertThat(history.json().get(0).get("actorName").asString())
        .isEqualTo("Staff " + assistant.username());
  }

  @Test
  void theCustomersGradeSetsThePriorityAGradeACustomerFirst() {
    UUID a = customer(service, "Grade A");
    UUID c = customer(service, "Grade C");
    override(a, "A");
    JsonNode minorA = open(service, body(a, "REQUEST", "MINOR"));
    JsonNode seriousC = open(service, body(c, "COMPLAINT", "SERIOUS"));
    JsonNode seriousA = open(service, body(a, "COMPLAINT", "SERIOUS"));
    assertThat(minorA.get("grade").asString()).isEqualTo("A");
    assertThat(minorA.get("priority").asInt()).isEqualTo(2);
    assertThat(seriousA.get("priority").asInt()).isEqualTo(1);
    assertThat(seriousC.get("priority").asInt()).isEqualTo(5);

    // the queue of the team: by priority, then the nearest deadline
    ApiClient.Response queue = service.get(CASES + "?teamId=" + branch.id());
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    queue.json().get("items").forEach(i -> codes.add(i.get("code").asString()));
    assertThat(codes)
        .containsExactly(
            seriousA.get("code").asString(),
            minorA.get("code").asString(),
            seriousC.get("code").asString());
  }

  @Test
  void theWorkflowMovesTheCaseAndRefusesWhatItDoesNotAllow() {
    UUID customer = customer(service, "Workflow");
    JsonNode c = open(service, body(customer, "COMPLAINT", "MINOR"));
    String path = CASES + "/" + c.get("id").asString();

    assertThat(move(path, "CLOSED", null).refusedFields()).containsEntry("to", "workflow");
    JsonNode progress = move(path, "IN_PROGRESS", null).json();
    assertThat(progress.get("firstRespondedAt").isNull()).isFalse();

    JsonNode waiting = move(path, "WAITING_ON_CUSTOMER", "Asked for the invoice").json();
    assertThat(waiting.get("slaState").asString()).isEqualTo("PAUSED");
    move(path, "IN_PROGRESS", "The customer answered");

    assertThat(move(path, "RESOLVED", null).refusedFields())
        .containsEntry("resolution", "required");
    JsonNode resolved = move(path, "RESOLVED", "Moved to another teacher").json();
    assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
    assertThat(resolved.get("resolution").asString()).isEqualTo("Moved to another teacher");
    assertThat(resolved.get("slaState").asString()).isEqualTo("MET");

    // a complaint is closed only with its root cause
    assertThat(move(path, "CLOSED", null).refusedFields()).containsEntry("rootCause", "required");
    assertThat(service.get(path).json().get("status").asString()).isEqualTo("RESOLVED");

    // reopened within the window
    JsonNode reopened = move(path, "IN_PROGRESS", "Not fixed after all").json();
    assertThat(reopened.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(reopened.get("resolvedAt").isNull()).isTrue();

    List<String> kinds = new ArrayList<>();
    service
        .get(path + "/history")
        .json()
        .forEach(e -> kinds.add(e.get("kind").asString() + ":" + e.get("to").asString()));
    assertThat(kinds)
        .containsSubsequence(
            "OPENED:NEW",
            "STATUS:IN_PROGRESS",
            "STATUS:WAITING_ON_CUSTOMER",
            "STATUS:IN_PROGRESS",
            "STATUS:RESOLVED",
            "STATUS:IN_PROGRESS");
  }

  @Test
  void aReopenAfterTheWindowIsRefused() {
    UUID customer = customer(service, "Late reopen");
    JsonNode c = open(service, body(customer, "REQUEST", "MINOR"));
    String path = CASES + "/" + c.get("id").asString();
    move(path, "RESOLVED", "Done");
    jdbc.sql("update support_case set resolved_at = resolved_at - interval '31' day where id = ?")
        .param(UUID.fromString(c.get("id").asString()))
        .update();
    assertThat(move(path, "IN_PROGRESS", "again").refusedFields())
        .containsEntry("to", "reopen-window");
    assertThat(service.get(path).json().get("status").asString()).isEqualTo("RESOLVED");
  }

  @Test
  void aCaseForACustomerTheUserMayNotSeeIsRefusedAndNothingIsStored() {
    OrgUnit other = fixtures.branch();
    UserAccount elsewhere = fixtures.user(other, "CUSTOMER_SERVICE_ASSISTANT");
    UUID hidden =
        customer(new ApiClient(port).signIn(elsewhere.username(), OrgFixtures.PASSWORD), "Hidden");
    long before = count();
    Map<String, String> refused =
        service.post(CASES, body(hidden, "COMPLAINT", "SERIOUS")).refusedFields();
    assertThat(refused).containsEntry("customerId", "not-found");
    Map<String, String> unknown =
        service.post(CASES, body(UUID.randomUUID(), "COMPLAINT", "SERIOUS")).refusedFields();
    assertThat(unknown).containsEntry("customerId", "not-found");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void everyBadFieldIsNamedInTheCallersLanguageAndNothingIsStored() {
    UUID customer = customer(service, "Bad input");
    long before = count();
    Map<String, Object> bad = new HashMap<>();
    bad.put("customerId", customer.toString());
    bad.put("type", "GRUMBLE");
    bad.put("severity", "MEDIUM");
    bad.put("channel", "PIGEON");
    bad.put("subject", "Broken heater");
    bad.put("serviceCategory", "NOPE");
    bad.put("contactId", UUID.randomUUID().toString());
    ApiClient.Response response = service.post(CASES, bad);
    assertThat(response.refusedFields())
        .containsEntry("type", "unknown")
        .containsEntry("severity", "unknown")
        .containsEntry("channel", "unknown")
        .containsEntry("serviceCategory", "unknown")
        .containsEntry("contactId", "customer-mismatch");
    Map<String, Object> tooLong = body(customer, "COMPLAINT", "MINOR");
    tooLong.put("subject", "x".repeat(201));
    assertThat(service.post(CASES, tooLong).refusedFields()).containsKey("subject");
    ApiClient.Response zh =
        service.send(
            service
                .builder(CASES)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("customerId", customer.toString())))));
    assertThat(zh.status()).isEqualTo(422);
    assertThat(zh.body()).contains("请选择工单类型").contains("请填写工单主题");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aRetriedCreateWithItsKeyOpensOneCase() {
    UUID customer = customer(service, "Idempotent");
    String key = UUID.randomUUID().toString();
    ApiClient.Response first = postWithKey(body(customer, "INQUIRY", "MINOR"), key);
    ApiClient.Response again = postWithKey(body(customer, "INQUIRY", "MINOR"), key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(
            jdbc.sql("select count(*) from support_case where customer_id = ?")
                .param(customer)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aChangeNeedsTheVersionReadAndAChangedSeverityMovesPriorityAndDeadlines() {
    UUID customer = customer(service, "Change");
    JsonNode c = open(service, body(customer, "REQUEST", "MINOR"));
    String path = CASES + "/" + c.get("id").asString();
    String etag = service.get(path).header("ETag");
    Map<String, Object> change = body(customer, "REQUEST", "SERIOUS");
    assertThat(service.put(path, change, null).status()).isEqualTo(428);
    ApiClient.Response changed = service.put(path, change, etag);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("priority").asInt()).isEqualTo(5);
    assertThat(Instant.parse(changed.json().get("resolutionDueAt").asString()))
        .isBefore(Instant.parse(c.get("resolutionDueAt").asString()));
    assertThat(service.put(path, body(customer, "REQUEST", "MINOR"), etag).status()).isEqualTo(412);
    List<String> kinds = new ArrayList<>();
    service.get(path + "/history").json().forEach(e -> kinds.add(e.get("kind").asString()));
    assertThat(kinds).contains("SEVERITY", "DEADLINE");
  }

  @Test
  void aManagerOverridesThePriorityWithAReasonAndAnAssistantMayNot() {
    UUID customer = customer(service, "Priority");
    JsonNode c = open(service, body(customer, "COMPLAINT", "MINOR"));
    String path = CASES + "/" + c.get("id").asString() + "/priority";
    assertThat(service.put(path, Map.of("priority", 1, "reason", "VIP")).status()).isEqualTo(403);
    UserAccount principal = fixtures.user(branch, "CENTRE_PRINCIPAL");
    ApiClient manager = new ApiClient(port).signIn(principal.username(), OrgFixtures.PASSWORD);
    assertThat(manager.put(path, Map.of("priority", 1)).refusedFields())
        .containsEntry("reason", "required");
    assertThat(manager.put(path, Map.of("priority", 9, "reason", "x")).refusedFields())
        .containsEntry("priority", "range");
    JsonNode overridden =
        manager.put(path, Map.of("priority", 1, "reason", "Press coverage")).json();
    assertThat(overridden.get("priority").asInt()).isEqualTo(1);
    assertThat(overridden.get("priorityOverridden").asBoolean()).isTrue();
    assertThat(overridden.get("priorityReason").asString()).isEqualTo("Press coverage");
  }

  @Test
  void anAgentSeesOnlyTheCasesAssignedToThem() {
    UUID customer = customer(service, "Own scope");
    JsonNode forTeam = open(service, body(customer, "INQUIRY", "MINOR"));
    UserAccount agent = fixtures.user(branch, "CALL_CENTRE_AGENT");
    ApiClient agentApi = new ApiClient(port).signIn(agent.username(), OrgFixtures.PASSWORD);
    assertThat(agentApi.get(CASES + "/" + forTeam.get("id").asString()).status()).isEqualTo(404);
    Map<String, Object> theirs = body(customer, "INQUIRY", "MINOR");
    theirs.put("assigneeId", agent.id().toString());
    JsonNode given = open(service, theirs);
    assertThat(agentApi.get(CASES + "/" + given.get("id").asString()).status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    agentApi.get(CASES).json().get("items").forEach(i -> ids.add(i.get("id").asString()));
    assertThat(ids)
        .contains(given.get("id").asString())
        .doesNotContain(forTeam.get("id").asString());
  }

  // --- helpers

  static final JsonMapper JSON = JsonMapper.builder().build();

  UUID customer(ApiClient api, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
    body.put("stage", "ACTIVE");
    ApiClient.Response created = api.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asString());
  }

  void override(UUID customer, String grade) {
    ApiClient.Response set =
        admin.put(
            "/api/v1/customers/" + customer + "/grade-override",
            Map.of("grade", grade, "reason", "test"));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  static Map<String, Object> body(UUID customer, String type, String severity) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customer.toString());
    body.put("type", type);
    body.put("severity", severity);
    body.put("channel", "PHONE");
    body.put("subject", type + " " + severity);
    body.put("description", "As told on the phone");
    return body;
  }

  static JsonNode open(ApiClient api, Map<String, Object> body) {
    ApiClient.Response opened = api.post(CASES, body);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json();
  }

  ApiClient.Response move(String path, String to, String text) {
    Map<String, Object> body = new HashMap<>();
    body.put("to", to);
    if ("RESOLVED".equals(to)) {
      body.put("resolution", text);
    } else {
      body.put("reason", text);
    }
    return service.post(path + "/transitions", body);
  }

  ApiClient.Response postWithKey(Map<String, Object> body, String key) {
    return service.send(
        service
            .builder(CASES)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  long count() {
    return jdbc.sql("select count(*) from support_case").query(Long.class).single();
  }
}
