package io.pyra.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.scheduling.SchedulingFixtures.at;
import static io.pyra.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator on the calendar (a centre on Shanghai's clock): picks the centre and a room, goes
 * to tomorrow's day, selects the free 10:00 and books the room and an instructor for a class
 * session on the form, and is back on the calendar with it; drags it onto another class's time and
 * is refused (the message names that class, the session stays at 10:00); drags it to the free 16:00
 * and it moves there.
 */
@BrowserTest
class CoordinatorCalendarBrowserTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aCoordinatorBooksAClassOnTheCalendarAndMovesItByDragging(Page page) {
    SchedulingFixtures fixtures = new SchedulingFixtures(orgUnits, users, roles, jdbc, port);
    OrgUnit centre = fixtures.org().branch(ZONE.getId());
    UserAccount coordinator = fixtures.user(centre, "CUSTOMER_SERVICE_ASSISTANT");
    UUID room = fixtures.resource(centre, "ROOM", "Garden room");
    UUID instructor = fixtures.resource(centre, "INSTRUCTOR", "Ms Li");
    fixtures.hours(centre, LocalTime.of(8, 0), LocalTime.of(20, 0));
    LocalDate tomorrow = LocalDate.now(ZONE).plusDays(1);
    fixtures
        .api(coordinator)
        .post(
            "/api/v1/bookings",
            booking("Piano class", at(tomorrow, 14, 0, ZONE), at(tomorrow, 15, 0, ZONE), room));

    page.setViewportSize(1280, 2400);
    signIn(page, coordinator);
    page.navigate(url("/calendar"));
    // each choice reloads the page with it, once the page's scripts run (the calendar shows)
    assertThat(page.locator("#booking-calendar .fc-view-harness")).isVisible();
    page.locator("#calendar-centre").selectOption(centre.id().toString());
    assertThat(page).hasURL(Pattern.compile(".*orgUnitId=" + centre.id() + ".*"));
    assertThat(page.locator("#booking-calendar"))
        .hasAttribute("data-centre", centre.id().toString());
    assertThat(page.locator("#calendar-zone")).containsText("Asia/Shanghai");
    assertThat(page.locator("#booking-calendar .fc-view-harness")).isVisible();
    page.locator("#calendar-resource").selectOption(room.toString());
    assertThat(page).hasURL(Pattern.compile(".*resourceId=" + room + ".*"));
    assertThat(page.locator("#booking-calendar")).hasAttribute("data-resource", room.toString());
    page.locator(".fc-timeGridDay-button").click();
    page.locator(".fc-next-button").click();
    assertThat(page.locator(".fc-timegrid-col[data-date='" + tomorrow + "']")).isVisible();
    assertThat(event(page, "Piano class")).isVisible();

    // a free time: the booking form, filled in; the instructor added, a class session booked
    page.locator(".fc-timegrid-slot-lane[data-time='10:00:00']").click();
    assertThat(page).hasURL(Pattern.compile(".*/bookings/new\\?.*"));
    assertThat(page.locator("#date")).hasValue(tomorrow.toString());
    assertThat(page.locator("#startTime")).hasValue("10:00");
    assertThat(page.locator("#resource-choice input[value='" + room + "']")).isChecked();
    ElementHandle parts = page.locator("#booking-parts").elementHandle();
    page.locator("#resource-choice input[value='" + instructor + "']").check();
    page.waitForFunction("parts => !parts.isConnected", parts);
    assertThat(page.locator("#resource-choice input[value='" + instructor + "']")).isChecked();
    page.locator("#purpose").selectOption("CLASS_SESSION");
    page.locator("#title").fill("English A1");
    page.locator("#endTime").fill("11:00");
    page.locator("#book").click();

    assertThat(page).hasURL(Pattern.compile(".*/calendar\\?.*view=timeGridDay.*"));
    Locator session = event(page, "English A1");
    assertThat(session).isVisible();
    assertThat(session).containsText("10:00");
    UUID id = UUID.fromString(session.getAttribute("data-booking-id"));
    assertThat(heldBy(id)).containsExactlyInAnyOrder(room, instructor);
    assertThat(
            jdbc.sql("select purpose from scheduling_booking where id = ?")
                .params(id)
                .query(String.class)
                .single())
        .isEqualTo("CLASS_SESSION");

    // onto the piano class: refused, named, and back at 10:00
    drag(page, session, "14:00:00");
    assertThat(page.locator("#calendar-message")).containsText("Piano class");
    assertThat(page.locator("#calendar-message")).containsText("Garden room");
    assertThat(event(page, "English A1")).containsText("10:00");
    assertThat(startOf(id)).isEqualTo(at(tomorrow, 10, 0, ZONE));

    // to the free 16:00: moved
    drag(page, event(page, "English A1"), "16:00:00");
    assertThat(page.locator("#calendar-message")).containsText("Moved “English A1”");
    assertThat(event(page, "English A1")).containsText("16:00");
    assertThat(startOf(id)).isEqualTo(at(tomorrow, 16, 0, ZONE));
  }

  private static Locator event(Page page, String title) {
    return page.locator(".fc-event[data-booking-id]", new Page.LocatorOptions().setHasText(title));
  }

  /**
   * Presses near the top of the event (its start's slot) and lets go on the slot of {@code time}.
   */
  private static void drag(Page page, Locator event, String time) {
    BoundingBox from = event.boundingBox();
    BoundingBox to = page.locator(".fc-timegrid-slot-lane[data-time='" + time + "']").boundingBox();
    double x = from.x + from.width / 2;
    page.mouse().move(x, from.y + 4);
    page.mouse().down();
    page.mouse().move(x, from.y + 20, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    page.mouse().move(x, to.y + 4, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
    page.mouse().up();
  }

  private List<UUID> heldBy(UUID booking) {
    return jdbc.sql("select resource_id from scheduling_booking_resource where booking_id = ?")
        .params(booking)
        .query(UUID.class)
        .list();
  }

  private Instant startOf(UUID booking) {
    return SqlTime.instant(
        jdbc.sql("select starts_at from scheduling_booking where id = ?")
            .params(booking)
            .query(OffsetDateTime.class)
            .single());
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
