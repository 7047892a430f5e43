package io.pyra.scheduling;

import static io.pyra.scheduling.SchedulingFixtures.at;
import static io.pyra.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The calendar page and its events: the page of a centre in English and Chinese (on the centre's
 * clock, weeks from Monday, FullCalendar from its WebJar); the events of a range are the centre's
 * confirmed bookings the user may see, with their versions and on the centre's clock, and its
 * closures; a range is bounded and a bad parameter is a 400 naming it; a free time chosen on the
 * calendar opens the booking form filled in, and booking there leads back to the calendar.
 */
@PyraIntegrationTest
class CalendarPageTests {

  static final ZoneId ZONE = ZoneId.of("Europe/London");
  static final String EVENTS = "/api/v1/calendar/events";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  SchedulingFixtures fixtures;
  OrgUnit centre;
  UserAccount coordinator;
  UUID room;
  UUID otherRoom;
  LocalDate monday;

  @BeforeEach
  void setUp() {
    fixtures = new SchedulingFixtures(orgUnits, users, roles, jdbc, port);
    centre = fixtures.org().branch(ZONE.getId());
    coordinator = fixtures.user(centre, "CUSTOMER_SERVICE_ASSISTANT");
    room = fixtures.resource(centre, "ROOM", "Garden room");
    otherRoom = fixtures.resource(centre, "ROOM", "River room");
    fixtures.hours(centre, LocalTime.of(8, 0), LocalTime.of(20, 0));
    LocalDate later = LocalDate.now(ZONE).plusDays(14);
    monday = later.minusDays(later.getDayOfWeek().getValue() - 1L);
  }

  @Test
  void theCalendarOfACentreInEnglishAndChinese() {
    Document en = fixtures.pages(coordinator).get("/calendar?orgUnitId=" + centre.id()).document();
    assertThat(en.select("h1").text()).isEqualTo("Calendar");
    assertThat(en.select("#calendar-centre option[selected]").val())
        .isEqualTo(centre.id().toString());
    assertThat(en.select("#calendar-resource option").eachText())
        .containsExactly("All resources of the centre", "Garden room (room)", "River room (room)");
    var calendar = en.selectFirst("#booking-calendar");
    assertThat(calendar.attr("data-zone")).isEqualTo("Europe/London");
    assertThat(calendar.attr("data-locale")).isEqualTo("en");
    assertThat(calendar.attr("data-view")).isEqualTo("timeGridWeek");
    assertThat(calendar.attr("data-may-book")).isEqualTo("true");
    assertThat(calendar.attr("data-date")).isEqualTo(LocalDate.now(ZONE).toString());
    assertThat(en.select("script[src]").eachAttr("src"))
        .contains(
            "/js/pyra-calendar-styles.js",
            "/webjars/fullcalendar/6.1.15/index.global.min.js",
            "/js/pyra-calendar.js");
    assertThat(en.select("#nav-calendar").attr("href")).isEqualTo("/calendar");
    assertThat(
            fixtures
                .pages(coordinator)
                .get("/webjars/fullcalendar/6.1.15/index.global.min.js")
                .status())
        .isEqualTo(200);

    UserAccount chinese =
        fixtures
            .org()
            .member(centre)
            .roles("CUSTOMER_SERVICE_ASSISTANT")
            .speaking("zh-CN")
            .create();
    Document zh =
        fixtures
            .pages(chinese)
            .get(
                "/calendar?orgUnitId=" + centre.id() + "&resourceId=" + room + "&view=dayGridMonth")
            .document();
    assertThat(zh.select("h1").text()).isEqualTo("预订日历");
    var zhCalendar = zh.selectFirst("#booking-calendar");
    assertThat(zhCalendar.attr("data-locale")).isEqualTo("zh-cn");
    assertThat(zhCalendar.attr("data-label-week")).isEqualTo("周");
    assertThat(zhCalendar.attr("data-view")).isEqualTo("dayGridMonth");
    assertThat(zhCalendar.attr("data-resource")).isEqualTo(room.toString());
    assertThat(zh.select("#calendar-resource option[selected]").text())
        .isEqualTo("Garden room (教室)");
  }

