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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Tasks over the API: create, idempotency, reading, lists with filters and a cursor, changes with
 * If-Match.
 */
@PyraIntegrationTest
class TaskApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TaskStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UUID customer;

  @BeforeEach
  void setUp() {
    staff = new TaskStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    customer = staff.customer(unique("Chen Jing"), consultant, unit);
  }

  @Test
  void createsATaskForOneselfWithLocationETagAndDefaults() {
    Instant due = Instant.now().plus(Duration.ofDays(1));
    ApiClient api = staff.api(consultant);

    ApiClient.Response created =
        api.post("/api/v1/tasks", task("Call back about IELTS", customer, null, due));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode json = created.json();
    String id = json.get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/tasks/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"" + json.get("version").asLong() + "\"");
    assertThat(json.get("customerId").asString()).isEqualTo(customer.toString());
    assertThat(json.get("title").asString()).isEqualTo("Call back about IELTS");
    assertThat(json.get("type").asString()).isEqualTo("CALL_BACK");
    assertThat(json.get("assigneeId").asString()).isEqualTo(consultant.id().toString());
    assertThat(Instant.parse(json.get("dueAt").asString()))
        .isEqualTo(due.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(json.get("priority").asString()).isEqualTo("NORMAL");
    assertThat(json.get("status").asString()).isEqualTo("OPEN");
    assertThat(json.get("completedAt").isNull()).isTrue();

    ApiClient.Response read = api.get("/api/v1/tasks/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    assertThat(read.json().get("customerName").asString()).startsWith("Chen Jing");
  }

  @Test
  void aFollowUpTaskLinksTheRecordAndJobItCameFromAndTakesTheirCustomer() {
    UUID record = staff.record(customer, consultant, "Asked about weekend classes");
    UUID job = staff.job(customer, consultant);
    Map<String, Object> body =
        task("Send the weekend timetable", null, null, Instant.now().plusSeconds(3600));
    body.put("recordId", record);
    body.put("jobId", job);
    body.put("notes", "Both campuses");
    body.put("priority", "HIGH");

    ApiClient.Response created = staff.api(consultant).post("/api/v1/tasks", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("customerId").asString()).isEqualTo(customer.toString());
    assertThat(created.json().get("recordId").asString()).isEqualTo(record.toString());
    assertThat(created.json().get("jobId").asString()).isEqualTo(job.toString());
    assertThat(created.json().get("notes").asString()).isEqualTo("Both campuses");
    assertThat(created.json().get("priority").asString()).isEqualTo("HIGH");
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyMakesOneTask() {
    ApiClient api = staff.api(consultant);
    Map<String, Object> body =
        task(unique("Retry"), customer, null, Instant.now().plusSeconds(600));
    String key = UUID.randomUUID().toString();
    long before = staff.taskCount();

    ApiClient.Response first =
        api.send(
            api.builder("/api/v1/tasks")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(body))));
    ApiClient.Response second =
        api.send(
            api.builder("/api/v1/tasks")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(body))));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(staff.taskCount()).isEqualTo(before + 1);

    body.put("title", "Something else");
    ApiClient.Response reused =
        api.send(
            api.builder("/api/v1/tasks")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(body))));
    assertThat(reused.status()).isEqualTo(422);
    assertThat(TaskBadInputTests.fields(reused)).containsEntry("Idempotency-Key", "reused");
    assertThat(staff.taskCount()).isEqualTo(before + 1);
  }

  @Test
  void patchNeedsTheCurrentVersionAndMovesTheStatus() {
    ApiClient api = staff.api(consultant);
    ApiClient.Response created =
        api.post(
            "/api/v1/tasks",
            task("Prepare visit", customer, null, Instant.now().plusSeconds(7200)));
    String path = "/api/v1/tasks/" + created.json().get("id").asString();

    assertThat(api.patch(path, Map.of("status", "IN_PROGRESS"), null).status()).isEqualTo(428);
    ApiClient.Response started =
        api.patch(
            path, Map.of("status", "IN_PROGRESS", "priority", "URGENT"), created.header("ETag"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(started.json().get("priority").asString()).isEqualTo("URGENT");
    assertThat(started.json().get("title").asString()).isEqualTo("Prepare visit");
    assertThat(started.header("ETag")).isNotEqualTo(created.header("ETag"));

    ApiClient.Response stale =
        api.patch(path, Map.of("title", "Overwritten"), created.header("ETag"));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(api.get(path).json().get("title").asString()).isEqualTo("Prepare visit");

    ApiClient.Response done = api.patch(path, Map.of("status", "DONE"), started.header("ETag"));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.json().get("status").asString()).isEqualTo("DONE");
    assertThat(done.json().get("completedAt").isNull()).isFalse();
    assertThat(
            jdbc.sql(
                    "select action from platform_audit_entry where record_type = 'interaction_task' and record_id = ?"
                        + " order by id")
                .param(created.json().get("id").asString())
                .query(String.class)
                .list())
        .as("every change is in the audit log")
        .hasSize(3);
  }

  @Test
  void listsVisibleTasksByDueTimeWithFiltersAndACursor() {
    ApiClient api = staff.api(consultant);
    UUID other = staff.customer(unique("Other"), consultant, unit);
    Instant base = Instant.now().plus(Duration.ofDays(2));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(
          api.post(
                  "/api/v1/tasks",
                  task("Task " + i, customer, null, base.plus(Duration.ofHours(i))))
              .json()
              .get("id")
              .asString());
    }
    String otherId =
        api.post(
                "/api/v1/tasks",
                task("Other customer", other, null, base.minus(Duration.ofHours(1))))
            .json()
            .get("id")
            .asString();
    api.patch(
        "/api/v1/tasks/" + ids.get(2),
        Map.of("status", "CANCELLED"),
        api.get("/api/v1/tasks/" + ids.get(2)).header("ETag"));
    String mine = "/api/v1/tasks?assigneeId=" + consultant.id();

    JsonNode first = api.get(mine + "&limit=2").json();
    assertThat(ids(first)).containsExactly(otherId, ids.get(0));
    JsonNode second =
        api.get(mine + "&limit=2&cursor=" + first.get("nextCursor").asString()).json();
    assertThat(ids(second)).containsExactly(ids.get(1), ids.get(2));
    assertThat(second.get("nextCursor").isNull()).isTrue();

    assertThat(ids(api.get(mine + "&status=OPEN,IN_PROGRESS").json()))
        .containsExactly(otherId, ids.get(0), ids.get(1));
    assertThat(ids(api.get(mine + "&status=CANCELLED").json())).containsExactly(ids.get(2));
    assertThat(ids(api.get("/api/v1/tasks?customerId=" + customer).json()))
        .containsExactly(ids.toArray(String[]::new));
    assertThat(ids(api.get(mine + "&dueBefore=" + base.plus(Duration.ofMinutes(30))).json()))
        .containsExactly(otherId, ids.get(0));
    assertThat(api.get(mine + "&status=FINISHED").status()).isEqualTo(422);
    assertThat(api.get(mine + "&cursor=nonsense").status()).isEqualTo(422);
  }

  static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  static String json(Object body) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
  }
}
