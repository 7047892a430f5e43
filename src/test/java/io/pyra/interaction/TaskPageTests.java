package io.pyra.interaction;

import static io.pyra.interaction.TaskStaff.task;
import static io.pyra.interaction.TaskStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task pages: the follow-up form, detail with status buttons, edit with stale handling, lists,
 * the customer panel.
 */
@io.pyra.testing.PyraIntegrationTest
class TaskPageTests {

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TaskStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  UUID customer;
  String customerName;

  @BeforeEach
  void setUp() {
    staff = new TaskStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit("Asia/Shanghai");
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    customerName = unique("Lin Tao");
    customer = staff.customer(customerName, consultant, unit);
  }

  @Test
  void aFollowUpFromAContactRecordIsPrefilledAndSavedAsIs() {
    UUID record = staff.record(customer, consultant, "Asked for the summer timetable");
    PageClient page = staff.pages(consultant);

    Document form =
        page.get("/tasks/new?customerId=" + customer + "&recordId=" + record).document();

    assertThat(form.select("#title").val()).isEqualTo("Follow up: Asked for the summer timetable");
    assertThat(form.select("#task-customer").text()).contains(customerName);
    assertThat(form.select("#task-record").text()).isEqualTo("Asked for the summer timetable");
    assertThat(form.select("#task-record a").attr("href")).isEqualTo("/interactions/" + record);
    assertThat(form.select("#assigneeId option[selected]").val())
        .isEqualTo(consultant.id().toString());
    assertThat(form.select("#type option[selected]").val()).isEqualTo("CALL_BACK");
    assertThat(form.select("#zone-hint").text())
        .isEqualTo("Times are in Shanghai time (UTC+08:00).");
    assertThat(form.select("#zone-hint").attr("data-zone")).isEqualTo("Asia/Shanghai");

    PageClient.Page saved = page.post("/tasks", fields(form));

    assertThat(saved.status()).isEqualTo(302);
    Document detail = page.get(saved.location().replaceFirst("^https?://[^/]+", "")).document();
    assertThat(detail.select("#flash-success").text())
        .contains("Follow up: Asked for the summer timetable");
    assertThat(detail.select("#task-customer").text()).contains(customerName);
    assertThat(detail.select("#task-record").text()).isEqualTo("Asked for the summer timetable");
    assertThat(detail.select("#task-record a").attr("href")).isEqualTo("/interactions/" + record);
    assertThat(detail.select("#task-assignee").text()).isEqualTo(consultant.displayName());
    assertThat(detail.select("#task-due").text())
        .contains("09:00")
        .contains("Shanghai time (UTC+08:00)");
    assertThat(detail.select("#task-status").text()).isEqualTo("Open");
  }

  @Test
  void aTaskFromAJobLinksToTheJobOnItsFormAndItsPage() {
    UUID job = staff.job(customer, consultant);
    String code =
        jdbc.sql("select code from interaction_job where id = ?")
            .param(job)
            .query(String.class)
            .single();
    PageClient page = staff.pages(consultant);

    Document form = page.get("/tasks/new?jobId=" + job).document();

    assertThat(form.select("#task-job a").attr("href")).isEqualTo("/jobs/" + job);
    assertThat(form.select("#task-job a").text()).isEqualTo(code + " Campus refit");
    assertThat(form.select("#task-record")).isEmpty();
    PageClient.Page saved = page.post("/tasks", fields(form));
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document detail = page.get(saved.location().replaceFirst("^https?://[^/]+", "")).document();
    assertThat(detail.select("#task-job a").attr("href")).isEqualTo("/jobs/" + job);
    assertThat(page.get("/jobs/" + job).document().select("main").text()).contains(code);
  }

  @Test
  void aDueTimeInThePastIsShownNextToItsFieldAndNothingIsSaved() {
    PageClient page = staff.pages(consultant);
    Document form = page.get("/tasks/new?customerId=" + customer).document();
    Map<String, String> fields = fields(form);
    fields.put("dueAt", LOCAL.format(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(1)));
    fields.put("title", "");
    long before = staff.taskCount();

    PageClient.Page result = page.post("/tasks", fields);

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.document().select("#dueAt-error").text())
        .isEqualTo("The due time cannot be before the task was created.");
    assertThat(result.document().select("#title-error").text()).isEqualTo("A task needs a title.");
    assertThat(result.document().select("#task-customer").text()).contains(customerName);
    assertThat(staff.taskCount()).isEqualTo(before);

