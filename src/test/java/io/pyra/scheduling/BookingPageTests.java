package io.pyra.scheduling;

import static io.pyra.scheduling.SchedulingFixtures.at;
import static io.pyra.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The booking pages against the whole application: a coordinator books a room of their centre on
 * the form (its free times shown), finds it in the list and on its page; booking it again shows the
 * conflicting booking and the alternatives, one of which books the other room in one click; the
 * booking is moved and cancelled from its page, in English and Chinese; another branch finds
 * nothing.
 */
@PyraIntegrationTest
class BookingPageTests {

  static final ZoneId ZONE = ZoneId.of("Europe/London");

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
  LocalDate day;

  @BeforeEach
  void setUp() {
    fixtures = new SchedulingFixtures(orgUnits, users, roles, jdbc, port);
    centre = fixtures.org().branch(ZONE.getId());
    coordinator = fixtures.user(centre, "CUSTOMER_SERVICE_ASSISTANT");
    room = fixtures.resource(centre, "ROOM", "Garden room");
    otherRoom = fixtures.resource(centre, "ROOM", "River room");
    fixtures.hours(centre, LocalTime.of(9, 0), LocalTime.of(18, 0));
    day = LocalDate.now(ZONE).plusDays(5);
  }

  @Test
  void aCoordinatorBooksARoomAndTakesAnAlternativeOnAConflict() {
    PageClient pages = fixtures.pages(coordinator);
    PageClient.Page form =
        pages.get(
            "/bookings/new?centreId=" + centre.id() + "&date=" + day + "&resourceIds=" + room);
    assertThat(form.status()).isEqualTo(200);
    Document page = form.document();
    assertThat(page.select("#resource-choice label").eachText())
        .containsExactly("Garden room (room)", "River room (room)");
    assertThat(page.select("#free-slots .free-slot").eachText()).containsExactly("09:00–18:00");

    PageClient.Page booked = pages.postList("/bookings", fields(room, "10:00", "11:00"));
    assertThat(booked.status()).as(booked.body()).isEqualTo(302);
    String detail = java.net.URI.create(booked.location()).getPath();
    Document shown = pages.get(detail).document();
    assertThat(shown.select("#booking-title").text()).isEqualTo("Planning");
    assertThat(shown.select("#booking-resources").text()).isEqualTo("Garden room");
    assertThat(shown.select("#booking-time").text()).contains(day + " 10:00", "Europe/London");
    Document list =
        pages.get("/bookings?centre=" + centre.id() + "&from=" + day + "&to=" + day).document();
    assertThat(list.select("#booking-table tbody tr")).hasSize(1);

    pages.get("/bookings/new");
    PageClient.Page taken = pages.postList("/bookings", fields(room, "10:30", "11:30"));
    assertThat(taken.status()).isEqualTo(409);
    Document conflict = taken.document();
    assertThat(conflict.select("#conflicting-bookings li").text())
        .contains("Garden room", "Planning", "10:00–11:00");
    Element other = conflict.select("#alternatives button[data-kind=resource]").first();
    assertThat(other.text()).isEqualTo("River room instead");
    assertThat(conflict.select("#alternatives button[data-kind=time]").eachText())
        .containsExactly("At " + day + " 11:00", "At " + day + " 11:15", "At " + day + " 11:30");

    List<Map.Entry<String, String>> oneClick = new ArrayList<>();
    other
        .parent()
        .select("input[type=hidden]")
        .forEach(i -> oneClick.add(Map.entry(i.attr("name"), i.val())));
    PageClient.Page instead = pages.postList("/bookings", oneClick);
    assertThat(instead.status()).as(instead.body()).isEqualTo(302);
    assertThat(
            pages
                .get(java.net.URI.create(instead.location()).getPath())
                .document()
                .select("#booking-resources")
                .text())
        .isEqualTo("River room");
    assertThat(fixtures.activeHolds(otherRoom)).isEqualTo(1);
  }

  @Test
  void aBookingIsMovedAndCancelledFromItsPageAndHiddenFromAnotherBranch() {
    String id =
        fixtures
            .api(coordinator)
            .post(
                "/api/v1/bookings",
                booking("Review", at(day, 14, 0, ZONE), at(day, 15, 0, ZONE), room))
            .json()
            .get("id")
            .asString();
    PageClient pages = fixtures.pages(coordinator);
    Document detail = pages.get("/bookings/" + id).document();
    String version = detail.select("#move input[name=version]").val();
    PageClient.Page moved =
        pages.post(
            "/bookings/" + id + "/move",
            Map.of(
                "version",
                version,
                "date",
                day.toString(),
                "startTime",
                "16:00",
                "endTime",
                "17:00"));
    assertThat(moved.status()).isEqualTo(302);
    Document after = pages.get("/bookings/" + id).document();
    assertThat(after.select("#booking-time").text()).contains(day + " 16:00");
    // outside the hours: refused on the page, nothing changes
    pages.post(
        "/bookings/" + id + "/move",
        Map.of(
            "version",
            after.select("#move input[name=version]").val(),
            "date",
            day.toString(),
            "startTime",
            "18:00",
            "endTime",
            "19:00"));
    Document refused = pages.get("/bookings/" + id).document();
    assertThat(refused.select("#change-error").text()).contains("Garden room", "not open");
    assertThat(refused.select("#booking-time").text()).contains(day + " 16:00");

    PageClient.Page cancelled =
        pages.post(
            "/bookings/" + id + "/cancellation",
            Map.of(
                "version",
                refused.select("#cancel-form input[name=version]").val(),
                "reason",
                "moved online"));
    assertThat(cancelled.status()).isEqualTo(302);
    UserAccount chinese =
        fixtures
            .org()
            .member(centre)
            .roles("CUSTOMER_SERVICE_ASSISTANT")
            .speaking("zh-CN")
            .create();
    Document zh = fixtures.pages(chinese).get("/bookings/" + id).document();
    assertThat(zh.select("#booking-status").text()).isEqualTo("已取消");
    assertThat(zh.select("#booking-cancel-reason").text()).isEqualTo("moved online");

    PageClient stranger =
        fixtures.pages(
            fixtures.user(fixtures.org().branch(ZONE.getId()), "CUSTOMER_SERVICE_ASSISTANT"));
    assertThat(stranger.get("/bookings/" + id).status()).isEqualTo(404);
  }

  private List<Map.Entry<String, String>> fields(UUID resource, String start, String end) {
    return List.of(
        Map.entry("centreId", centre.id().toString()),
        Map.entry("resourceIds", resource.toString()),
        Map.entry("date", day.toString()),
        Map.entry("startTime", start),
        Map.entry("endTime", end),
        Map.entry("purpose", "MEETING"),
        Map.entry("title", "Planning"));
  }
}
