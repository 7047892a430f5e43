package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.errors;
import static io.pyra.interaction.InteractionStaff.job;
import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Jobs (seed 003): one customer, many jobs in many countries; contact records link to them. */
@PyraIntegrationTest
class JobApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  InteractionStaff staff;
  OrgUnit branch;
  UserAccount assistant;
  ApiClient api;
  String customerId;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    branch = staff.branch();
    assistant = staff.user(branch.id(), "CUSTOMER_SERVICE_ASSISTANT");
    api = staff.as(assistant);
    customerId = staff.customer(assistant, null).get("id").asString();
  }

  @Test
  void createsAJobWithAGeneratedCodeAndListsTheCustomersJobsByFilter() {
    ApiClient.Response created = api.post("/api/v1/jobs", job(customerId));
    Map<String, Object> second = job(customerId);
    second.put("country", "de");
    second.put("serviceCategory", "maintenance_construction");
    second.put("status", "ACTIVE");
    ApiClient.Response other = api.post("/api/v1/jobs", second);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode json = created.json();
    assertThat(json.get("code").asString()).matches("J-\\d{6}");
    assertThat(created.header("Location")).endsWith("/api/v1/jobs/" + json.get("id").asString());
    assertThat(created.header("ETag")).isEqualTo("\"" + json.get("version").asLong() + "\"");
    assertThat(json.get("status").asString()).isEqualTo("OPEN");
    assertThat(json.get("serviceCategory").asString()).isEqualTo("CONSULTING");
    assertThat(other.json().get("country").asString()).isEqualTo("DE");
    assertThat(api.get("/api/v1/jobs/" + json.get("id").asString()).json().get("name").asString())
        .isEqualTo(json.get("name").asString());
    String list = "/api/v1/jobs?customerId=" + customerId;
    assertThat(api.get(list).json().get("items").size()).isEqualTo(2);
    assertThat(api.get(list + "&country=DE").json().get("items").get(0).get("id").asString())
        .isEqualTo(other.json().get("id").asString());
    assertThat(api.get(list + "&status=OPEN&serviceCategory=CONSULTING").json().get("items").size())
        .isEqualTo(1);
    JsonNode page = api.get(list + "&limit=1").json();
    assertThat(
            api.get(list + "&limit=1&cursor=" + page.get("nextCursor").asString())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString())
        .isNotEqualTo(page.get("items").get(0).get("id").asString());
    assertThat(api.get("/api/v1/service-categories").json().size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void badJobInputIsRefusedNamingTheFieldAndRule() {
    long before = count();
    assertThat(errors(api.post("/api/v1/jobs", with(job(customerId), "country", "ZZ"))))
        .containsEntry("country", "iso-3166");
    assertThat(errors(api.post("/api/v1/jobs", with(job(customerId), "country", null))))
        .containsEntry("country", "required");
    assertThat(
            errors(api.post("/api/v1/jobs", with(job(customerId), "serviceCategory", "GARDENING"))))
        .containsEntry("serviceCategory", "unknown");
    assertThat(errors(api.post("/api/v1/jobs", with(job(customerId), "status", "COMPLETED"))))
        .containsEntry("status", "initial");
    assertThat(errors(api.post("/api/v1/jobs", with(job(customerId), "name", ""))))
        .containsEntry("name", "required");
    assertThat(
            errors(
                api.post(
                    "/api/v1/jobs",
                    with(job(customerId), "customerId", UUID.randomUUID().toString()))))
        .containsEntry("customerId", "unknown");
    assertThat(count()).isEqualTo(before);
    UserAccount agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    assertThat(staff.as(agent).post("/api/v1/jobs", job(customerId)).status()).isEqualTo(403);
  }

  @Test
  void statusChangesFollowTheLifecycleWithIfMatch() {
    ApiClient.Response created = api.post("/api/v1/jobs", job(customerId));
    String path = "/api/v1/jobs/" + created.json().get("id").asString();

    assertThat(api.patch(path, Map.of("status", "ACTIVE"), null).status()).isEqualTo(428);
    ApiClient.Response active = api.patch(path, Map.of("status", "ACTIVE"), created.header("ETag"));
    assertThat(active.status()).as(active.body()).isEqualTo(200);
    assertThat(api.patch(path, Map.of("status", "COMPLETED"), created.header("ETag")).status())
        .isEqualTo(412);
    ApiClient.Response done =
        api.patch(path, Map.of("status", "COMPLETED", "office", "Wan Chai"), active.header("ETag"));
    assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.json().get("office").asString()).isEqualTo("Wan Chai");

    ApiClient.Response reopened = api.patch(path, Map.of("status", "ACTIVE"), done.header("ETag"));
    assertThat(reopened.status()).isEqualTo(422);
    assertThat(errors(reopened)).containsEntry("status", "transition");
    assertThat(reopened.json().get("detail").asString()).contains("COMPLETED").contains("ACTIVE");
    assertThat(api.get(path).json().get("status").asString()).isEqualTo("COMPLETED");
    Map<String, Object> clear = new java.util.HashMap<>();
    clear.put("office", null);
    ApiClient.Response cleared = api.patch(path, clear, done.header("ETag"));
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.json().get("office").isNull()).isTrue();
    assertThat(cleared.json().get("name").asString())
        .isEqualTo(created.json().get("name").asString());
  }

  @Test
  void aJobOfACustomerInAnotherUnitIsNotFoundAndARecordTakesItsJobsLocation() {
    String jobId = api.post("/api/v1/jobs", job(customerId)).json().get("id").asString();
    UserAccount outsider = staff.user(staff.branch().id(), "CUSTOMER_SERVICE_ASSISTANT");
    assertThat(staff.as(outsider).get("/api/v1/jobs/" + jobId).status()).isEqualTo(404);
    assertThat(
            staff
                .as(outsider)
                .get("/api/v1/jobs?customerId=" + customerId)
                .json()
                .get("items")
                .size())
        .isZero();

    Map<String, Object> body = record(customerId, "CONSULTATION", null);
    body.put("jobId", jobId);
    JsonNode logged = api.post("/api/v1/interactions", body).json();
    assertThat(logged.get("jobId").asString()).isEqualTo(jobId);
    assertThat(logged.get("country").asString()).isEqualTo("HK");
    assertThat(logged.get("office").asString()).isEqualTo("Central");
    assertThat(api.get("/api/v1/interactions?jobId=" + jobId).json().get("items").size())
        .isEqualTo(1);
  }

  @Test
  void mergingCustomersMovesTheirJobsAndContactRecordsToTheSurvivor() {
    String mergedId = staff.customer(assistant, null).get("id").asString();
    String jobId = api.post("/api/v1/jobs", job(mergedId)).json().get("id").asString();
    Map<String, Object> body = record(mergedId, "ORDER", null);
    body.put("jobId", jobId);
    String recordId = api.post("/api/v1/interactions", body).json().get("id").asString();

    ApiClient.Response merge =
        staff
            .admin()
            .post(
                "/api/v1/customers/" + customerId + "/merge",
                Map.of("mergedId", mergedId, "fields", Map.of()));
    assertThat(merge.status()).as(merge.body()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(
                      api.get("/api/v1/interactions/" + recordId)
                          .json()
                          .get("customerId")
                          .asString())
                  .isEqualTo(customerId);
              assertThat(api.get("/api/v1/jobs/" + jobId).json().get("customerId").asString())
                  .isEqualTo(customerId);
            });
    assertThat(api.get("/api/v1/interactions?customerId=" + customerId).json().get("items").size())
        .isEqualTo(1);
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    body.put(field, value);
    return body;
  }

  private long count() {
    return jdbc.sql("select count(*) from interaction_job").query(Long.class).single();
  }
}