    PageClient chinese = staff.pages(staff.user(unit, "CALL_CENTRE_AGENT", "zh-CN", true));
    Document zh = chinese.get("/tasks/new?customerId=" + customer).document();
    Map<String, String> zhFields = fields(zh);
    zhFields.put("dueAt", fields.get("dueAt"));
    assertThat(chinese.post("/tasks", zhFields).document().select("#dueAt-error").text())
        .isEqualTo(
            "\u622a\u6b62\u65f6\u95f4\u4e0d\u80fd\u65e9\u4e8e\u4efb\u52a1\u7684\u521b\u5efa\u65f6\u95f4\u3002");
  }

  @Test
  void aNewTaskFromTheMenuTakesTheCustomerByItsCode() {
    String code = staff.admin().get("/api/v1/customers/" + customer).json().get("code").asString();
    PageClient page = staff.pages(consultant);
    Document form = page.get("/tasks/new").document();
    assertThat(form.select("#customerCode")).hasSize(1);
    Map<String, String> fields = fields(form);
    fields.put("title", "Call about the invoice");
    fields.put("customerCode", "C-999999999");

    Document refused = page.post("/tasks", fields).document();
    assertThat(refused.select("#customerCode-error").text())
        .isEqualTo("There is no customer with the code C-999999999.");

    fields.put("customerCode", code.toLowerCase(java.util.Locale.ROOT));
    PageClient.Page saved = page.post("/tasks", fields);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(
            page.get(saved.location().replaceFirst("^https?://[^/]+", ""))
                .document()
                .select("#task-customer")
                .text())
        .contains(customerName);
  }

  @Test
  void aStaleEditIsRefusedWithAClearMessageAndOverwritesNothing() {
    String id =
        staff
            .api(consultant)
            .post(
                "/api/v1/tasks",
                task("Prepare the visit", customer, null, Instant.now().plus(Duration.ofDays(1))))
            .json()
            .get("id")
            .asString();
    PageClient first = staff.pages(consultant);
    PageClient second = staff.pages(consultant);
    Map<String, String> firstForm = fields(first.get("/tasks/" + id + "/edit").document());
    Map<String, String> secondForm = fields(second.get("/tasks/" + id + "/edit").document());

    firstForm.put("title", "Prepare the visit with slides");
    assertThat(first.post("/tasks/" + id, firstForm).status()).isEqualTo(302);
    secondForm.put("title", "Prepare nothing");
    PageClient.Page stale = second.post("/tasks/" + id, secondForm);

    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.document().select(".alert-danger").text()).contains("changed by someone else");
    assertThat(staff.api(consultant).get("/api/v1/tasks/" + id).json().get("title").asString())
        .isEqualTo("Prepare the visit with slides");
  }

  @Test
  void theDetailPageStartsFinishesAndRefusesAStaleButton() {
    String id =
        staff
            .api(consultant)
            .post(
                "/api/v1/tasks",
                task("Send material", customer, null, Instant.now().plus(Duration.ofDays(1))))
            .json()
            .get("id")
            .asString();
    PageClient page = staff.pages(consultant);
    Document detail = page.get("/tasks/" + id).document();
    String oldVersion = detail.select("#start-task").parents().select("input[name=version]").val();

    page.post("/tasks/" + id + "/status", Map.of("status", "IN_PROGRESS", "version", oldVersion));
    detail = page.get("/tasks/" + id).document();
    assertThat(detail.select("#task-status").text()).isEqualTo("In progress");
    assertThat(detail.select("#flash-success").text()).contains("started");

    page.post("/tasks/" + id + "/status", Map.of("status", "DONE", "version", oldVersion));
    detail = page.get("/tasks/" + id).document();
    assertThat(detail.select("#flash-error").text()).contains("changed by someone else");
    assertThat(detail.select("#task-status").text()).isEqualTo("In progress");

    String version = detail.select("#done-task").parents().select("input[name=version]").val();
    page.post("/tasks/" + id + "/status", Map.of("status", "DONE", "version", version));
    detail = page.get("/tasks/" + id).document();
    assertThat(detail.select("#task-status").text()).isEqualTo("Done");
    assertThat(detail.select("#task-completed").text()).isNotBlank();
    assertThat(detail.select("#done-task, #edit-task")).isEmpty();
  }

  @Test
  void theListShowsTheUsersOpenTasksAndFiltersThem() {
    var api = staff.api(consultant);
    api.post(
        "/api/v1/tasks",
        task("Due tomorrow", customer, null, Instant.now().plus(Duration.ofDays(1))));
    api.post(
        "/api/v1/tasks",
        task("Due next month", customer, null, Instant.now().plus(Duration.ofDays(30))));
    PageClient page = staff.pages(consultant);

    PageClient.Page list = page.get("/tasks");
    assertThat(list.document().select(".task-row .task-title").eachText())
        .as(list.body())
        .containsExactly("Due tomorrow", "Due next month");
    PageClient.Page week = page.get("/tasks?due=week");
    assertThat(week.document().select(".task-row .task-title").eachText())
        .as(week.document().select("main").html())
        .containsExactly("Due tomorrow");
    PageClient.Page fragment = page.get("/tasks?due=overdue", Map.of("HX-Request", "true"));
    assertThat(fragment.document().select("#results")).hasSize(1);
    assertThat(fragment.document().select("nav.navbar")).isEmpty();
    assertThat(fragment.document().select("#no-tasks")).hasSize(1);
    assertThat(page.get("/tasks?status=NONSENSE").document().select("#filter-error")).hasSize(1);
  }

  @Test
  void theCustomerPageHasAPanelWithItsOpenTasksAndANewTaskButton() {
    staff
        .api(consultant)
        .post(
            "/api/v1/tasks",
            task("Call about renewal", customer, null, Instant.now().plus(Duration.ofDays(1))));
    PageClient page = staff.pages(consultant);

    Document customerPage = page.get("/customers/" + customer).document();
    assertThat(customerPage.select("section#tasks [hx-get]").attr("hx-get"))
        .isEqualTo("/customers/" + customer + "/tasks");
    Document panel =
        page.get("/customers/" + customer + "/tasks", Map.of("HX-Request", "true")).document();
    assertThat(panel.select(".task-row .task-title").eachText())
        .containsExactly("Call about renewal");
    assertThat(panel.select("#new-customer-task").attr("href"))
        .isEqualTo("/tasks/new?customerId=" + customer);

    UserAccount outsider = staff.user(staff.unit(), "CALL_CENTRE_AGENT");
    assertThat(staff.pages(outsider).get("/customers/" + customer + "/tasks").status())
        .isEqualTo(404);
  }

  @Test
  void theBellCountsUnreadNotificationsAndTheListMarksThemRead() {
    UserAccount agent = staff.user(unit, "CALL_CENTRE_AGENT");
    staff
        .api(consultant)
        .post(
            "/api/v1/tasks",
            task(
                "Call Lin Tao back", customer, agent.id(), Instant.now().plus(Duration.ofDays(1))));
    staff
        .api(consultant)
        .post(
            "/api/v1/tasks",
            task(
                "Send Lin Tao the form",
                customer,
                agent.id(),
                Instant.now().plus(Duration.ofDays(1))));
    PageClient page = staff.pages(agent);

    Document home = page.get("/").document();
    assertThat(home.select("#nav-notifications [hx-get]").attr("hx-get"))
        .isEqualTo("/notifications/count");
    assertThat(
            page.get("/notifications/count", Map.of("HX-Request", "true"))
                .document()
                .select("#notification-count")
                .text())
        .isEqualTo("2");
    Document list = page.get("/notifications").document();
    assertThat(list.select(".notification.unread a").eachText())
        .containsExactly(
            "New task for you: Send Lin Tao the form", "New task for you: Call Lin Tao back");

    String id = list.select(".notification.unread").first().attr("data-notification-id");
    assertThat(page.post("/notifications/" + id + "/read", Map.of()).status()).isEqualTo(302);
    assertThat(page.get("/notifications").document().select(".notification.unread")).hasSize(1);
    PageClient other = staff.pages(consultant);
    other.get("/notifications");
    assertThat(other.post("/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);

    page.get("/notifications");
    page.post("/notifications/read", Map.of());
    assertThat(page.get("/notifications").document().select(".notification.unread")).isEmpty();
    assertThat(page.get("/notifications/count").document().select("#notification-count").text())
        .isEqualTo("0");
  }

  @Test
  void aTaskOfSomeoneElsesCustomerIsNotFoundOnThePages() {
    String id =
        staff
            .api(consultant)
            .post(
                "/api/v1/tasks",
                task("Private", customer, null, Instant.now().plus(Duration.ofDays(1))))
            .json()
            .get("id")
            .asString();
    PageClient outsider = staff.pages(staff.user(staff.unit(), "CALL_CENTRE_AGENT"));

    assertThat(outsider.get("/tasks/" + id).status()).isEqualTo(404);
    assertThat(outsider.get("/tasks/" + id + "/edit").status()).isEqualTo(404);
    assertThat(outsider.get("/tasks/new?customerId=" + customer).status()).isEqualTo(404);
  }

  /** The values a browser would submit for the form on the page. */
  static Map<String, String> fields(Document page) {
    Map<String, String> fields = new HashMap<>();
    for (Element input : page.select("#task-form input[name], #task-form textarea[name]")) {
      fields.put(
          input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
    }
    for (Element select : page.select("#task-form select[name]")) {
      Element selected = select.selectFirst("option[selected]");
      fields.put(
          select.attr("name"),
          selected != null ? selected.val() : select.select("option").first().val());
    }
    return fields;
  }
}
