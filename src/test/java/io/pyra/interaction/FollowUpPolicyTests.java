package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.errors;
import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Return visits are limited per role (seed 001: a course consultant, two a week), unless a
 * supervisor overrides.
 */
@PyraIntegrationTest
class FollowUpPolicyTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  InteractionStaff staff;
  OrgUnit branch;
  Instant now;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    branch = staff.branch();
    now = Instant.now();
  }

  @Test
  void aConsultantIsRefusedAThirdReturnVisitInAWeekWithThePolicyNamed() {
    UserAccount consultant = staff.user(branch.id(), "COURSE_CONSULTANT");
    ApiClient api = staff.as(consultant);
    String customerId = staff.customer(consultant, null).get("id").asString();
    assertThat(
            api.post(
                    "/api/v1/interactions",
                    record(customerId, "RETURN_VISIT", now.minus(3, ChronoUnit.DAYS)))
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/interactions",
                    record(customerId, "RETURN_VISIT", now.minus(1, ChronoUnit.DAYS)))
                .status())
        .isEqualTo(201);
    long before = count(customerId);

    ApiClient.Response third =
        api.post("/api/v1/interactions", record(customerId, "RETURN_VISIT", now));

    assertThat(third.status()).isEqualTo(422);
    assertThat(third.json().get("errors").get(0).get("rule").asString())
        .isEqualTo("follow-up-policy");
    assertThat(third.json().get("detail").asString())
        .contains("Course consultant")
        .contains("at most 2 return visit")
        .contains("in 7 day");
    Map<String, Object> withOverride = record(customerId, "RETURN_VISIT", now);
    withOverride.put("override", Map.of("reason", "Customer asked for it"));
    ApiClient.Response notAllowed = api.post("/api/v1/interactions", withOverride);
    assertThat(notAllowed.status()).isEqualTo(422);
    assertThat(errors(notAllowed)).containsEntry("override", "not-permitted");
    assertThat(count(customerId)).isEqualTo(before);

    assertThat(api.post("/api/v1/interactions", record(customerId, "VISIT", now)).status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/interactions",
                    record(customerId, "RETURN_VISIT", now.minus(10, ChronoUnit.DAYS)))
                .status())
        .as("the week ending at that earlier time had no return visit")
        .isEqualTo(201);
  }

  @Test
  void returnVisitsLoggedAtTheSameMomentStayWithinThePolicy() throws Exception {
    UserAccount consultant = staff.user(branch.id(), "COURSE_CONSULTANT");
    String token = staff.as(consultant).token();
    // a race is not lost every time: a few bursts, each at a customer of its own
    for (int round = 0; round < 4; round++) {
      String customerId = staff.customer(consultant, null).get("id").asString();
      List<Request> posts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        // one time for all: each visit counts those up to its own time
        Map<String, Object> body = record(customerId, "RETURN_VISIT", now);
        posts.add(api -> api.post("/api/v1/interactions", body));
      }

      Map<Integer, List<ApiClient.Response>> byStatus = together(token, customerId, posts);

      assertThat(byStatus.getOrDefault(201, List.of()))
          .as("at most 2 return visits a week, round %d", round)
          .hasSize(2);
      assertThat(byStatus.getOrDefault(422, List.of()))
          .hasSize(6)
          .allSatisfy(
              r -> {
                assertThat(r.json().get("errors").get(0).get("rule").asString())
                    .isEqualTo("follow-up-policy");
                assertThat(r.json().get("detail").asString())
                    .contains("Course consultant")
                    .contains("at most 2");
              });
      assertThat(count(customerId)).isEqualTo(2);
    }
  }

  @Test
  void visitsCorrectedToReturnVisitsAtTheSameMomentStayWithinThePolicy() throws Exception {
    UserAccount consultant = staff.user(branch.id(), "COURSE_CONSULTANT");
    ApiClient api = staff.as(consultant);
    for (int round = 0; round < 3; round++) {
      String customerId = staff.customer(consultant, null).get("id").asString();
      assertThat(api.post("/api/v1/interactions", record(customerId, "RETURN_VISIT", now)).status())
          .isEqualTo(201);
      List<Request> corrections = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        ApiClient.Response visit =
            api.post("/api/v1/interactions", record(customerId, "VISIT", now));
        String path = "/api/v1/interactions/" + visit.json().get("id").asString();
        corrections.add(
            client -> client.patch(path, Map.of("type", "RETURN_VISIT"), visit.header("ETag")));
      }

      Map<Integer, List<ApiClient.Response>> byStatus =
          together(api.token(), customerId, corrections);

      assertThat(byStatus.getOrDefault(200, List.of()))
          .as("one more return visit fits the week, round %d", round)
          .hasSize(1);
      assertThat(byStatus.getOrDefault(422, List.of()))
          .hasSize(5)
          .allSatisfy(
              r ->
                  assertThat(r.json().get("errors").get(0).get("rule").asString())
                      .isEqualTo("follow-up-policy"));
      assertThat(
              jdbc.sql(
                      "select count(*) from interaction_record where customer_id = ? and type_id = "
                          + "'00000000-0000-7000-8004-00000000000a'")
                  .param(UUID.fromString(customerId))
                  .query(Long.class)
                  .single())
          .isEqualTo(2);
    }
  }

  /** One request to send as the user whose token is given, over a connection of its own. */
  interface Request {
    ApiClient.Response send(ApiClient api);
  }

  /**
   * Sends the requests at the same moment, each from its own thread and connection, released
   * together by a latch; answers the responses by status.
   */
  private Map<Integer, List<ApiClient.Response>> together(
      String token, String customerId, List<Request> requests) throws Exception {
    CountDownLatch ready = new CountDownLatch(requests.size());
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(requests.size());
    try {
      List<Future<ApiClient.Response>> responses = new ArrayList<>();
      for (Request request : requests) {
        ApiClient api = new ApiClient(port).withToken(token);
        // a first request opens the connection and marks the token used, so the requests meet only
        // where they log
        assertThat(api.get("/api/v1/interactions?customerId=" + customerId).status())
            .isEqualTo(200);
        responses.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return request.send(api);
                }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      Map<Integer, List<ApiClient.Response>> byStatus = new TreeMap<>();
      for (Future<ApiClient.Response> response : responses) {
        ApiClient.Response r = response.get(60, TimeUnit.SECONDS);
        byStatus.computeIfAbsent(r.status(), s -> new ArrayList<>()).add(r);
      }
      assertThat(byStatus.keySet()).as(byStatus.toString()).isSubsetOf(200, 201, 422);
      return byStatus;
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aPrincipalWhoAlsoConsultsOverridesThePolicyWithAReasonThatTheRecordKeeps() {
    UserAccount principal = staff.user(branch.id(), "CENTRE_PRINCIPAL", "COURSE_CONSULTANT");
    ApiClient api = staff.as(principal);
    String customerId = staff.customer(principal, null).get("id").asString();
    api.post(
        "/api/v1/interactions", record(customerId, "RETURN_VISIT", now.minus(2, ChronoUnit.DAYS)));
    api.post(
        "/api/v1/interactions", record(customerId, "RETURN_VISIT", now.minus(1, ChronoUnit.DAYS)));
    assertThat(api.post("/api/v1/interactions", record(customerId, "RETURN_VISIT", now)).status())
        .isEqualTo(422);

    Map<String, Object> noReason = record(customerId, "RETURN_VISIT", now);
    noReason.put("override", Map.of("reason", " "));
    ApiClient.Response refused = api.post("/api/v1/interactions", noReason);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsEntry("override.reason", "required");

    Map<String, Object> body = record(customerId, "RETURN_VISIT", now);
    body.put("override", Map.of("reason", "Parents asked for a call after the exam"));
    ApiClient.Response logged = api.post("/api/v1/interactions", body);

    assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    assertThat(logged.json().get("overrideBy").asString()).isEqualTo(principal.id().toString());
    assertThat(logged.json().get("overrideReason").asString())
        .isEqualTo("Parents asked for a call after the exam");
    assertThat(
            jdbc.sql(
                    "select changes from platform_audit_entry where record_type = 'interaction_record' "
                        + "and record_id = ?")
                .param(logged.json().get("id").asString())
                .query(String.class)
                .single())
        .contains("Parents asked for a call after the exam");
    assertThat(api.post("/api/v1/interactions", record(customerId, "VISIT", now)).status())
        .isEqualTo(201);
  }

  @Test
  void theApiDocumentsTheOverrideForCallersWhoHoldThePermission() {
    JsonNode docs = new ApiClient(port).get("/v3/api-docs").json();

    String post =
        docs.get("paths").get("/api/v1/interactions").get("post").get("summary").asString();
    assertThat(post)
        .contains("\"override\": {\"reason\"")
        .contains("interaction.override")
        .contains("not-permitted")
        .contains("override.reason");
    JsonNode schemas = docs.get("components").get("schemas");
    JsonNode override = schemas.get("OverrideRequest");
    assertThat(override.get("description").asString())
        .contains("interaction.override")
        .contains("overrideBy");
    assertThat(override.get("properties").get("reason").get("maxLength").asInt()).isEqualTo(500);
    assertThat(schemas.get("RecordRequest").get("properties").has("override")).isTrue();
  }

  @Test
  void aSubTypeOfAReturnVisitCountsAndTheMostPermissivePolicyOfTheRolesApplies() {
    ApiClient admin = staff.admin();
    String code =
        "RV_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    assertThat(
            admin
                .post(
                    "/api/v1/interaction-types",
                    Map.of(
                        "code",
                        code,
                        "parent",
                        "RETURN_VISIT",
                        "nameEn",
                        "Exam result call",
                        "nameZh",
                        "考试结果回访"))
                .status())
        .isEqualTo(201);
    Role strict = staff.role("Strict", Map.of("interaction.create", Scope.ORG_UNIT));
    Role lenient = staff.role("Lenient", Map.of("interaction.create", Scope.ORG_UNIT));
    assertThat(
            admin
                .post(
                    "/api/v1/follow-up-policies",
                    Map.of("role", strict.code(), "maxReturnVisits", 1, "periodDays", 7))
                .status())
        .isEqualTo(201);
    assertThat(
            admin
                .post(
                    "/api/v1/follow-up-policies",
                    Map.of("role", lenient.code(), "maxReturnVisits", 3, "periodDays", 7))
                .status())
        .isEqualTo(201);
    UserAccount assistant =
        staff.user(branch.id(), "CALL_CENTRE_AGENT", strict.code(), lenient.code());
    ApiClient api = staff.as(assistant);
    String customerId = staff.customer(assistant, null).get("id").asString();

    for (int i = 3; i >= 1; i--) {
      assertThat(
              api.post(
                      "/api/v1/interactions",
                      record(customerId, code, now.minus(i, ChronoUnit.HOURS)))
                  .status())
          .isEqualTo(201);
    }
    ApiClient.Response fourth = api.post("/api/v1/interactions", record(customerId, code, now));

    assertThat(fourth.status()).isEqualTo(422);
    assertThat(fourth.json().get("detail").asString())
        .contains(lenient.name())
        .contains("at most 3");
  }

  @Test
  void theAdministratorSetsChangesAndRemovesAPolicyPerRole() {
    ApiClient admin = staff.admin();
    Role role = staff.role("Tutor group", Map.of("interaction.create", Scope.ORG_UNIT));

    ApiClient.Response created =
        admin.post(
            "/api/v1/follow-up-policies",
            Map.of("role", role.code(), "maxReturnVisits", 4, "periodDays", 30));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/follow-up-policies/" + role.code());
    assertThat(
            errors(
                admin.post(
                    "/api/v1/follow-up-policies",
                    Map.of("role", role.code(), "maxReturnVisits", 1, "periodDays", 7))))
        .containsEntry("role", "unique");
    assertThat(
            errors(
                admin.post(
                    "/api/v1/follow-up-policies",
                    Map.of("role", "NO_SUCH_ROLE", "maxReturnVisits", 1, "periodDays", 7))))
        .containsEntry("role", "unknown");
    Role other = staff.role("Other", Map.of());
    JsonNode bad =
        admin
            .post(
                "/api/v1/follow-up-policies",
                Map.of("role", other.code(), "maxReturnVisits", -1, "periodDays", 0))
            .json();
    assertThat(bad.get("errors").size()).isEqualTo(2);

    String path = "/api/v1/follow-up-policies/" + role.code();
    assertThat(admin.patch(path, Map.of("maxReturnVisits", 5), null).status()).isEqualTo(428);
    assertThat(admin.patch(path, Map.of("maxReturnVisits", 5), "\"42\"").status()).isEqualTo(412);
    ApiClient.Response changed =
        admin.patch(path, Map.of("maxReturnVisits", 5), created.header("ETag"));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("maxReturnVisits").asInt()).isEqualTo(5);
    assertThat(changed.json().get("periodDays").asInt()).isEqualTo(30);
    assertThat(admin.get("/api/v1/follow-up-policies").json().toString()).contains(role.code());

    UserAccount agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    assertThat(
            staff
                .as(agent)
                .post(
                    "/api/v1/follow-up-policies",
                    Map.of("role", other.code(), "maxReturnVisits", 1, "periodDays", 7))
                .status())
        .isEqualTo(403);
    assertThat(admin.delete(path, changed.header("ETag")).status()).isEqualTo(204);
    assertThat(admin.get(path).status()).isEqualTo(404);
  }

  private long count(String customerId) {
    return jdbc.sql("select count(*) from interaction_record where customer_id = ?")
        .param(UUID.fromString(customerId))
        .query(Long.class)
        .single();
  }
}
