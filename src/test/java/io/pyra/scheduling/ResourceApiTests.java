package io.pyra.scheduling;

import static io.pyra.scheduling.ResourceStaff.add;
import static io.pyra.scheduling.ResourceStaff.code;
import static io.pyra.scheduling.ResourceStaff.instructor;
import static io.pyra.scheduling.ResourceStaff.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Resources over the API: added, read, listed by a cursor and filters, changed with If-Match (a
 * stale version is 412 and changes nothing), taken out of use; an instructor with their user's name
 * and courses; another centre's principal neither sees nor changes them; every bad input is a 422
 * naming the field, in English and Chinese, and nothing is stored.
 */
@PyraIntegrationTest
class ResourceApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  ResourceStaff staff;
  OrgUnit centre;
  UserAccount principal;
  ApiClient api;

  @BeforeEach
  void setUp() {
    staff = new ResourceStaff(orgUnits, users, roles, jdbc, port);
    centre = staff.org().branch();
    principal = staff.user(centre, "CENTRE_PRINCIPAL");
    api = staff.api(principal);
  }

  @Test
  void aRoomIsAddedReadListedChangedWithItsVersionAndTakenOutOfUse() {
    String code = code();
    ApiClient.Response created =
        api.post("/api/v1/resources", room(code.toLowerCase(), centre.id()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/resources/" + id);
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(body.get("kind").asString()).isEqualTo("ROOM");
    assertThat(body.get("capacity").asInt()).isEqualTo(24);
    assertThat(body.get("orgUnitName").asString()).isEqualTo(centre.name());
    assertThat(body.get("active").asBoolean()).isTrue();

    String path = "/api/v1/resources/" + id;
    ApiClient.Response read = api.get(path);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));

    JsonNode listed =
        api.get("/api/v1/resources?kind=room&orgUnitId=" + centre.id() + "&q=" + code).json();
    assertThat(listed.get("items")).hasSize(1);
    assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(id);
    assertThat(api.get("/api/v1/resources?kind=PROJECTOR&q=" + code).json().get("items")).isEmpty();

    Map<String, Object> change = room("IGNORED", centre.id());
    change.put("kind", "PROJECTOR");
    change.put("name", "Lecture hall");
    change.put("capacity", 80);
    ApiClient.Response changed = api.put(path, change, created.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("code").asString()).as("the code stays").isEqualTo(code);
    assertThat(changed.json().get("kind").asString()).as("the kind stays").isEqualTo("ROOM");
    assertThat(changed.json().get("capacity").asInt()).isEqualTo(80);
    assertThat(changed.header("ETag")).isNotEqualTo(created.header("ETag"));

    // a second save on the version read before is refused and overwrites nothing
    Map<String, Object> late = room(code, centre.id());
    late.put("name", "A lost update");
    assertThat(api.put(path, late, created.header("ETag")).status()).isEqualTo(412);
    assertThat(api.get(path).json().get("name").asString()).isEqualTo("Lecture hall");
    assertThat(api.put(path, late, null).status()).isEqualTo(428);

    ApiClient.Response off =
        api.send(
            api.builder(path + "/deactivation")
                .header("If-Match", api.get(path).header("ETag"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(
            api.send(api.builder(path + "/activation").POST(HttpRequest.BodyPublishers.noBody()))
                .status())
        .as("without If-Match")
        .isEqualTo(428);
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(off.json().get("active").asBoolean()).isFalse();
    assertThat(api.get("/api/v1/resources?active=true&q=" + code).json().get("items")).isEmpty();
    assertThat(api.get("/api/v1/resources?active=false&q=" + code).json().get("items")).hasSize(1);
  }

  @Test
  void anInstructorIsAUserOfTheCentreWithTheirNameAndCourses() {
    UUID course = staff.product();
    UUID otherCourse = staff.product();
    UserAccount teacher = staff.user(staff.org().unit(centre), "TEACHER");
    ApiClient.Response created =
        api.post(
            "/api/v1/resources",
            instructor(code(), centre.id(), teacher.id(), List.of(course, otherCourse, course)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("userName").asString()).isEqualTo(teacher.displayName());
    assertThat(body.get("capacity").isNull()).isTrue();
    List<String> courses = new ArrayList<>();
    body.get("courses").forEach(c -> courses.add(c.get("id").asString()));
    assertThat(courses).containsExactlyInAnyOrder(course.toString(), otherCourse.toString());

    // one instructor resource per user
    assertThat(
            api.post("/api/v1/resources", instructor(code(), centre.id(), teacher.id(), List.of()))
                .refusedFields())
        .containsExactly(entry("userId", "unique"));
  }

  @Test
  void anotherCentresPrincipalNeitherSeesNorChangesTheResource() {
    UUID id = add(api, room(code(), centre.id()));
    OrgUnit other = staff.org().branch();
    ApiClient stranger = staff.api(staff.user(other, "CENTRE_PRINCIPAL"));
    String path = "/api/v1/resources/" + id;
    String etag = api.get(path).header("ETag");

    assertThat(stranger.get(path).status()).isEqualTo(404);
    assertThat(stranger.get("/api/v1/resources?limit=200").body()).doesNotContain(id.toString());
    assertThat(stranger.put(path, room(code(), other.id()), etag).status()).isEqualTo(404);
    assertThat(stranger.get(path + "/hours").status()).isEqualTo(404);
    assertThat(stranger.get("/api/v1/centres/" + centre.id() + "/scheduling-hours").status())
        .isEqualTo(404);
    // nor places a resource in a centre they do not manage
    assertThat(stranger.post("/api/v1/resources", room(code(), centre.id())).refusedFields())
        .containsExactly(entry("orgUnitId", "not-allowed"));
    // a teacher of the centre reads but does not change
    ApiClient teacher = staff.api(staff.user(centre, "TEACHER"));
    assertThat(teacher.get(path).status()).isEqualTo(200);
    assertThat(teacher.put(path, room(code(), centre.id()), etag).status()).isEqualTo(403);
    assertThat(api.get(path).header("ETag")).isEqualTo(etag);
  }

  @Test
  void everyBadResourceIsRefusedNamingTheFieldAndNothingIsStored() {
    UUID taken = add(api, room(code(), centre.id()));
    String takenCode = api.get("/api/v1/resources/" + taken).json().get("code").asString();
    UserAccount inactive = staff.org().member(centre).roles("TEACHER").active(false).create();
    UserAccount elsewhere = staff.user(staff.org().branch(), "TEACHER");
    UserAccount teacher = staff.user(centre, "TEACHER");
    long before = staff.resourceCount();

    refused(b -> b.put("kind", "SPACESHIP"), "kind", "one-of");
    refused(b -> b.remove("kind"), "kind", "one-of");
    refused(b -> b.put("code", ""), "code", "required");
    refused(b -> b.put("code", "no spaces!"), "code", "pattern");
    refused(b -> b.put("code", "X".repeat(41)), "code", "max-length");
    refused(b -> b.put("code", takenCode.toLowerCase()), "code", "unique");
    refused(b -> b.put("name", " "), "name", "required");
    refused(b -> b.put("name", "N".repeat(201)), "name", "max-length");
    refused(b -> b.remove("orgUnitId"), "orgUnitId", "required");
    refused(b -> b.put("orgUnitId", UUID.randomUUID().toString()), "orgUnitId", "not-found");
    refused(b -> b.remove("capacity"), "capacity", "required");
    refused(b -> b.put("capacity", 0), "capacity", "range");
    refused(b -> b.put("capacity", -3), "capacity", "range");
    refused(b -> b.put("equipment", "E".repeat(501)), "equipment", "max-length");
    refused(b -> b.put("note", "N".repeat(1001)), "note", "max-length");
    refused(
        b -> {
          b.put("kind", "PC_SET");
          b.remove("capacity");
        },
        "capacity",
        "required");
    refused(instructorWith(null), "userId", "required");
    refused(instructorWith(UUID.randomUUID()), "userId", "not-found");
    refused(instructorWith(inactive.id()), "userId", "not-found");
    refused(instructorWith(elsewhere.id()), "userId", "centre");
    refused(
        instructorWith(teacher.id()).andThen(b -> b.put("skills", "S".repeat(501))),
        "skills",
        "max-length");
    refused(
        instructorWith(teacher.id())
            .andThen(b -> b.put("courseIds", List.of(UUID.randomUUID().toString()))),
        "courseIds",
        "not-found");
    refused(
        instructorWith(teacher.id())
            .andThen(
                b -> b.put("courseIds", Collections.nCopies(101, UUID.randomUUID().toString()))),
        "courseIds",
        "max-items");

    // a refusal speaks the user's language
    ApiClient.Response chinese =
        api.send(
            api.builder("/api/v1/resources")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ROOM\"}")));
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(chinese.body()).contains("编码：请填写编码。");
    assertThat(staff.resourceCount()).isEqualTo(before);
  }

  @Test
  void badHoursAndClosuresAreRefusedNamingTheFieldAndNothingIsStored() {
    UUID id = add(api, room(code(), centre.id()));
    String hours = "/api/v1/resources/" + id + "/hours";
    String closures = "/api/v1/resources/" + id + "/closures";
    long hoursBefore = staff.hoursCount();
    long closuresBefore = staff.closureCount();

    assertThat(api.put(hours, Map.of()).refusedFields())
        .containsExactly(entry("hours", "required"));
    assertThat(
            api.put(hours, week(interval(1, "09:00", "12:00"), interval(1, "11:30", "14:00")))
                .refusedFields())
        .containsExactly(entry("hours[1].opensAt", "overlap"));
    assertThat(api.put(hours, week(interval(1, "12:00", "09:00"))).refusedFields())
        .containsExactly(entry("hours[0].closesAt", "order"));
    assertThat(api.put(hours, week(interval(8, "09:00", "12:00"))).refusedFields())
        .containsExactly(entry("hours[0].weekday", "range"));
    assertThat(api.put(hours, week(interval(2, "nine", "12:00"))).refusedFields())
        .containsExactly(entry("hours[0].opensAt", "time"));
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      many.add(
          interval(1 + i % 7, String.format("%02d:00", i / 7), String.format("%02d:30", i / 7)));
    }
    assertThat(api.put(hours, Map.of("hours", many)).refusedFields())
        .containsExactly(entry("hours", "max-items"));
    assertThat(
            api.put(
                    "/api/v1/centres/" + centre.id() + "/scheduling-hours",
                    week(
                        interval(3, "08:00", "12:00"),
                        interval(3, "12:00", "20:00"),
                        interval(3, "19:00", "21:00")))
                .refusedFields())
        .containsExactly(entry("hours[2].opensAt", "overlap"));

    assertThat(
            api.post(closures, closure("LEAVE", "2027-01-01T00:00:00Z", "2027-01-02T00:00:00Z"))
                .refusedFields())
        .as("leave is an instructor's")
        .containsExactly(entry("kind", "one-of"));
    assertThat(
            api.post(closures, closure("CLOSURE", "2027-01-02T00:00:00Z", "2027-01-02T00:00:00Z"))
                .refusedFields())
        .containsExactly(entry("endsAt", "before-start"));
    assertThat(
            api.post(closures, closure("CLOSURE", "2027-01-01T00:00:00Z", "2028-01-03T00:00:00Z"))
                .refusedFields())
        .containsExactly(entry("endsAt", "range"));
    Map<String, Object> noStart = closure("CLOSURE", null, "2027-01-02T00:00:00Z");
    assertThat(api.post(closures, noStart).refusedFields())
        .containsExactly(entry("startsAt", "required"));
    Map<String, Object> longReason =
        closure("CLOSURE", "2027-01-01T00:00:00Z", "2027-01-02T00:00:00Z");
    longReason.put("reason", "R".repeat(201));
    assertThat(api.post(closures, longReason).refusedFields())
        .containsExactly(entry("reason", "max-length"));
    assertThat(
            api.post(
                    "/api/v1/centres/" + centre.id() + "/closures",
                    closure("LEAVE", "2027-01-01T00:00:00Z", "2027-01-02T00:00:00Z"))
                .refusedFields())
        .containsExactly(entry("kind", "one-of"));
    assertThat(
            api.get(
                    "/api/v1/resources/"
                        + id
                        + "/availability?start=2027-01-02T10:00:00Z"
                        + "&end=2027-01-02T09:00:00Z")
                .refusedFields())
        .containsExactly(entry("end", "before-start"));
    // a company-wide holiday needs resource.manage over every centre
    assertThat(
            api.post(
                    "/api/v1/company-holidays",
                    closure("HOLIDAY", "2027-01-01T00:00:00Z", "2027-01-02T00:00:00Z"))
                .status())
        .isEqualTo(403);

    assertThat(staff.hoursCount()).isEqualTo(hoursBefore);
    assertThat(staff.closureCount()).isEqualTo(closuresBefore);
  }

  @Test
  void aCentresHoursAndClosuresAreSetReadAndRemoved() {
    String hours = "/api/v1/centres/" + centre.id() + "/scheduling-hours";
    JsonNode initial = api.get(hours).json();
    assertThat(initial.get("own").asBoolean()).isFalse();
    assertThat(initial.get("hours")).hasSize(7);
    assertThat(initial.get("timeZone").asString()).isEqualTo("Asia/Shanghai");

    ApiClient.Response set =
        api.put(hours, week(interval(2, "13:00", "18:00"), interval(2, "09:00", "12:00")));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("own").asBoolean()).isTrue();
    assertThat(set.json().get("hours").get(0).get("opensAt").asString()).isEqualTo("09:00");
    assertThat(set.json().get("hours").get(1).get("opensAt").asString()).isEqualTo("13:00");

    String closures = "/api/v1/centres/" + centre.id() + "/closures";
    ApiClient.Response added =
        api.post(
            closures, closure("holiday", "2099-10-01T00:00:00+08:00", "2099-10-08T00:00:00+08:00"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("kind").asString()).isEqualTo("HOLIDAY");
    assertThat(api.get(closures).json().get("items")).hasSize(1);
    String closureId = added.json().get("id").asString();
    assertThat(api.delete(closures + "/" + closureId, null).status()).isEqualTo(204);
    assertThat(api.get(closures).json().get("items")).isEmpty();
    assertThat(api.delete(closures + "/" + closureId, null).status()).isEqualTo(404);
  }

  private void refused(Consumer<Map<String, Object>> change, String field, String rule) {
    Map<String, Object> body = room(code(), centre.id());
    change.accept(body);
    ApiClient.Response response = api.post("/api/v1/resources", body);
    assertThat(response.refusedFields()).as(response.body()).containsEntry(field, rule);
    assertThat(response.json().get("detail").asString()).isNotBlank();
  }

  private Consumer<Map<String, Object>> instructorWith(UUID user) {
    return b -> {
      b.put("kind", "INSTRUCTOR");
      b.remove("capacity");
      if (user != null) {
        b.put("userId", user.toString());
      }
    };
  }

  @SafeVarargs
  private static Map<String, Object> week(Map<String, Object>... intervals) {
    return Map.of("hours", List.of(intervals));
  }

  private static Map<String, Object> interval(int weekday, String opens, String closes) {
    return Map.of("weekday", weekday, "opensAt", opens, "closesAt", closes);
  }

  static Map<String, Object> closure(String kind, String start, String end) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("startsAt", start);
    body.put("endsAt", end);
    body.put("reason", "National Day");
    return body;
  }
}
