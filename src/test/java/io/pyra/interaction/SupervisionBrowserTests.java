package io.pyra.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.interaction.TimelineTestData.ZONE;

import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A centre principal checks a consultant's follow-ups; a consultant reads a customer's history. */
@BrowserTest
class SupervisionBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aManagerSeesAPersonsOverdueTasksAndDrillsDownToThem(Page page) {
    TimelineTestData data = new TimelineTestData(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = data.unit(data.root());
    UserAccount principal = data.user(branch.id(), "CENTRE_PRINCIPAL");
    UserAccount consultant = data.user(data.unit(branch).id(), "COURSE_CONSULTANT");
    UUID customer = data.customer("Follow-up", consultant);
    Instant now = Instant.now();
    data.task(
        customer,
        consultant,
        "Return visit after the trial lesson",
        now.minus(5, ChronoUnit.DAYS),
        now.minus(2, ChronoUnit.DAYS),
        "OPEN");
    data.task(
        customer,
        consultant,
        "Send the course schedule",
        now.minus(5, ChronoUnit.DAYS),
        now.minus(1, ChronoUnit.HOURS),
        "OPEN");
    data.task(
        customer,
        consultant,
        "Already called",
        now.minus(5, ChronoUnit.DAYS),
        now.minus(3, ChronoUnit.DAYS),
        "DONE");
    data.record(
        customer,
        consultant,
        "RETURN_VISIT",
        LocalDate.now(ZONE).atTime(0, 5).atZone(ZONE).toInstant(),
        "First return visit");

    signIn(page, principal.username());
    page.locator("#nav-supervision").click();
    assertThat(page.locator("#supervision-board")).isVisible();
    var row = page.locator("#person-" + consultant.id());
    assertThat(row.locator(".person-name")).hasText(consultant.displayName());
    assertThat(row.locator("td.overdue")).hasText("2");
    assertThat(row.locator("td.records-total")).hasText("1");

    row.locator("td.overdue a").click();
    assertThat(page.locator("#drill-down-title")).containsText(consultant.displayName());
    assertThat(page.locator(".drill-row")).hasCount(2);
    assertThat(page.locator(".drill-row .task-title").first())
        .hasText("Return visit after the trial lesson");
    assertThat(page.locator("#drill-down")).containsText("Send the course schedule");
    assertThat(page.locator("#drill-down")).containsText(data.customerName(customer));
    page.locator("#back-to-board").click();
    assertThat(page.locator("#supervision-board")).isVisible();
  }

  @Test
  void theCustomerPageShowsTheTimelineFiltersItAndLoadsOlderEntries(Page page) {
    TimelineTestData data = new TimelineTestData(orgUnits, users, roles, jdbc, port);
    UserAccount agent = data.user(data.unit(data.root()).id(), "CALL_CENTRE_AGENT");
    UUID customer = data.customer("History", agent);
    Instant now = Instant.now();
    for (int i = 1; i <= 22; i++) {
      data.record(customer, agent, "INQUIRY", now.minus(i, ChronoUnit.HOURS), "Call number " + i);
    }
    data.task(
        customer,
        agent,
        "Book the trial lesson",
        now.minus(30, ChronoUnit.MINUTES),
        now.plus(1, ChronoUnit.DAYS),
        "OPEN");

    signIn(page, agent.username());
    page.navigate(url("/customers/" + customer));
    var entries = page.locator("#timeline .timeline-entry");
    assertThat(entries).hasCount(20);
    assertThat(entries.first()).containsText("Task: Book the trial lesson");

    page.locator("#timeline-older").click();
    assertThat(entries).hasCount(23);
    assertThat(entries.last()).containsText("Call number 22");
    assertThat(page.locator("#timeline-older")).hasCount(0);

    page.locator("#timeline-kind-interaction").uncheck();
    assertThat(entries).hasCount(1);
    assertThat(entries.first()).containsText("Book the trial lesson");
  }

  private void signIn(Page page, String username) {
    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(TimelineTestData.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
