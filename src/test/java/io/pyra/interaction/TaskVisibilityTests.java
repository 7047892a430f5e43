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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who sees a task (assignee, creator, readers of its customer), who may change it, and whom a user
 * may give tasks to ({@code task.assign}: own unit for staff, subtree for a principal, none for
 * finance).
 */
@PyraIntegrationTest
class TaskVisibilityTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TaskStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UUID customer;
  Instant tomorrow;

  @BeforeEach
  void setUp() {
    staff = new TaskStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    customer = staff.customer(unique("Sun Li"), consultant, unit);
    tomorrow = Instant.now().plus(Duration.ofDays(1));
  }

  @Test
  void aTaskIsSeenByItsAssigneeCreatorAndTheReadersOfItsCustomerOnly() {
    UserAccount colleague = staff.user(unit, "COURSE_CONSULTANT");
    UserAccount agent = staff.user(unit, "CALL_CENTRE_AGENT");
    OrgUnit elsewhere = staff.unit();
    UserAccount outsider = staff.user(elsewhere, "CALL_CENTRE_AGENT");
    ApiClient.Response created =
        staff
            .api(consultant)
            .post("/api/v1/tasks", task("Call", customer, colleague.id(), tomorrow));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    String path = "/api/v1/tasks/" + id;

    assertThat(staff.api(consultant).get(path).status()).isEqualTo(200);
    assertThat(staff.api(colleague).get(path).status())
        .isEqualTo(200); // assignee, though the customer is not theirs
    assertThat(staff.api(agent).get(path).status()).isEqualTo(200); // reads the unit's customers
    assertThat(staff.api(outsider).get(path).status()).isEqualTo(404);
    assertThat(
            TaskApiTests.ids(
                staff.api(outsider).get("/api/v1/tasks?customerId=" + customer).json()))
        .isEmpty();
    assertThat(
            TaskApiTests.ids(staff.api(agent).get("/api/v1/tasks?customerId=" + customer).json()))
        .containsExactly(id);

    ApiClient.Response byReader =
        staff.api(agent).patch(path, Map.of("status", "DONE"), created.header("ETag"));
    assertThat(byReader.status()).isEqualTo(403);
    assertThat(
            staff
                .api(outsider)
                .patch(path, Map.of("status", "DONE"), created.header("ETag"))
                .status())
        .isEqualTo(404);
    ApiClient.Response byAssignee =
        staff.api(colleague).patch(path, Map.of("status", "DONE"), created.header("ETag"));
    assertThat(byAssignee.status()).as(byAssignee.body()).isEqualTo(200);
  }

  @Test
  void givingATaskToSomeoneElseNeedsTaskAssignReachingThem() {
    UserAccount colleague = staff.user(unit, "COURSE_CONSULTANT");
    OrgUnit elsewhere = staff.unit();
    UserAccount faraway = staff.user(elsewhere, "COURSE_CONSULTANT");
    UserAccount finance = staff.user(unit, "FINANCE");
    UserAccount principal = staff.user(staff.root(), "CENTRE_PRINCIPAL");
    long before = staff.taskCount();

    assertThat(
            staff
                .api(consultant)
                .post("/api/v1/tasks", task("Call", customer, faraway.id(), tomorrow))
                .status())
        .isEqualTo(403);
    assertThat(
            staff
                .api(finance)
                .post("/api/v1/tasks", task("Call", null, colleague.id(), tomorrow))
                .status())
        .isEqualTo(403);
    assertThat(staff.taskCount()).isEqualTo(before);

    assertThat(
            staff
                .api(finance)
                .post("/api/v1/tasks", task("Own reminder", null, null, tomorrow))
                .status())
        .isEqualTo(201);
    assertThat(
            staff
                .api(consultant)
                .post("/api/v1/tasks", task("Call", customer, colleague.id(), tomorrow))
                .status())
        .isEqualTo(201);
    assertThat(
            staff
                .api(principal)
                .post("/api/v1/tasks", task("Call", customer, faraway.id(), tomorrow))
                .status())
        .isEqualTo(201);

    ApiClient.Response mine =
        staff.api(consultant).post("/api/v1/tasks", task("Mine", customer, null, tomorrow));
    ApiClient.Response handOver =
        staff
            .api(consultant)
            .patch(
                "/api/v1/tasks/" + mine.json().get("id").asString(),
                Map.of("assigneeId", faraway.id()),
                mine.header("ETag"));
    assertThat(handOver.status()).isEqualTo(403);

    ApiClient.Response byLead =
        staff
            .api(principal)
            .patch(
                "/api/v1/tasks/" + mine.json().get("id").asString(),
                Map.of("assigneeId", faraway.id(), "priority", "HIGH"),
                mine.header("ETag"));
    assertThat(byLead.status()).as("a principal reassigns within their subtree").isEqualTo(200);
    assertThat(byLead.json().get("assigneeId").asString()).isEqualTo(faraway.id().toString());
  }

  @Test
  void theAssigneeIsNotifiedWhenSomeoneElseGivesThemATask() {
    UserAccount colleague = staff.user(unit, "COURSE_CONSULTANT");
    ApiClient consultantApi = staff.api(consultant);
    consultantApi.post("/api/v1/tasks", task("Own task", customer, null, tomorrow));
    ApiClient.Response given =
        consultantApi.post(
            "/api/v1/tasks", task("Call Sun Li back", customer, colleague.id(), tomorrow));

    JsonNode theirs = staff.api(colleague).get("/api/v1/notifications").json();
    assertThat(theirs.get("unreadCount").asLong()).isEqualTo(1);
    JsonNode notice = theirs.get("items").get(0);
    assertThat(notice.get("kind").asString()).isEqualTo("TASK_ASSIGNED");
    assertThat(notice.get("title").asString()).isEqualTo("Call Sun Li back");
    assertThat(notice.get("taskId").asString()).isEqualTo(given.json().get("id").asString());
    assertThat(consultantApi.get("/api/v1/notifications").json().get("items")).isEmpty();

    ApiClient colleagueApi = staff.api(colleague);
    assertThat(
            consultantApi
                .post("/api/v1/notifications/" + notice.get("id").asString() + "/read", Map.of())
                .status())
        .isEqualTo(404);
    assertThat(
            colleagueApi
                .post("/api/v1/notifications/" + notice.get("id").asString() + "/read", Map.of())
                .status())
        .isEqualTo(204);
    JsonNode after = colleagueApi.get("/api/v1/notifications").json();
    assertThat(after.get("unreadCount").asLong()).isZero();
    assertThat(after.get("items").get(0).get("readAt").isNull()).isFalse();
    assertThat(colleagueApi.get("/api/v1/notifications?unread=true").json().get("items")).isEmpty();
  }

  @Test
  void mergingCustomersMovesTheirTasksToTheSurvivor() throws InterruptedException {
    UUID duplicate = staff.customer(unique("Sun Li copy"), consultant, unit);
    ApiClient api = staff.api(consultant);
    String id =
        api.post("/api/v1/tasks", task("Call", duplicate, null, tomorrow))
            .json()
            .get("id")
            .asString();

    ApiClient.Response merged =
        staff
            .admin()
            .post("/api/v1/customers/" + customer + "/merge", Map.of("mergedId", duplicate));
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);

    String customerId = null;
    for (int i = 0; i < 100 && !customer.toString().equals(customerId); i++) {
      Thread.sleep(100); // the move runs after the merge commits
      customerId = api.get("/api/v1/tasks/" + id).json().get("customerId").asString();
    }
    assertThat(customerId).isEqualTo(customer.toString());
  }
}
