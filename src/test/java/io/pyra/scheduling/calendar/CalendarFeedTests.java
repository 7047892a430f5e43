package io.pyra.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Calendar feeds (issue 17): a subscription address answers text/calendar without a session, with
 * the bookings of its user, resource or centre in its window (cancelled ones as cancelled); a
 * revoked or made-up token is a plain 404; only the token's hash is kept.
 */
@PyraIntegrationTest
class CalendarFeedTests {

  static final String FEEDS = "/api/v1/scheduling/feeds";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aFeedListsItsBookingsInItsWindowAndARevokedOneIsGone() throws Exception {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    CalendarFixtures fixtures = new CalendarFixtures(jdbc);
    OrgUnit centre = org.branch();
    UserAccount teacher = org.member(centre.id()).roles("TEACHER").create();
    UserAccount principal = org.member(centre.id()).roles("CENTRE_PRINCIPAL").create();
    UUID room = fixtures.room(centre.id());
    UUID instructor = fixtures.instructor(centre.id(), teacher.id());
    Instant today = Instant.now().truncatedTo(ChronoUnit.HOURS);
    UUID taught =
        fixtures.booking(
            "Word basics",
            centre.id(),
            principal.id(),
            today.plus(Duration.ofDays(3)),
            today.plus(Duration.ofDays(3)).plusSeconds(3600),
            room,
            instructor);
    UUID cancelled =
        fixtures.booking(
            "Cancelled class",
            centre.id(),
            principal.id(),
            today.plus(Duration.ofDays(4)),
            today.plus(Duration.ofDays(4)).plusSeconds(3600),
            instructor);
    fixtures.cancel(cancelled, 1);
    fixtures.booking(
        "Far ahead",
        centre.id(),
        principal.id(),
        today.plus(Duration.ofDays(200)),
        today.plus(Duration.ofDays(200)).plusSeconds(3600),
        instructor);
    fixtures.booking(
        "Room only",
        centre.id(),
        principal.id(),
        today.plus(Duration.ofDays(5)),
        today.plus(Duration.ofDays(5)).plusSeconds(3600),
        room);

    ApiClient api = new ApiClient(port).signIn(teacher.username(), OrgFixtures.PASSWORD);
    ApiClient.Response made = api.post(FEEDS, Map.of("kind", "USER", "name", "My classes"));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String url = made.json().get("url").asString();
    assertThat(url).matches("http://[^/]+/calendars/[A-Za-z0-9_-]{43}\\.ics");
    String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
    // only the hash is kept
    assertThat(
            jdbc.sql("select token_hash from scheduling_feed where id = :id")
                .param("id", UUID.fromString(made.json().get("id").asString()))
                .query(String.class)
                .single())
        .isEqualTo(CalendarFeeds.hash(token))
        .doesNotContain(token);
    // the list shows the feed, never its token
    JsonNode list = api.get(FEEDS).json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("url").isNull()).isTrue();

    HttpResponse<String> feed = anonymous("/calendars/" + token + ".ics");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    assertThat(feed.headers().firstValue("Set-Cookie")).isEmpty();
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events.stream().map(e -> value(e, Property.SUMMARY)))
        .containsExactly("Word basics", "Cancelled class");
    assertThat(events.stream().map(e -> value(e, Property.UID)))
        .containsExactly(taught + "@pyra.test", cancelled + "@pyra.test");
    assertThat(events.stream().map(e -> value(e, Property.STATUS)))
        .containsExactly("CONFIRMED", "CANCELLED");

    // a resource's feed, by whoever reads bookings of its centre
    ApiClient manager = new ApiClient(port).signIn(principal.username(), OrgFixtures.PASSWORD);
    String roomUrl =
        manager
            .post(FEEDS, Map.of("kind", "RESOURCE", "targetId", room.toString(), "name", "Room"))
            .json()
            .get("url")
            .asString();
    Calendar roomFeed =
        new CalendarBuilder()
            .build(new StringReader(anonymous(URI.create(roomUrl).getPath()).body()));
    assertThat(
            roomFeed.getComponents("VEVENT").stream().map(e -> value((VEvent) e, Property.SUMMARY)))
        .containsExactly("Word basics", "Room only");
    // a centre out of reach, a resource that does not exist: not found, nothing made
    OrgUnit other = org.branch();
    assertThat(
            manager
                .post(
                    FEEDS, Map.of("kind", "CENTRE", "targetId", other.id().toString(), "name", "X"))
                .status())
        .isEqualTo(404);
    assertThat(manager.post(FEEDS, Map.of("kind", "PLANET", "name", "X")).refusedFields())
        .containsEntry("kind", "one-of");
    assertThat(manager.post(FEEDS, Map.of("kind", "USER", "name", " ")).refusedFields())
        .containsEntry("name", "required");

    // a maker who moves to another centre loses the room's reach: its feed finds nothing
    String roomPath = URI.create(roomUrl).getPath();
    UserAccount moved = users.get(principal.id());
    users.update(
        moved.id(),
        new SaveUser(
            moved.username(),
            moved.displayName(),
            moved.email(),
            moved.phone(),
            other.id(),
            moved.supervisorId(),
            moved.locale(),
            moved.roleIds(),
            true,
            null,
            null));
    assertThat(anonymous(roomPath).statusCode()).isEqualTo(404);

    // revoked: the address answers 404, as does a made-up token
    String id = made.json().get("id").asString();
    assertThat(manager.delete(FEEDS + "/" + id, null).status()).as("not theirs").isEqualTo(404);
    assertThat(api.delete(FEEDS + "/" + id, null).status()).isEqualTo(204);
    HttpResponse<String> revoked = anonymous("/calendars/" + token + ".ics");
    HttpResponse<String> madeUp = anonymous("/calendars/" + "A".repeat(43) + ".ics");
    assertThat(revoked.statusCode()).isEqualTo(404);
    assertThat(madeUp.statusCode()).isEqualTo(404);
    assertThat(revoked.body()).isEqualTo(madeUp.body());
    assertThat(anonymous("/calendars/x%00y.ics").statusCode()).isBetween(400, 404);
    assertThat(api.get(FEEDS).json()).isEmpty();
  }

  @Test
  void theFeedsPageMakesShowsTheAddressOnceAndRevokes() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    UserAccount teacher = org.member(org.branch().id()).roles("TEACHER").speaking("zh-CN").create();
    PageClient page = new PageClient(port).signIn(teacher.username(), OrgFixtures.PASSWORD);
    assertThat(page.get("/scheduling/feeds").document().select("#no-feeds").text())
        .isEqualTo("您没有日历订阅。");
    PageClient.Page made = page.post("/scheduling/feeds", Map.of("kind", "USER", "name", "课表"));
    assertThat(made.status()).isEqualTo(302);
    PageClient.Page shown = page.get("/scheduling/feeds");
    String url = shown.document().select("#feed-url").text();
    assertThat(url).contains("/calendars/").endsWith(".ics");
    assertThat(shown.document().select(".feed-name").text()).isEqualTo("课表");
    assertThat(page.get("/scheduling/feeds").document().select("#feed-url")).isEmpty();
    String revoke = shown.document().select("form[action$=/revoke]").attr("action");
    assertThat(page.post(revoke, Map.of()).status()).isEqualTo(302);
    assertThat(anonymous(URI.create(url).getPath()).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> anonymous(String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }
}