  @Test
  void theEventsOfAWeekAreTheCentresBookingsWithinReachOnItsClock() {
    ApiClient api = fixtures.api(coordinator);
    LocalDate tuesday = monday.plusDays(1);
    String first =
        api.post(
                "/api/v1/bookings",
                booking("Planning", at(tuesday, 10, 0, ZONE), at(tuesday, 11, 0, ZONE), room))
            .json()
            .get("id")
            .asString();
    String second =
        api.post(
                "/api/v1/bookings",
                booking("Review", at(monday, 9, 0, ZONE), at(monday, 9, 30, ZONE), room, otherRoom))
            .json()
            .get("id")
            .asString();
    // the Sunday before the week and the Monday after it: outside
    api.post(
        "/api/v1/bookings",
        booking("Before", at(monday.minusDays(1), 22, 0, ZONE), at(monday, 0, 0, ZONE), room));
    api.post(
        "/api/v1/bookings",
        booking(
            "After", at(monday.plusDays(7), 0, 0, ZONE), at(monday.plusDays(7), 1, 0, ZONE), room));
    // another centre's booking, by someone else
    OrgUnit other = fixtures.org().branch(ZONE.getId());
    UUID elsewhere = fixtures.resource(other, "ROOM", "Far room");
    fixtures.hours(other, LocalTime.of(8, 0), LocalTime.of(20, 0));
    fixtures
        .api(fixtures.user(other, "CUSTOMER_SERVICE_ASSISTANT"))
        .post(
            "/api/v1/bookings",
            booking("Elsewhere", at(tuesday, 10, 0, ZONE), at(tuesday, 11, 0, ZONE), elsewhere));
    fixtures.closure(
        centre.id(),
        null,
        "HOLIDAY",
        at(monday.plusDays(4), 0, 0, ZONE),
        at(monday.plusDays(5), 0, 0, ZONE));

    String week = "&start=" + monday + "T00:00:00&end=" + monday.plusDays(7) + "T00:00:00";
    ApiClient.Response response = api.get(EVENTS + "?orgUnitId=" + centre.id() + week);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("timeZone").asString()).isEqualTo("Europe/London");
    List<String> titles = new ArrayList<>();
    body.get("events").forEach(e -> titles.add(e.get("title").asString()));
    assertThat(titles).containsExactly("Review", "Planning");
    JsonNode review = body.get("events").get(0);
    assertThat(review.get("id").asString()).isEqualTo(second);
    assertThat(review.get("start").asString()).isEqualTo(monday + "T09:00:00");
    assertThat(review.get("end").asString()).isEqualTo(monday + "T09:30:00");
    assertThat(review.get("version").asLong())
        .isEqualTo(api.get("/api/v1/bookings/" + second).json().get("version").asLong());
    List<String> held = new ArrayList<>();
    review.get("resources").forEach(r -> held.add(r.get("name").asString()));
    assertThat(held).containsExactly("Garden room", "River room");
    assertThat(body.get("truncated").asBoolean()).isFalse();
    JsonNode closures = body.get("closures");
    assertThat(closures).hasSize(1);
    assertThat(closures.get(0).get("start").asString()).isEqualTo(monday.plusDays(4) + "T00:00:00");

    JsonNode ofOtherRoom =
        api.get(EVENTS + "?orgUnitId=" + centre.id() + "&resourceId=" + otherRoom + week).json();
    assertThat(ofOtherRoom.get("events")).hasSize(1);
    assertThat(ofOtherRoom.get("events").get(0).get("id").asString()).isEqualTo(second);

    // cancelled: off the calendar
    String version = api.get("/api/v1/bookings/" + first).header("ETag");
    SchedulingFixtures.postIfMatch(
        api, "/api/v1/bookings/" + first + "/cancellation", Map.of("reason", "off"), version);
    assertThat(api.get(EVENTS + "?orgUnitId=" + centre.id() + week).json().get("events"))
        .hasSize(1);

