package io.pyra.scheduling.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The per-machine checklist (issue 17): machines marked installed, verified or failed (with a
 * note), the progress as verified of all, READY exactly when every machine is verified and open
 * again when one is taken back; bad marks refused with the field named and nothing changed; the
 * booking's page shows the state.
 */
@PyraIntegrationTest
class SetupChecklistTests {

  static final int SEATS = 5;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  SetupFixtures fixtures;
  UserAccount principal;
  UserAccount technician;
  UUID booking;
  UUID request;
  ApiClient api;

  @BeforeEach
  void setUp() throws Exception {
    fixtures = new SetupFixtures(orgUnits, users, roles, jdbc, events, transactions, port);
    OrgUnit centre = fixtures.org.branch();
    principal = fixtures.user(centre, "CENTRE_PRINCIPAL");
    technician = fixtures.user(centre, "TECHNICIAN");
    UUID pcSet = fixtures.pcSet(centre, "PC set Lab 2", SEATS);
    booking =
        fixtures.session(
            centre,
            "Access for beginners",
            Instant.parse("2031-04-01T01:00:00Z"),
            Instant.parse("2031-04-01T03:00:00Z"),
            fixtures.profile(),
            principal,
            pcSet);
    request = (UUID) fixtures.awaitRequests(booking, r -> r.size() == 1).get(0).get("id");
    api = fixtures.api(technician);
  }

  @Test
  void theRequestIsReadyOnlyWhenEveryMachineIsVerifiedAndOpenAgainWhenOneIsTakenBack() {
    String etag = api.get(path()).header("ETag");
    int verified = 0;
    // machines 1 … 5 installed at once, then verified one by one
    JsonNode answer = markRange(1, SEATS, "INSTALLED", etag);
    assertThat(answer.get("checklist"))
        .extracting(m -> m.get("state").asString())
        .containsOnly("INSTALLED");
    assertProgress(answer, verified, "OPEN");
    for (int no = 1; no < SEATS; no++) {
      answer = mark(no, "VERIFIED", null, answer);
      verified++;
      assertProgress(answer, verified, "OPEN");
    }
    // the last one fails first, with a note, then is verified
    answer = mark(SEATS, "FAILED", "Licence server not reachable", answer);
    assertProgress(answer, verified, "OPEN");
    assertThat(answer.get("checklist").get(SEATS - 1).get("note").asString())
        .isEqualTo("Licence server not reachable");
    answer = mark(SEATS, "VERIFIED", null, answer);
    verified++;
    assertThat(verified).isEqualTo(SEATS);
    assertProgress(answer, verified, "READY");

    // the booking's page says so
    PageClient.Page page = fixtures.pages(principal).get("/bookings/" + booking);
    assertThat(page.document().select("#booking-setup").text()).isEqualTo("PC set Lab 2: ready");

    // machine 3 back to installed: open again, 4 of 5
    answer = mark(3, "INSTALLED", null, answer);
    verified--;
    assertProgress(answer, verified, "OPEN");
    page = fixtures.pages(principal).get("/bookings/" + booking);
    assertThat(page.document().select("#booking-setup").text())
        .isEqualTo("PC set Lab 2: " + verified + " of " + SEATS + " verified");
  }

  @Test
  void badMarksAreRefusedNamingTheFieldAndChangeNothing() {
    JsonNode before = api.get(path()).json();
    String etag = "\"" + before.get("version").asLong() + "\"";
    assertRefused(put(SEATS + 1, "INSTALLED", null, etag), 422, "machineNo");
    assertRefused(put(0, "INSTALLED", null, etag), 422, "machineNo");
    assertRefused(put(1, "BROKEN", null, etag), 422, "state");
    assertRefused(put(1, "PENDING", null, etag), 422, "state");
    assertRefused(put(1, "FAILED", null, etag), 422, "note");
    assertRefused(put(1, "FAILED", "   ", etag), 422, "note");
    assertRefused(put(1, "FAILED", "x".repeat(501), etag), 422, "note");
    assertRefused(
        put(1, "INSTALLED", null, "\"" + (before.get("version").asLong() + 7) + "\""), 412, null);
    assertRefused(put(1, "INSTALLED", null, null), 428, null);
    assertRefused(
        SetupRequestTests.postIfMatch(
            api,
            path() + "/machines",
            Map.of("from", 2, "to", SEATS + 3, "state", "VERIFIED"),
            etag),
        422,
        "to");
    JsonNode after = api.get(path()).json();
    assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
    assertThat(fixtures.machineRows(request, "PENDING")).isEqualTo(SEATS);

    // a note of exactly 500 characters is taken
    ApiClient.Response longest = put(1, "FAILED", "y".repeat(500), etag);
    assertThat(longest.status()).isEqualTo(200);
    assertThat(longest.json().get("checklist").get(0).get("note").asString()).hasSize(500);
  }

  @Test
  void aCancelledRequestTakesNoMarks() throws Exception {
    fixtures.cancel(booking, 1);
    fixtures.awaitRequests(booking, r -> "CANCELLED".equals(r.get(0).get("status")));
    ApiClient.Response read = api.get(path());
    assertThat(read.json().get("status").asString()).isEqualTo("CANCELLED");
    ApiClient.Response mark = put(1, "INSTALLED", null, read.header("ETag"));
    assertThat(mark.status()).isEqualTo(422);
    assertThat(mark.refusedFields()).containsKey("status");
    assertThat(fixtures.machineRows(request, "PENDING")).isEqualTo(SEATS);
  }

  private String path() {
    return "/api/v1/setup-requests/" + request;
  }

  private ApiClient.Response put(int no, String state, String note, String etag) {
    Map<String, Object> body = new HashMap<>();
    body.put("state", state);
    body.put("note", note);
    return etag == null
        ? api.put(path() + "/machines/" + no, body)
        : api.put(path() + "/machines/" + no, body, etag);
  }

  private JsonNode mark(int no, String state, String note, JsonNode current) {
    ApiClient.Response answer = put(no, state, note, "\"" + current.get("version").asLong() + "\"");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private JsonNode markRange(int from, int to, String state, String etag) {
    ApiClient.Response answer =
        SetupRequestTests.postIfMatch(
            api, path() + "/machines", Map.of("from", from, "to", to, "state", state), etag);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** verified of SEATS, computed here by counting the checklist's VERIFIED rows too. */
  private static void assertProgress(JsonNode answer, int verified, String status) {
    List<String> states =
        java.util.stream.StreamSupport.stream(answer.get("checklist").spliterator(), false)
            .map(m -> m.get("state").asString())
            .toList();
    assertThat(states).hasSize(SEATS);
    assertThat(states.stream().filter("VERIFIED"::equals).count()).isEqualTo(verified);
    assertThat(answer.get("verified").asInt()).isEqualTo(verified);
    assertThat(answer.get("machines").asInt()).isEqualTo(SEATS);
    assertThat(answer.get("status").asString()).isEqualTo(status);
  }

  private static void assertRefused(ApiClient.Response response, int status, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    if (field != null) {
      assertThat(response.refusedFields()).as(response.body()).containsKey(field);
    }
  }
}
