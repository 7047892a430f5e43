package io.pyra.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.interaction.TaskStaff.unique;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A consultant creates a follow-up task for a customer and gives it to a colleague; the colleague
 * signs in, finds it on My day, and marks it done. A follow-up from a contact record is one click
 * and Save.
 */
@BrowserTest
class TaskBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TaskStaff staff;
  ZoneId zone;
  OrgUnit unit;
  UserAccount consultant;
  UserAccount agent;
  String customerName;
  UUID customer;

  @BeforeEach
  void setUp() {
    staff = new TaskStaff(orgUnits, users, roles, jdbc, port);
    zone = MyDayTests.middayZone();
    unit = staff.unit(zone.getId());
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    agent = staff.user(unit, "CALL_CENTRE_AGENT");
    customerName = unique("Huang Wei");
    customer = staff.customer(customerName, consultant, unit);
  }

  @Test
  void aFollowUpTaskGivenToAColleagueIsOnTheirDayAndMarkedDoneThere(Page page) {
    signIn(page, consultant);
    page.navigate(url("/customers/" + customer));
    page.locator("#new-customer-task").click();

    assertThat(page.locator("#title")).hasValue("Follow up with " + customerName);
    assertThat(page.locator("#task-customer")).containsText(customerName);
    String title = "Call " + customerName + " about the exam date";
    page.locator("#title").fill(title);
    page.locator("#assigneeId").selectOption(agent.id().toString());
    String evening =
        ZonedDateTime.now(zone)
            .toLocalDate()
            .atTime(LocalTime.of(18, 0))
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    page.locator("#dueAt").fill(evening);
    page.locator("#priority").selectOption("HIGH");
    page.locator("#save").click();

    assertThat(page.locator("#flash-success")).containsText(title);
    assertThat(page.locator("#task-assignee")).hasText(agent.displayName());
    assertThat(page.locator("#task-due")).containsText("18:00");

    page.locator("#sign-out").click();
    // the sign-out must reach the server before the next page is asked for, or it is cancelled
    assertThat(page.locator("#login-signed-out")).isVisible();
    signIn(page, agent);

    Locator row =
        page.locator("#today-tasks .task-row", new Page.LocatorOptions().setHasText(title));
    assertThat(row).hasCount(1);
    assertThat(row.locator(".task-due")).containsText("18:00");
    assertThat(page.locator("#newly-assigned")).containsText(title);
    assertThat(page.locator("#contact-today")).containsText(customerName);
    assertThat(page.locator("#notification-count")).hasText("1");

    row.locator(".mark-done").click();

    assertThat(page.locator("#flash-success")).containsText(title);
    assertThat(page.locator("#today-tasks")).not().containsText(title);
    page.navigate(url("/tasks?status=DONE"));
    assertThat(page.locator("#results")).containsText(title);
  }

  @Test
  void aFollowUpFromAContactRecordIsOneClickAndSave(Page page) {
    UUID record = staff.record(customer, consultant, "Wants a trial lesson");
    signIn(page, consultant);

    page.navigate(url("/tasks/new?customerId=" + customer + "&recordId=" + record));
    page.locator("#save").click();

    assertThat(page.locator("#flash-success")).containsText("Follow up: Wants a trial lesson");
    assertThat(page.locator("#task-record")).hasText("Wants a trial lesson");
    assertThat(page.locator("#task-customer")).containsText(customerName);
    page.locator("#task-record a").click();
    assertThat(page.locator("#record-subject")).hasText("Wants a trial lesson");
    page.navigate(url("/customers/" + customer));
    assertThat(page.locator("#tasks-panel")).containsText("Follow up: Wants a trial lesson");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void signIn(Page page, UserAccount user) {
    page.navigate(url("/login"));
    page.locator("#username").fill(user.username());
    page.locator("#password").fill(TaskStaff.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).containsText(user.displayName());
  }
}
