package io.pyra.scheduling.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.scheduling.SessionFixtures;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions over the API: scheduled with its room, PC set, projector and instructor booked as a
 * CLASS_SESSION and read back (ETag, list filters, an idempotent retry); every broken field refused
 * naming it (capacity over the room or the PC set, an instructor who does not teach the course or
 * is on leave, an unknown or withdrawn course, an inactive profile, the end before the start) with
 * nothing stored; a taken room a 409; another centre sees nothing.
 */
@PyraIntegrationTest
class SessionApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  SessionWorld world;

  @BeforeEach
  void setUp() {
    world = new SessionWorld(orgUnits, users, roles, jdbc, port);
  }

  @Test
  void aSessionBooksItsResourcesAndIsReadBack() {
    Map<String, Object> body =
        SessionFixtures.session(
            world.course, world.at(10), world.at(12), world.room, world.instructor, 12);
    body.put("pcSetId", world.pcSet);
    body.put("projectorId", world.projector);
    ApiClient.Response created =
        world.api.send(
            world
                .api
                .builder("/api/v1/sessions")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "session-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    JsonNode session = created.json();
    String id = session.get("id").asString();
    assertThat(session.get("course").asString()).isEqualTo(world.courseName);
    assertThat(session.get("kind").asString()).isEqualTo("GROUP");
    assertThat(session.get("capacity").asInt()).isEqualTo(12);
    assertThat(session.get("enrolled").asInt()).isZero();
    assertThat(session.get("free").asInt()).isEqualTo(12);
    assertThat(session.get("centre").asString()).isEqualTo(world.centre.name());
    assertThat(Instant.parse(session.get("startsAt").asString())).isEqualTo(world.at(10));

    JsonNode booking =
        world.api.get("/api/v1/bookings/" + session.get("bookingId").asString()).json();
    assertThat(booking.get("purpose").asString()).isEqualTo("CLASS_SESSION");
    assertThat(booking.get("title").asString()).isEqualTo(world.courseName);
    List<String> held = new ArrayList<>();
    booking.get("resources").forEach(r -> held.add(r.get("id").asString()));
    assertThat(held)
        .containsExactlyInAnyOrder(
            world.room.toString(),
            world.pcSet.toString(),
            world.projector.toString(),
            world.instructor.toString());

    ApiClient.Response read = world.api.get("/api/v1/sessions/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(ids(world.api.get("/api/v1/sessions?productId=" + world.course).json()))
        .containsExactly(id);
    assertThat(
            ids(
                world
                    .api
                    .get(
                        "/api/v1/sessions?centreId="
                            + world.centre.id()
                            + "&from="
                            + world.at(9)
                            + "&to="
                            + world.at(11))
                    .json()))
        .containsExactly(id);
    assertThat(
            ids(
                world
                    .api
                    .get("/api/v1/sessions?centreId=" + world.centre.id() + "&from=" + world.at(11))
                    .json()))
        .isEmpty();

    // the same request again with its key: the same session, nothing more booked
    List<Long> before = world.sales.rows();
    ApiClient.Response again =
        world.api.send(
            world
                .api
                .builder("/api/v1/sessions")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "again-" + id)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    assertThat(again.status()).isEqualTo(409);
    assertThat(world.sales.rows()).isEqualTo(before);
  }

  @Test
  void aRetryWithTheSameKeyAnswersTheFirstSession() {
    Map<String, Object> body =
        SessionFixtures.session(
            world.course, world.at(14), world.at(16), world.room, world.instructor, 5);
    String key = "retry-" + UUID.randomUUID();
    ApiClient.Response first = withKey(body, key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    List<Long> rows = world.sales.rows();
    ApiClient.Response second = withKey(body, key);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(world.sales.rows()).isEqualTo(rows);
  }

  @Test
  void eachBrokenFieldIsRefusedByNameAndNothingIsStored() {
    List<Long> rows = world.sales.rows();
    Map<String, Object> overRoom =
        SessionFixtures.session(
            world.course, world.at(10), world.at(12), world.room, world.instructor, 21);
    assertThat(world.api.post("/api/v1/sessions", overRoom).refusedFields())
        .containsEntry("capacity", "over-room");

    Map<String, Object> overSeats =
        SessionFixtures.session(
            world.course, world.at(10), world.at(12), world.room, world.instructor, 13);
    overSeats.put("pcSetId", world.pcSet);
    assertThat(world.api.post("/api/v1/sessions", overSeats).refusedFields())
        .containsEntry("capacity", "over-seats");

    UUID otherCourse = world.sales.course("Python " + UUID.randomUUID());
    assertThat(
            world
                .api
                .post(
                    "/api/v1/sessions",
                    SessionFixtures.session(
                        otherCourse, world.at(10), world.at(12), world.room, world.instructor, 5))
                .refusedFields())
        .containsEntry("instructorId", "not-qualified");

    UUID withdrawn = world.sales.course("Old course " + UUID.randomUUID(), false);
    world.sales.qualify(world.instructor, withdrawn);
    assertThat(
            world
                .api
                .post(
                    "/api/v1/sessions",
                    SessionFixtures.session(
                        withdrawn, world.at(10), world.at(12), world.room, world.instructor, 5))
                .refusedFields())
        .containsEntry("productId", "unknown");
    assertThat(
            world
                .api
                .post(
                    "/api/v1/sessions",
                    SessionFixtures.session(
                        UUID.randomUUID(),
                        world.at(10),
                        world.at(12),
                        world.room,
                        world.instructor,
                        5))
                .refusedFields())
        .containsEntry("productId", "unknown");

    UUID profile = inactiveProfile();
    Map<String, Object> withProfile =
        SessionFixtures.session(
            world.course, world.at(10), world.at(12), world.room, world.instructor, 5);
    withProfile.put("setupProfileId", profile);
    assertThat(world.api.post("/api/v1/sessions", withProfile).refusedFields())
        .containsEntry("setupProfileId", "unknown");

    Map<String, Object> backwards =
        SessionFixtures.session(
            world.course, world.at(12), world.at(10), world.room, world.instructor, 5);
    assertThat(world.api.post("/api/v1/sessions", backwards).refusedFields())
        .containsEntry("endsAt", "after-start");
    ApiClient.Response chinese =
        world.api.send(
            world
                .api
                .builder("/api/v1/sessions")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(overRoom))));
    assertThat(chinese.json().get("errors").get(0).get("message").asString())
        .isEqualTo("容量超过了教室可容纳的人数（20 人）。");

    Map<String, Object> noRoom =
        SessionFixtures.session(world.course, world.at(10), world.at(12), null, null, 5);
    assertThat(world.api.post("/api/v1/sessions", noRoom).refusedFields())
        .containsEntry("roomId", "required")
        .containsEntry("instructorId", "required");

    assertThat(world.sales.rows()).isEqualTo(rows);
  }

  @Test
  void anInstructorOnLeaveIsRefusedAndATakenRoomIsAConflict() {
    world.session(10, 10);
    List<Long> rows = world.sales.rows();
    ApiClient.Response taken =
        world.api.post(
            "/api/v1/sessions",
            SessionFixtures.session(
                world.course, world.at(11), world.at(13), world.room, world.instructor, 5));
    assertThat(taken.status()).as(taken.body()).isEqualTo(409);

    world.scheduling.closure(null, world.instructor, "LEAVE", world.at(14), world.at(18));
    UUID otherRoom = world.sales.room(world.centre, "Room 302", 20);
    ApiClient.Response onLeave =
        world.api.post(
            "/api/v1/sessions",
            SessionFixtures.session(
                world.course, world.at(15), world.at(17), otherRoom, world.instructor, 5));
    assertThat(onLeave.status()).as(onLeave.body()).isEqualTo(422);
    assertThat(world.sales.rows()).isEqualTo(rows);
  }

  @Test
  void anotherCentreSeesNoneOfTheSessions() {
    String id = world.session(10, 10);
    OrgUnit elsewhere = world.scheduling.org().branch(SessionWorld.ZONE.getId());
    ApiClient other =
        world.scheduling.api(world.scheduling.user(elsewhere, "CUSTOMER_SERVICE_ASSISTANT"));
    assertThat(other.get("/api/v1/sessions/" + id).status()).isEqualTo(404);
    assertThat(ids(other.get("/api/v1/sessions?productId=" + world.course).json())).isEmpty();
    assertThat(other.get("/api/v1/sessions/" + id + "/enrolments").status()).isEqualTo(404);
    ApiClient teacher = world.scheduling.api(world.scheduling.user(world.centre, "TEACHER"));
    assertThat(
            teacher
                .post(
                    "/api/v1/sessions",
                    SessionFixtures.session(
                        world.course, world.at(14), world.at(16), world.room, world.instructor, 5))
                .status())
        .isEqualTo(403);
    assertThat(teacher.get("/api/v1/sessions/" + id).status()).isEqualTo(200);
  }

  private ApiClient.Response withKey(Map<String, Object> body, String key) {
    return world.api.send(
        world
            .api
            .builder("/api/v1/sessions")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private UUID inactiveProfile() {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_setup_profile (id, code, name, operating_system, active, version,
              created_at, updated_at)
            values (:id, :code, 'Old lab', 'Windows 10', false, 0, current_timestamp,
              current_timestamp)""")
        .param("id", id)
        .param("code", "P-" + id.toString().substring(0, 8))
        .update();
    return id;
  }

  static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("items").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
}
