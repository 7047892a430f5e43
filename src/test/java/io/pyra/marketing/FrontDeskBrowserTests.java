package io.pyra.marketing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.marketing.AppointmentStaff.at;
import static io.pyra.marketing.AppointmentStaff.booking;

import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk opens its visitors of the day, records one visitor's arrival and another's no-show
 * with one click each (the row changes in place), and the agent who booked the missed visit finds
 * the call-back task on their My day.
 */
@BrowserTest
class FrontDeskBrowserTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void theFrontDeskRecordsAnArrivalAndANoShowAndTheAgentSeesTheCallBack(Page page) {
    AppointmentStaff staff = new AppointmentStaff(orgUnits, users, roles, jdbc, port);
    String zone = AppointmentStaff.middayZone();
    OrgUnit centre = staff.org().branch(zone);
    UserAccount consultant = staff.user(centre, "COURSE_CONSULTANT");
    UserAccount desk = staff.user(centre, "FRONT_DESK");
    UserAccount agent = staff.user(staff.org().branch(), "CALL_CENTRE_AGENT");
    staff.hours(centre, LocalTime.of(8, 0), LocalTime.of(20, 0));
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    UUID coming = visit(staff, centre, consultant, agent, zone, "Arriving " + suffix, 9, 45);
    UUID missing = visit(staff, centre, consultant, agent, zone, "Missing " + suffix, 10, -45);

    signIn(page, desk);
    assertThat(page.locator("#visitors")).isVisible();
    assertThat(page.locator("#visitor-" + coming + " .booked-by")).hasText(agent.displayName());
    page.locator("#visitor-" + coming + " .record-arrival").click();
    assertThat(page.locator("#visitor-" + coming + " .visitor-status")).hasText("Arrived");
    assertThat(page.locator("#visitor-" + coming + " .received-by")).hasText(desk.displayName());
    page.locator("#visitor-" + missing + " .record-no-show").click();
    assertThat(page.locator("#visitor-" + missing + " .visitor-status")).hasText("No-show");
    assertThat(page.locator("#visitor-" + missing + " .record-arrival")).hasCount(0);

    page.context().clearCookies();
    signIn(page, agent);
    page.navigate(url("/my-day"));
    assertThat(
            page.locator("#overdue-tasks, #today-tasks").getByText("Call back Missing " + suffix))
        .isVisible();
  }

  private static UUID visit(
      AppointmentStaff staff,
      OrgUnit centre,
      UserAccount consultant,
      UserAccount agent,
      String zone,
      String name,
      int hour,
      long minutesFromNow) {
    UUID lead = staff.lead(name, null, "+8613800005555");
    LocalDate later = LocalDate.now(ZoneId.of(zone)).plusDays(7);
    UUID id =
        UUID.fromString(
            staff
                .book(agent, booking(lead, null, centre, consultant, at(later, hour, 0, zone)))
                .json()
                .get("id")
                .asString());
    staff.startsIn(id, minutesFromNow);
    return id;
  }

  private void signIn(Page page, UserAccount user) {
    page.navigate(url("/login"));
    page.locator("#username").fill(user.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
