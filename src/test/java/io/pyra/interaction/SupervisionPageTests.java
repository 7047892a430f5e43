package io.pyra.interaction;

import static io.pyra.interaction.TimelineTestData.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A centre principal's board: for a past week, a consultant in a team of the principal's branch has
 * three tasks due (one done), three overdue tasks in all, three contact records on two days, and
 * two customers without contact for 30 days.
 */
@PyraIntegrationTest
class SupervisionPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TimelineTestData data;
  UserAccount principal;
  UserAccount consultant;
  UserAccount colleague;
  UserAccount outsider;
  LocalDate from = LocalDate.now(ZONE).minusDays(20);
  LocalDate to = from.plusDays(6);
  Instant now = Instant.now();
  UUID quietCustomer;
  UUID neverContacted;

  @BeforeEach
  void setUp() {
    data = new TimelineTestData(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = data.unit(data.root());
    OrgUnit team = data.unit(branch);
    principal = data.user(branch.id(), "CENTRE_PRINCIPAL");
    consultant = data.user(team.id(), "COURSE_CONSULTANT");
    colleague = data.user(branch.id(), "FRONT_DESK");
    outsider = data.user(data.unit(data.root()).id(), "COURSE_CONSULTANT");

    UUID active = data.customer("Active", consultant);
    quietCustomer = data.customer("Quiet", consultant);
    neverContacted = data.customer("Never contacted", consultant);
    UUID brandNew = data.customer("Brand new", consultant);
    for (UUID c : List.of(active, quietCustomer, neverContacted)) {
      data.createdAt(c, now.minus(60, ChronoUnit.DAYS));
    }
    data.record(active, consultant, "RETURN_VISIT", at(from, 10), "Monday call one");
    data.record(active, consultant, "RETURN_VISIT", at(from, 15), "Monday call two");
    data.record(
        active, consultant, "CONSULTATION", at(from.plusDays(2), 11), "Wednesday consultation");
    data.record(active, consultant, "VISIT", at(from.minusDays(1), 11), "Before the period");
    data.record(quietCustomer, consultant, "VISIT", now.minus(40, ChronoUnit.DAYS), "Long ago");
    data.record(active, colleague, "VISIT", at(from, 12), "Colleague's record");

    data.task(active, consultant, "Due and done", at(from, 9), at(from.plusDays(1), 9), "DONE");
    data.task(active, consultant, "Due and open one", at(from, 9), at(from.plusDays(3), 9), "OPEN");
    data.task(brandNew, consultant, "Due and open two", at(from, 9), at(to, 18), "OPEN");
    data.task(
        active,
        consultant,
        "Long overdue",
        at(from.minusDays(20), 9),
        at(from.minusDays(10), 9),
        "OPEN");
    data.task(active, consultant, "Cancelled", at(from, 9), at(from.plusDays(2), 9), "CANCELLED");
    data.task(active, consultant, "Due tomorrow", now, now.plus(1, ChronoUnit.DAYS), "OPEN");
    data.task(active, outsider, "Outsider's task", now, now.minus(1, ChronoUnit.DAYS), "OPEN");
  }

  @Test
  void aPrincipalSeesEachPersonOfTheirBranchWithCountsForThePeriod() {
    Document board = data.pages(principal).get(boardPath()).document();

    Element row = board.getElementById("person-" + consultant.id());
    assertThat(row).as(board.select("#supervision-board").outerHtml()).isNotNull();
    assertThat(cell(row, "planned")).isEqualTo("4");
    assertThat(cell(row, "done")).isEqualTo("1");
    assertThat(cell(row, "overdue")).isEqualTo("3");
    assertThat(row.select("td.records").eachText())
        .containsExactly("2", "0", "1", "0", "0", "0", "0");
    assertThat(cell(row, "records-total")).isEqualTo("3");
    assertThat(cell(row, "quiet")).isEqualTo("2");
    assertThat(board.select("th.column-label")).hasSize(7);

    Element colleagueRow = board.getElementById("person-" + colleague.id());
    assertThat(colleagueRow).isNotNull();
    assertThat(cell(colleagueRow, "records-total")).isEqualTo("1");
    assertThat(board.getElementById("person-" + principal.id())).isNotNull();
    assertThat(board.getElementById("person-" + outsider.id())).isNull();
  }

  @Test
  void managementSeesEveryoneAndOthersSeeNoBoard() {
    UserAccount manager = data.user(data.root().id(), "MANAGEMENT");
    Document board = data.pages(manager).get(boardPath()).document();
    assertThat(board.getElementById("person-" + outsider.id())).isNotNull();
    assertThat(cell(board.getElementById("person-" + outsider.id()), "overdue")).isEqualTo("1");
    assertThat(board.getElementById("nav-supervision")).isNotNull();

    PageClient consultantPages = data.pages(consultant);
    assertThat(consultantPages.get("/customers").document().getElementById("nav-supervision"))
        .isNull();
    assertThat(consultantPages.get("/supervision").status()).isEqualTo(403);
    assertThat(consultantPages.get("/supervision/people/" + consultant.id() + "/tasks").status())
        .isEqualTo(403);
  }

  @Test
  void theNumbersDrillDownToTheTasksRecordsAndCustomersBehindThem() {
    PageClient pages = data.pages(principal);
    Document board = pages.get(boardPath()).document();
    Element row = board.getElementById("person-" + consultant.id());

    Document overdue = pages.get(row.selectFirst("td.overdue a").attr("href")).document();
    assertThat(overdue.select(".drill-row .task-title").eachText())
        .containsExactly("Long overdue", "Due and open one", "Due and open two");
    assertThat(overdue.selectFirst(".drill-row .task-title").attr("href")).startsWith("/tasks/");

    Document planned = pages.get(row.selectFirst("td.planned a").attr("href")).document();
    assertThat(planned.select(".drill-row .task-title").eachText())
        .hasSize(4)
        .contains("Cancelled");
    Document done = pages.get(row.selectFirst("td.done a").attr("href")).document();
    assertThat(done.select(".drill-row .task-title").eachText()).containsExactly("Due and done");

    Document monday = pages.get(row.select("td.records a").get(0).attr("href")).document();
    assertThat(monday.select(".drill-row .record-subject").eachText())
        .containsExactly("Monday call two", "Monday call one");
    Document all = pages.get(row.selectFirst("td.records-total a").attr("href")).document();
    assertThat(all.select(".drill-row")).hasSize(3);

    Document quiet = pages.get(row.selectFirst("td.quiet a").attr("href")).document();
    assertThat(quiet.select(".drill-row a.customer-name").eachAttr("href"))
        .containsExactly("/customers/" + neverContacted, "/customers/" + quietCustomer);
  }

  @Test
  void aPersonOutsideTheSupervisorsReachIsNotFound() {
    PageClient pages = data.pages(principal);
    assertThat(pages.get("/supervision/people/" + outsider.id() + "/tasks?list=overdue").status())
        .isEqualTo(404);
    assertThat(pages.get("/supervision/people/" + outsider.id() + "/records").status())
        .isEqualTo(404);
    assertThat(pages.get("/supervision/people/" + outsider.id() + "/customers").status())
        .isEqualTo(404);
  }

  @Test
  void aBadPeriodOrDayCountIsExplainedAndTheCurrentWeekShown() {
    PageClient pages = data.pages(principal);

    Document badDate = pages.get("/supervision?from=24.11.2026").document();
    assertThat(badDate.select("#filter-error").text()).contains("2026-11-24");
    assertThat(badDate.select("th.column-label")).hasSize(7);

    Document reversed = pages.get("/supervision?from=" + to + "&to=" + from).document();
    assertThat(reversed.select("#filter-error").text()).contains("must not be before");
    Document days = pages.get("/supervision?days=0").document();
    assertThat(days.select("#filter-error").text()).contains("between 1 and 3650");
    assertThat(days.select("#quiet-days").attr("value")).isEqualTo("30");
  }

  private String boardPath() {
    return "/supervision?from=" + from + "&to=" + to + "&days=30";
  }

  private static String cell(Element row, String column) {
    return row.selectFirst("td." + column).text();
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(ZONE).toInstant();
  }
}
