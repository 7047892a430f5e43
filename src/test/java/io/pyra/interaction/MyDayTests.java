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
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * My day, the start page: overdue and today's tasks, customers to contact today, what came in;
 * "today" in the user's org unit time zone (a zone chosen so that it is midday there now).
 */
@PyraIntegrationTest
class MyDayTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TaskStaff staff;
  OrgUnit unit;
  ZoneId zone;
  UserAccount consultant;
  UserAccount colleague;

  @BeforeEach
  void setUp() {
    staff = new TaskStaff(orgUnits, users, roles, jdbc, port);
    zone = middayZone();
    unit = staff.unit(zone.getId());
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    colleague = staff.user(unit, "CALL_CENTRE_AGENT"); // reads the unit's customers
  }

  @Test
  void theStartPageIsMyDayWithTodaysAndOverdueTasksAndTheCustomersToContact()
      throws InterruptedException {
    UUID mine = staff.customer(unique("Mine"), consultant, unit);
    UUID owned = staff.customer(unique("Owned"), consultant, unit);
    UUID elses = staff.customer(unique("Elses"), colleague, unit);
    ApiClient api = staff.api(consultant);
    ApiClient colleagueApi = staff.api(colleague);
    Instant evening =
        ZonedDateTime.now(zone).toLocalDate().atTime(LocalTime.of(20, 0)).atZone(zone).toInstant();
    Instant soon = Instant.now().plusSeconds(2);
    api.post("/api/v1/tasks", task("Overdue call", mine, null, soon));
    api.post("/api/v1/tasks", task("Evening call", mine, null, evening));
    api.post("/api/v1/tasks", task("Next week", mine, null, evening.plus(Duration.ofDays(7))));
    colleagueApi.post("/api/v1/tasks", task("Colleague calls my customer", owned, null, evening));
    Map<String, Object> prep = task("Colleague prepares a visit", owned, null, evening);
    prep.put("type", "VISIT_PREPARATION");
    colleagueApi.post("/api/v1/tasks", prep);
    colleagueApi.post("/api/v1/tasks", task("Colleague's own customer", elses, null, evening));
    colleagueApi.post(
        "/api/v1/tasks", task("Given to me", elses, consultant.id(), evening.plusSeconds(60)));
    while (!Instant.now().isAfter(soon.plusSeconds(1))) {
      Thread.sleep(200);
    }

    Document day = staff.pages(consultant).get("/").document();

    assertThat(day.select("#welcome").text()).contains(consultant.displayName());
    assertThat(day.select("#my-day-date").text()).contains(zone.getId());
    assertThat(day.select("#overdue-tasks .task-title").eachText()).containsExactly("Overdue call");
    assertThat(day.select("#today-tasks .task-title").eachText())
        .containsExactly("Evening call", "Given to me");
    assertThat(day.select("#today-tasks .task-due").first().text()).endsWith("20:00");
    assertThat(day.select("#contact-today .contact-customer a").eachText())
        .as(
            "the colleague's customer is not readable by the consultant, though a task for it is theirs")
        .containsExactlyInAnyOrder(name(mine), name(owned));
    assertThat(day.select("#incoming-notifications .incoming-notification").text())
        .contains("Given to me");
    assertThat(day.select("#newly-assigned .newly-assigned-task").text()).contains("Given to me");
    assertThat(
            staff
                .pages(consultant)
                .get("/my-day")
                .document()
                .select("#today-tasks .task-title")
                .eachText())
        .containsExactly("Evening call", "Given to me");
  }

  @Test
  void aCustomerTheUserMayNotReadIsNotAmongThoseToContactEvenWhenTheyHaveATaskForIt() {
    UUID readable = staff.customer(unique("Readable"), consultant, unit);
    UUID unreadable = staff.customer(unique("Unreadable"), colleague, unit);
    ApiClient colleagueApi = staff.api(colleague);
    Instant evening =
        ZonedDateTime.now(zone).toLocalDate().atTime(LocalTime.of(20, 0)).atZone(zone).toInstant();
    assertThat(
            colleagueApi
                .post(
                    "/api/v1/tasks",
                    task("Call the readable one", readable, consultant.id(), evening))
                .status())
        .isEqualTo(201);
    assertThat(
            colleagueApi
                .post(
                    "/api/v1/tasks",
                    task("Call the unreadable one", unreadable, consultant.id(), evening))
                .status())
        .isEqualTo(201);
    PageClient consultantPages = staff.pages(consultant);
    assertThat(consultantPages.get("/customers/" + unreadable).status()).isEqualTo(404);

    Document day = consultantPages.get("/my-day").document();

    assertThat(day.select("#today-tasks .task-title").eachText())
        .contains("Call the readable one", "Call the unreadable one");
    assertThat(day.select("#contact-today .contact-customer a").eachText())
        .containsExactly(name(readable));
    assertThat(day.select("#contact-today").html())
        .doesNotContain(unreadable.toString())
        .doesNotContain(name(unreadable));
    assertThat(
            staff
                .pages(colleague)
                .get("/my-day")
                .document()
                .select("#contact-today .contact-customer a")
                .eachText())
        .as("the colleague owns it; a call-back for it is due today")
        .contains(name(unreadable));
  }

  @Test
  void markingATaskDoneOnMyDayTakesItOffTheList() {
    ApiClient api = staff.api(consultant);
    Instant evening =
        ZonedDateTime.now(zone).toLocalDate().atTime(LocalTime.of(20, 0)).atZone(zone).toInstant();
    String id =
        api.post("/api/v1/tasks", task("Finish me", null, null, evening))
            .json()
            .get("id")
            .asString();
    PageClient page = staff.pages(consultant);
    Document day = page.get("/my-day").document();
    String version = day.select(".task-row[data-task-id='" + id + "'] input[name=version]").val();

    PageClient.Page done =
        page.post(
            "/tasks/" + id + "/status",
            Map.of("status", "DONE", "version", version, "returnTo", "/my-day"));

    assertThat(done.location()).endsWith("/my-day");
    Document after = page.get("/my-day").document();
    assertThat(after.select("#flash-success").text())
        .as(after.select("main").html())
        .contains("Finish me");
    assertThat(after.select("#today-tasks .task-title").eachText()).doesNotContain("Finish me");
    assertThat(
            page.post(
                    "/tasks/" + id + "/status",
                    Map.of(
                        "status", "OPEN", "version", version, "returnTo", "https://evil.example/"))
                .location())
        .endsWith("/tasks/" + id);
  }

  private String name(UUID customer) {
    return jdbc.sql("select name from customer_customer where id = ?")
        .param(customer)
        .query(String.class)
        .single();
  }

  /** A fixed-offset zone where it is about noon now, so that "later today" always exists. */
  static ZoneId middayZone() {
    int offset = 12 - ZonedDateTime.now(ZoneId.of("UTC")).getHour();
    return ZoneId.of(
        offset == 0 ? "Etc/GMT" : offset > 0 ? "Etc/GMT-" + offset : "Etc/GMT+" + -offset);
  }
}
