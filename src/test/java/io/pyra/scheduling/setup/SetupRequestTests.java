package io.pyra.scheduling.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.scheduling.BookingId;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * Set-up requests (issue 17): a class session's booking with a profile gets one request per PC set
 * (one machine per seat, all pending, due at the start) that follows its moves and is cancelled
 * with it, once however often the events come; made by hand for a PC set the booking holds; seen
 * only by the technicians whose scope reaches the centre; given to a technician or taken.
 */
@PyraIntegrationTest
class SetupRequestTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired SetupPreparation preparation;

  SetupFixtures fixtures;
  OrgUnit centre;
  UserAccount principal;
  UserAccount technician;

  @BeforeEach
  void setUp() {
    fixtures = new SetupFixtures(orgUnits, users, roles, jdbc, events, transactions, port);
    centre = fixtures.org.branch();
    principal = fixtures.user(centre, "CENTRE_PRINCIPAL");
    technician = fixtures.user(centre, "TECHNICIAN");
  }

  @Test
  void aSessionWithAProfileGetsOneRequestPerPcSetThatFollowsMovesAndCancellation()
      throws Exception {
    UUID profile = fixtures.profile();
    UUID front = fixtures.pcSet(centre, "PC set front", 12);
    UUID back = fixtures.pcSet(centre, "PC set back", 8);
    UUID room = fixtures.resource(centre, "ROOM", "Room 3", 30, null);
    Instant starts = Instant.parse("2031-03-04T01:00:00Z");
    Instant ends = Instant.parse("2031-03-04T03:00:00Z");
    UUID booking =
        fixtures.session(
            centre, "Excel basics", starts, ends, profile, principal, front, back, room);

    List<Map<String, Object>> rows = fixtures.awaitRequests(booking, r -> r.size() == 2);
    assertThat(rows).hasSize(2);
    for (Map<String, Object> row : rows) {
      UUID resource = (UUID) row.get("resource_id");
      int seats = resource.equals(front) ? 12 : 8;
      assertThat(row.get("status")).isEqualTo("OPEN");
      assertThat(((Number) row.get("machines")).intValue()).isEqualTo(seats);
      assertThat(fixtures.machineRows((UUID) row.get("id"), "PENDING")).isEqualTo(seats);
      assertThat(due(row)).isEqualTo(starts);
    }

    // the same event again (and preparing once more by hand) makes nothing new
    preparation.prepare(new BookingId(booking));
    assertThat(fixtures.requests(booking)).hasSize(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from scheduling_setup_machine m join scheduling_setup_request"
                        + " q on q.id = m.request_id where q.booking_id = :b")
                .param("b", booking)
                .query(Long.class)
                .single())
        .isEqualTo(12 + 8);

    // the technician sees them in the queue, due soonest first, with the progress
    ApiClient api = fixtures.api(technician);
    JsonNode list = api.get("/api/v1/setup-requests?bookingId=" + booking + "&status=OPEN").json();
    assertThat(list.get("items")).hasSize(2);
    assertThat(list.get("items").get(0).get("verified").asInt()).isZero();

    // moved an hour later: the requests are due then
    Instant later = starts.plusSeconds(3600);
    fixtures.move(booking, later, ends.plusSeconds(3600), 1);
    rows = fixtures.awaitRequests(booking, r -> r.stream().allMatch(x -> due(x).equals(later)));
    assertThat(rows).extracting(SetupRequestTests::due).containsOnly(later);

    // moved onto the front set only: the back set's request is cancelled
    fixtures.move(booking, later, ends.plusSeconds(3600), 2, front, room);
    rows =
        fixtures.awaitRequests(
            booking, r -> r.stream().anyMatch(x -> "CANCELLED".equals(x.get("status"))));
    assertThat(rows)
        .filteredOn(r -> r.get("resource_id").equals(back))
        .extracting(r -> r.get("status"))
        .containsExactly("CANCELLED");
    assertThat(rows)
        .filteredOn(r -> r.get("resource_id").equals(front))
        .extracting(r -> r.get("status"))
        .containsExactly("OPEN");

    // back onto both sets: the back set's request is open again
    fixtures.move(booking, later, ends.plusSeconds(3600), 3, front, back, room);
    rows =
        fixtures.awaitRequests(
            booking, r -> r.stream().allMatch(x -> "OPEN".equals(x.get("status"))));
    assertThat(rows).extracting(r -> r.get("status")).containsOnly("OPEN");

    // the booking cancelled: every request is
    fixtures.cancel(booking, 4);
    rows =
        fixtures.awaitRequests(
            booking, r -> r.stream().allMatch(x -> "CANCELLED".equals(x.get("status"))));
    assertThat(rows).extracting(r -> r.get("status")).containsOnly("CANCELLED");
  }

  @Test
  void aBookingWithoutAProfileGetsNoRequestButOneCanBeMadeByHand() throws Exception {
    UUID profile = fixtures.profile();
    UUID pcSet = fixtures.pcSet(centre, "PC set A", 6);
    UUID otherSet = fixtures.pcSet(centre, "PC set B", 6);
    UUID room = fixtures.resource(centre, "ROOM", "Room 1", 20, null);
    UUID booking =
        fixtures.session(
            centre,
            "Meeting",
            Instant.parse("2031-03-05T01:00:00Z"),
            Instant.parse("2031-03-05T02:00:00Z"),
            null,
            principal,
            pcSet,
            room);
    // a later session with a profile proves the listener has run past this booking's event
    UUID marker =
        fixtures.session(
            centre,
            "Marker",
            Instant.parse("2031-03-05T03:00:00Z"),
            Instant.parse("2031-03-05T04:00:00Z"),
            profile,
            principal,
            otherSet);
    fixtures.awaitRequests(marker, r -> r.size() == 1);
    preparation.prepare(new BookingId(booking));
    assertThat(fixtures.requests(booking)).isEmpty();

    ApiClient api = fixtures.api(technician);
    // a PC set the booking does not hold, a room, a profile that does not exist
    ApiClient.Response notHeld =
        api.post(
            "/api/v1/setup-requests",
            Map.of(
                "bookingId", booking.toString(),
                "resourceId", otherSet.toString(),
                "profileId", profile.toString()));
    assertThat(notHeld.status()).isEqualTo(422);
    assertThat(notHeld.refusedFields()).containsKey("resourceId");
    ApiClient.Response aRoom =
        api.post(
            "/api/v1/setup-requests",
            Map.of(
                "bookingId", booking.toString(),
                "resourceId", room.toString(),
                "profileId", profile.toString()));
    assertThat(aRoom.status()).isEqualTo(422);
    assertThat(aRoom.refusedFields()).containsKey("resourceId");
    ApiClient.Response noProfile =
        api.post(
            "/api/v1/setup-requests",
            Map.of(
                "bookingId", booking.toString(),
                "resourceId", pcSet.toString(),
                "profileId", UUID.randomUUID().toString()));
    assertThat(noProfile.status()).isEqualTo(422);
    assertThat(noProfile.refusedFields()).containsKey("profileId");
    assertThat(fixtures.requests(booking)).isEmpty();

    ApiClient.Response made =
        api.post(
            "/api/v1/setup-requests",
            Map.of(
                "bookingId", booking.toString(),
                "resourceId", pcSet.toString(),
                "profileId", profile.toString()));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    assertThat(made.json().get("machines").asInt()).isEqualTo(6);
    assertThat(made.json().get("checklist")).hasSize(6);
    assertThat(made.json().get("status").asString()).isEqualTo("OPEN");
    assertThat(made.json().get("dueAt").asString()).isEqualTo("2031-03-05T01:00:00Z");

    // one per booking and PC set
    ApiClient.Response again =
        api.post(
            "/api/v1/setup-requests",
            Map.of(
                "bookingId", booking.toString(),
                "resourceId", pcSet.toString(),
                "profileId", profile.toString()));
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.refusedFields()).containsKey("resourceId");
    assertThat(fixtures.requests(booking)).hasSize(1);
  }

  @Test
  void aRequestIsSeenOnlyWhereTheScopeReachesAndGivenToATechnicianOfItsCentre() throws Exception {
    OrgUnit otherCentre = fixtures.org.branch();
    UserAccount elsewhere = fixtures.user(otherCentre, "TECHNICIAN");
    UserAccount colleague = fixtures.user(centre, "TECHNICIAN");
    UserAccount teacher = fixtures.user(centre, "TEACHER");
    UUID profile = fixtures.profile();
    UUID pcSet = fixtures.pcSet(centre, "PC set C", 4);
    UUID booking =
        fixtures.session(
            centre,
            "Word basics",
            Instant.parse("2031-03-06T01:00:00Z"),
            Instant.parse("2031-03-06T02:00:00Z"),
            profile,
            principal,
            pcSet);
    List<Map<String, Object>> rows = fixtures.awaitRequests(booking, r -> r.size() == 1);
    UUID request = (UUID) rows.get(0).get("id");

    // another centre's technician: not found, not listed, no name of it in the answer
    ApiClient other = fixtures.api(elsewhere);
    ApiClient.Response hidden = other.get("/api/v1/setup-requests/" + request);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).doesNotContain("Word basics").doesNotContain("PC set C");
    assertThat(other.get("/api/v1/setup-requests?bookingId=" + booking).json().get("items"))
        .isEmpty();
    ApiClient.Response otherMark =
        other.put(
            "/api/v1/setup-requests/" + request + "/machines/1",
            Map.of("state", "INSTALLED"),
            "\"0\"");
    assertThat(otherMark.status()).isEqualTo(404);
    // a teacher does not work set-up requests
    assertThat(fixtures.api(teacher).get("/api/v1/setup-requests").status()).isEqualTo(403);

    ApiClient api = fixtures.api(technician);
    ApiClient.Response read = api.get("/api/v1/setup-requests/" + request);
    String etag = read.header("ETag");
    // not a technician of the centre
    ApiClient.Response wrong =
        postIfMatch(
            api,
            "/api/v1/setup-requests/" + request + "/assignment",
            Map.of("technicianId", elsewhere.id().toString()),
            etag);
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.refusedFields()).containsKey("technicianId");
    ApiClient.Response given =
        postIfMatch(
            api,
            "/api/v1/setup-requests/" + request + "/assignment",
            Map.of("technicianId", colleague.id().toString()),
            etag);
    assertThat(given.status()).as(given.body()).isEqualTo(200);
    assertThat(given.json().get("technicianName").asString()).isEqualTo(colleague.displayName());
    // taking it with the old version is stale
    ApiClient.Response stale =
        postIfMatch(api, "/api/v1/setup-requests/" + request + "/assignment", Map.of(), etag);
    assertThat(stale.status()).isEqualTo(412);
    ApiClient.Response taken =
        postIfMatch(
            api,
            "/api/v1/setup-requests/" + request + "/assignment",
            Map.of(),
            given.header("ETag"));
    assertThat(taken.status()).isEqualTo(200);
    assertThat(taken.json().get("technicianId").asString()).isEqualTo(technician.id().toString());
  }

  static ApiClient.Response postIfMatch(ApiClient api, String path, Object body, String ifMatch) {
    return io.pyra.scheduling.SchedulingFixtures.postIfMatch(api, path, body, ifMatch);
  }

  private static Instant due(Map<String, Object> row) {
    Object value = row.get("due_at");
    if (value instanceof OffsetDateTime odt) {
      return SqlTime.instant(odt);
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return ((java.time.temporal.TemporalAccessor) value).query(Instant::from);
  }
}