    // a centre out of reach, a resource of another centre: not found
    assertThat(api.get(EVENTS + "?orgUnitId=" + other.id() + week).status()).isEqualTo(404);
    assertThat(
            api.get(EVENTS + "?orgUnitId=" + centre.id() + "&resourceId=" + elsewhere + week)
                .status())
        .isEqualTo(404);
  }

  @Test
  void aRangeIsBoundedAndABadParameterIsA400NamingIt() {
    ApiClient api = fixtures.api(coordinator);
    String centreParam = "?orgUnitId=" + centre.id();
    String start = "&start=" + monday + "T00:00:00";
    assertThat(
            api.get(EVENTS + centreParam + start + "&end=" + monday + "T00:00:00").refusedFields())
        .containsEntry("end", "after-start");
    assertThat(
            api.get(EVENTS + centreParam + start + "&end=" + monday.plusDays(63) + "T00:00:00")
                .refusedFields())
        .containsEntry("end", "range");
    assertThat(
            api.get(EVENTS + centreParam + start + "&end=" + monday.plusDays(62) + "T00:00:00")
                .status())
        .isEqualTo(200);

    assertBad(api.get(EVENTS + centreParam + "&start=monday&end=" + monday + "T00:00:00"), "start");
    assertBad(api.get(EVENTS + centreParam + start), "end");
    assertBad(
        api.get(EVENTS + "?orgUnitId=x" + start + "&end=" + monday + "T12:00:00"), "orgUnitId");
    assertBad(
        api.get(EVENTS + "?start=" + monday + "T00:00:00&end=" + monday + "T12:00:00"),
        "orgUnitId");
    assertBad(
        api.get(EVENTS + centreParam + "&resourceId=7" + start + "&end=" + monday + "T12:00:00"),
        "resourceId");
  }

  private static void assertBad(ApiClient.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
  }

  @Test
  void aFreeTimeOpensTheFormFilledInAndBookingLeadsBackToTheCalendar() {
    LocalDate tuesday = monday.plusDays(1);
    PageClient pages = fixtures.pages(coordinator);
    Document form =
        pages
            .get(
                "/bookings/new?centreId="
                    + centre.id()
                    + "&date="
                    + tuesday
                    + "&startTime=10:00&endTime=10:30&back=calendar&resourceIds="
                    + room
                    + "&calendarResourceId="
                    + room)
            .document();
    assertThat(form.select("#date").val()).isEqualTo(tuesday.toString());
    assertThat(form.select("#startTime").val()).isEqualTo("10:00");
    assertThat(form.select("#endTime").val()).isEqualTo("10:30");
    assertThat(form.select("#resource-choice input[checked]").eachAttr("value"))
        .containsExactly(room.toString());
    assertThat(form.select("#booking-form input[name=back]").val()).isEqualTo("calendar");

    List<Map.Entry<String, String>> fields = new ArrayList<>();
    form.select("#booking-form input[type=hidden], #booking-form input[checked]").stream()
        .filter(i -> !i.attr("name").startsWith("_"))
        .forEach(i -> fields.add(Map.entry(i.attr("name"), i.val())));
    fields.add(Map.entry("centreId", centre.id().toString()));
    fields.add(Map.entry("date", tuesday.toString()));
    fields.add(Map.entry("startTime", "10:00"));
    fields.add(Map.entry("endTime", "10:30"));
    fields.add(Map.entry("purpose", "CLASS_SESSION"));
    fields.add(Map.entry("title", "English A1"));
    PageClient.Page booked = pages.postList("/bookings", fields);
    assertThat(booked.status()).as(booked.body()).isEqualTo(302);
    assertThat(booked.location())
        .endsWith(
            "/calendar?orgUnitId="
                + centre.id()
                + "&resourceId="
                + room
                + "&date="
                + tuesday
                + "&view=timeGridDay");
    Document calendar =
        pages
            .get(
                java.net.URI.create(booked.location()).getRawPath()
                    + "?"
                    + java.net.URI.create(booked.location()).getRawQuery())
            .document();
    assertThat(calendar.selectFirst("#booking-calendar").attr("data-date"))
        .isEqualTo(tuesday.toString());
    assertThat(fixtures.activeHolds(room)).isEqualTo(1);
  }
}
