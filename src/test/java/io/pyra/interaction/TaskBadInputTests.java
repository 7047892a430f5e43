package io.pyra.interaction;

import static io.pyra.interaction.TaskStaff.task;
import static io.pyra.interaction.TaskStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every bad input is refused with the field and the rule named, in the caller's language, and
 * changes nothing.
 */
@PyraIntegrationTest
class TaskBadInputTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TaskStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UUID customer;
  ApiClient api;
  Instant tomorrow;

  @BeforeEach
  void setUp() {
    staff = new TaskStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    customer = staff.customer(unique("Zhao Lei"), consultant, unit);
    api = staff.api(consultant);
    tomorrow = Instant.now().plus(Duration.ofDays(1));
  }

  @Test
  void aTaskForAnInactiveUserIsRefused() {
    UserAccount gone = staff.user(unit, "COURSE_CONSULTANT", "en", false);
    refused(
        task("Call", customer, gone.id(), tomorrow),
        "assigneeId",
        "inactive",
        "is no longer active");
  }

  @Test
  void aTaskForAnUnknownUserIsRefused() {
    refused(
        task("Call", customer, UUID.randomUUID(), tomorrow),
        "assigneeId",
        "not-found",
        "no such user");
  }

  @Test
  void aDueTimeBeforeTheCreationTimeIsRefusedInEnglishAndChinese() {
    Map<String, Object> body =
        task("Call", customer, null, Instant.now().minus(Duration.ofMinutes(5)));
    refused(body, "dueAt", "before-creation", "cannot be before the task was created");

    ApiClient.Response chinese =
        api.send(
            api.builder("/api/v1/tasks")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(TaskApiTests.json(body))));
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(chinese.json().get("errors").get(0).get("message").asString())
        .isEqualTo(
            "\u622a\u6b62\u65f6\u95f4\u4e0d\u80fd\u65e9\u4e8e\u4efb\u52a1\u7684\u521b\u5efa\u65f6\u95f4\u3002");
  }

  @Test
  void anUnknownCustomerIsRefused() {
    refused(
        task("Call", UUID.randomUUID(), null, tomorrow), "customerId", "not-found", "no customer");
  }

  @Test
  void aCustomerTheUserMayNotSeeIsRefusedLikeAnUnknownOne() {
    OrgUnit elsewhere = staff.unit();
    UserAccount stranger = staff.user(elsewhere, "COURSE_CONSULTANT");
    UUID hidden = staff.customer(unique("Hidden"), stranger, elsewhere);
    refused(task("Call", hidden, null, tomorrow), "customerId", "not-found", "no customer");
  }

  @Test
  void aRecordOrJobOfAnotherCustomerIsRefused() {
    UUID other = staff.customer(unique("Other"), consultant, unit);
    Map<String, Object> withRecord = task("Call", customer, null, tomorrow);
    withRecord.put("recordId", staff.record(other, consultant, "Someone else's call"));
    refused(withRecord, "recordId", "customer-mismatch", "another customer");

    Map<String, Object> withJob = task("Call", customer, null, tomorrow);
    withJob.put("jobId", staff.job(other, consultant));
    refused(withJob, "jobId", "customer-mismatch", "another customer");

    Map<String, Object> unknownRecord = task("Call", customer, null, tomorrow);
    unknownRecord.put("recordId", UUID.randomUUID());
    refused(unknownRecord, "recordId", "not-found", "no such contact record");
  }

  @Test
  void aMissingTitleAndAnUnknownTypeArePointedOutTogether() {
    Map<String, Object> body = new HashMap<>(task(" ", customer, null, tomorrow));
    body.put("type", "GOSSIP");
    body.put("priority", "SOMEDAY");
    long before = staff.taskCount();

    ApiClient.Response response = api.post("/api/v1/tasks", body);

    assertThat(response.status()).isEqualTo(422);
    assertThat(fields(response))
        .containsEntry("title", "required")
        .containsEntry("type", "one-of")
        .containsEntry("priority", "one-of");
    assertThat(staff.taskCount()).isEqualTo(before);
  }

  @Test
  void aNewTaskCannotStartDone() {
    Map<String, Object> body = task("Call", customer, null, tomorrow);
    body.put("status", "DONE");
    refused(body, "status", "transition", "starts as OPEN");
  }

  @Test
  void aDoneTaskCannotBeReopenedOrChanged() {
    ApiClient.Response created = api.post("/api/v1/tasks", task("Call", customer, null, tomorrow));
    String path = "/api/v1/tasks/" + created.json().get("id").asString();
    ApiClient.Response done = api.patch(path, Map.of("status", "DONE"), created.header("ETag"));

    ApiClient.Response reopen = api.patch(path, Map.of("status", "OPEN"), done.header("ETag"));
    assertThat(reopen.status()).isEqualTo(422);
    assertThat(fields(reopen)).containsEntry("status", "transition");
    assertThat(reopen.json().get("detail").asString()).contains("is done");

    ApiClient.Response retitle = api.patch(path, Map.of("title", "New title"), done.header("ETag"));
    assertThat(retitle.status()).isEqualTo(422);
    assertThat(fields(retitle)).containsEntry("status", "closed");

    ApiClient.Response unknown = api.patch(path, Map.of("status", "ARCHIVED"), done.header("ETag"));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(fields(unknown)).containsEntry("status", "one-of");

    JsonNode now = api.get(path).json();
    assertThat(now.get("status").asString()).isEqualTo("DONE");
    assertThat(now.get("title").asString()).isEqualTo("Call");
    assertThat(api.get(path).header("ETag")).isEqualTo(done.header("ETag"));
  }

  @Test
  void aDueTimeMovedBeforeTheCreationTimeIsRefused() {
    ApiClient.Response created = api.post("/api/v1/tasks", task("Call", customer, null, tomorrow));
    String path = "/api/v1/tasks/" + created.json().get("id").asString();

    ApiClient.Response moved =
        api.patch(
            path,
            Map.of("dueAt", Instant.now().minus(Duration.ofDays(1)).toString()),
            created.header("ETag"));

    assertThat(moved.status()).isEqualTo(422);
    assertThat(fields(moved)).containsEntry("dueAt", "before-creation");
    assertThat(api.get(path).header("ETag")).isEqualTo(created.header("ETag"));
  }

  @Test
  void malformedValuesAreRefusedNamingTheField() {
    Map<String, Object> body = task("Call", customer, null, tomorrow);
    body.put("dueAt", "next tuesday");
    ApiClient.Response response = api.post("/api/v1/tasks", body);
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(fields(response)).as(response.body()).containsEntry("dueAt", "type");
    assertThat(response.json().get("detail").asString()).contains("not a date and time");

    body.put("dueAt", tomorrow.toString());
    body.put("colour", "red");
    ApiClient.Response unknown = api.post("/api/v1/tasks", body);
    assertThat(fields(unknown)).as(unknown.body()).containsEntry("colour", "unknown-field");
  }

  private void refused(Map<String, Object> body, String field, String rule, String message) {
    long before = staff.taskCount();
    ApiClient.Response response = api.post("/api/v1/tasks", body);
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(fields(response)).containsEntry(field, rule);
    assertThat(response.json().get("detail").asString()).contains(message);
    assertThat(staff.taskCount()).isEqualTo(before);
  }

  /** The broken rules of a problem response, field to rule. */
  static Map<String, String> fields(ApiClient.Response response) {
    Map<String, String> fields = new HashMap<>();
    JsonNode errors = response.json().get("errors");
    if (errors != null) {
      errors.forEach(e -> fields.put(e.get("field").asString(), e.get("rule").asString()));
    }
    return fields;
  }
}
