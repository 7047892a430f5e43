package io.pyra.scheduling;

import static io.pyra.scheduling.ResourceApiTests.closure;
import static io.pyra.scheduling.ResourceStaff.add;
import static io.pyra.scheduling.ResourceStaff.code;
import static io.pyra.scheduling.ResourceStaff.instructor;
import static io.pyra.scheduling.ResourceStaff.room;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.sales.CatalogueItemId;
import io.pyra.scheduling.resource.Availability;
import io.pyra.scheduling.resource.AvailabilityAnswer;
import io.pyra.scheduling.resource.Instructors;
import io.pyra.scheduling.resource.Unavailability;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether a resource is available over an interval, each figure worked out by hand from the hours
 * and closures the test sets: opening hours on the centre's clock (across a change to summer time,
 * around a lunch break, intervals that touch), the default 08:00–22:00 of a centre without hours,
 * an instructor's own hours, closures of the resource, its centre, a unit above and the company, an
 * instructor's leave, a resource out of use; and whether an instructor teaches a course.
 */
@PyraIntegrationTest
class AvailabilityTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired Availability availability;
  @Autowired Instructors instructors;

  ResourceStaff staff;
  ApiClient admin;

  @BeforeEach
  void setUp() {
    staff = new ResourceStaff(orgUnits, users, roles, jdbc, port);
    admin = staff.admin();
  }

  @Test
  void hoursCountOnTheCentresClockAcrossTheChangeToSummerTimeAndAroundLunch() {
    OrgUnit berlin = staff.org().branch("Europe/Berlin");
    UUID room = add(admin, room(code(), berlin.id()));
    // Sunday 28 March 2027 the clocks go from 02:00 CET to 03:00 CEST; Monday 29 is on CEST (+2)
    put(
        "/api/v1/centres/" + berlin.id() + "/scheduling-hours",
        interval(7, "01:00", "05:00"),
        interval(1, "09:00", "12:00"),
        interval(1, "13:00", "18:00"),
        interval(2, "09:00", "12:00"),
        interval(2, "12:00", "15:00"));

    // 01:00 CET = 00:00Z, 05:00 CEST = 03:00Z: three hours of real time, not four
    assertThat(check(room, "2027-03-28T00:00:00Z", "2027-03-28T03:00:00Z").available()).isTrue();
    assertThat(check(room, "2027-03-28T00:00:00Z", "2027-03-28T03:01:00Z").reason())
        .isEqualTo(Unavailability.OUTSIDE_HOURS);
    assertThat(check(room, "2027-03-27T23:59:00Z", "2027-03-28T01:00:00Z").reason())
        .as("00:59 CET is before opening")
        .isEqualTo(Unavailability.OUTSIDE_HOURS);
    // Monday: 09:00–12:00 and 13:00–18:00 CEST = 07:00–10:00Z and 11:00–16:00Z
    assertThat(check(room, "2027-03-29T07:00:00Z", "2027-03-29T10:00:00Z").available()).isTrue();
    assertThat(check(room, "2027-03-29T11:00:00Z", "2027-03-29T16:00:00Z").available()).isTrue();
    assertThat(check(room, "2027-03-29T09:30:00Z", "2027-03-29T11:30:00Z").reason())
        .as("across the lunch break")
        .isEqualTo(Unavailability.OUTSIDE_HOURS);
    assertThat(check(room, "2027-03-29T10:00:00Z", "2027-03-29T11:00:00Z").reason())
        .isEqualTo(Unavailability.OUTSIDE_HOURS);
    // Tuesday: 09:00–12:00 and 12:00–15:00 touch: 09:00–15:00 CEST = 07:00–13:00Z is open
    assertThat(check(room, "2027-03-30T07:00:00Z", "2027-03-30T13:00:00Z").available()).isTrue();
    // Wednesday has no hours: closed all day
    assertThat(check(room, "2027-03-31T10:00:00Z", "2027-03-31T11:00:00Z").reason())
        .isEqualTo(Unavailability.OUTSIDE_HOURS);
  }

  @Test
  void aCentreWithoutHoursIsOpenFromEightToTenInItsTimeZone() {
    OrgUnit shanghai = staff.org().branch("Asia/Shanghai");
    UUID room = add(admin, room(code(), shanghai.id()));
    // 08:00–22:00 on UTC+8 = 00:00–14:00Z
    assertThat(check(room, "2027-05-10T00:00:00Z", "2027-05-10T14:00:00Z").available()).isTrue();
    assertThat(check(room, "2027-05-09T23:59:00Z", "2027-05-10T01:00:00Z").reason())
        .isEqualTo(Unavailability.OUTSIDE_HOURS);
    assertThat(check(room, "2027-05-10T13:00:00Z", "2027-05-10T14:01:00Z").reason())
        .isEqualTo(Unavailability.OUTSIDE_HOURS);
  }

  @Test
  void closuresOfTheResourceItsCentreAUnitAboveAndTheCompanyAndLeaveAreInTheWay() {
    OrgUnit region =
        staff.org().unit(staff.org().root(), io.pyra.identity.orgunit.OrgUnitKind.REGION);
    OrgUnit centre =
        staff.org().unit(region.id(), io.pyra.identity.orgunit.OrgUnitKind.BRANCH, "UTC");
    OrgUnit neighbour = staff.org().branch("UTC");
    UUID room = add(admin, room(code(), centre.id()));
    UUID otherRoom = add(admin, room(code(), neighbour.id()));
    UUID course = staff.product();
    UUID teacher = staff.user(centre, "TEACHER").id();
    UUID instructor = add(admin, instructor(code(), centre.id(), teacher, List.of(course)));

    post(
        "/api/v1/resources/" + room + "/closures",
        closure("CLOSURE", "2027-06-01T10:00:00Z", "2027-06-01T12:00:00Z"));
    post(
        "/api/v1/centres/" + centre.id() + "/closures",
        closure("HOLIDAY", "2027-06-02T00:00:00Z", "2027-06-03T00:00:00Z"));
    post(
        "/api/v1/centres/" + region.id() + "/closures",
        closure("CLOSURE", "2027-06-04T00:00:00Z", "2027-06-05T00:00:00Z"));
    post(
        "/api/v1/resources/" + instructor + "/closures",
        closure("LEAVE", "2027-06-07T00:00:00Z", "2027-06-12T00:00:00Z"));

    // the resource's closure: touching its ends is free
    assertThat(check(room, "2027-06-01T11:59:00Z", "2027-06-01T13:00:00Z").reason())
        .isEqualTo(Unavailability.CLOSED);
    assertThat(check(room, "2027-06-01T12:00:00Z", "2027-06-01T13:00:00Z").available()).isTrue();
    assertThat(check(room, "2027-06-01T09:00:00Z", "2027-06-01T10:00:00Z").available()).isTrue();
    assertThat(check(otherRoom, "2027-06-01T10:00:00Z", "2027-06-01T12:00:00Z").available())
        .isTrue();
    // the centre's holiday holds its resources, not the neighbour's
    AvailabilityAnswer holiday = check(room, "2027-06-02T09:00:00Z", "2027-06-02T10:00:00Z");
    assertThat(holiday.reason()).isEqualTo(Unavailability.CLOSED);
    assertThat(holiday.closure().reason()).isEqualTo("National Day");
    assertThat(check(instructor, "2027-06-02T09:00:00Z", "2027-06-02T10:00:00Z").reason())
        .isEqualTo(Unavailability.CLOSED);
    assertThat(check(otherRoom, "2027-06-02T09:00:00Z", "2027-06-02T10:00:00Z").available())
        .isTrue();
    // the region's closure holds the centre below it
    assertThat(check(room, "2027-06-04T09:00:00Z", "2027-06-04T10:00:00Z").reason())
        .isEqualTo(Unavailability.CLOSED);
    assertThat(check(otherRoom, "2027-06-04T09:00:00Z", "2027-06-04T10:00:00Z").available())
        .isTrue();
    // leave
    assertThat(check(instructor, "2027-06-08T09:00:00Z", "2027-06-08T10:00:00Z").reason())
        .isEqualTo(Unavailability.ON_LEAVE);
    assertThat(check(room, "2027-06-08T09:00:00Z", "2027-06-08T10:00:00Z").available()).isTrue();

    // the company's holiday holds every resource
    ApiClient.Response company =
        admin.post(
            "/api/v1/company-holidays",
            closure("HOLIDAY", "2199-01-01T00:00:00Z", "2199-01-02T00:00:00Z"));
    assertThat(company.status()).as(company.body()).isEqualTo(201);
    try {
      assertThat(check(room, "2199-01-01T09:00:00Z", "2199-01-01T10:00:00Z").reason())
          .isEqualTo(Unavailability.CLOSED);
      assertThat(check(otherRoom, "2199-01-01T09:00:00Z", "2199-01-01T10:00:00Z").reason())
          .isEqualTo(Unavailability.CLOSED);
      assertThat(check(room, "2199-01-02T09:00:00Z", "2199-01-02T10:00:00Z").available()).isTrue();
    } finally {
      admin.delete("/api/v1/company-holidays/" + company.json().get("id").asString(), null);
    }

    // an instructor teaches their courses only
    assertThat(instructors.qualifiedFor(new ResourceId(instructor), new CatalogueItemId(course)))
        .isTrue();
    assertThat(
            instructors.qualifiedFor(
                new ResourceId(instructor), new CatalogueItemId(staff.product())))
        .isFalse();
    assertThat(instructors.qualifiedFor(new ResourceId(room), new CatalogueItemId(course)))
        .isFalse();
  }

  @Test
  void anInstructorsOwnHoursReplaceTheCentresAndAResourceOutOfUseIsNeverAvailable() {
    OrgUnit centre = staff.org().branch("UTC");
    UUID teacher = staff.user(centre, "TEACHER").id();
    UUID instructor = add(admin, instructor(code(), centre.id(), teacher, List.of()));
    UUID room = add(admin, room(code(), centre.id()));
    // Thursday 3 June 2027: the centre opens 08:00–22:00 (default); the instructor teaches
    // 18:00–21:00
    put("/api/v1/resources/" + instructor + "/hours", interval(4, "18:00", "21:00"));
    assertThat(check(instructor, "2027-06-03T10:00:00Z", "2027-06-03T11:00:00Z").reason())
        .isEqualTo(Unavailability.OUTSIDE_HOURS);
    assertThat(check(instructor, "2027-06-03T18:00:00Z", "2027-06-03T21:00:00Z").available())
        .isTrue();
    assertThat(check(room, "2027-06-03T10:00:00Z", "2027-06-03T11:00:00Z").available()).isTrue();

    ApiClient.Response off =
        admin.send(
            admin
                .builder("/api/v1/resources/" + room + "/deactivation")
                .header("If-Match", admin.get("/api/v1/resources/" + room).header("ETag"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(off.status()).isEqualTo(200);
    assertThat(check(room, "2027-06-03T10:00:00Z", "2027-06-03T11:00:00Z").reason())
        .isEqualTo(Unavailability.INACTIVE);
    assertThat(check(UUID.randomUUID(), "2027-06-03T10:00:00Z", "2027-06-03T11:00:00Z").reason())
        .isEqualTo(Unavailability.UNKNOWN);
    // the same answer over the API
    Map<?, ?> json =
        Map.of(
            "reason",
            admin
                .get(
                    "/api/v1/resources/"
                        + room
                        + "/availability?start=2027-06-03T10:00:00Z&end=2027-06-03T11:00:00Z")
                .json()
                .get("reason")
                .asString());
    assertThat(json.get("reason")).isEqualTo("INACTIVE");
  }

  private AvailabilityAnswer check(UUID resource, String start, String end) {
    return availability.check(new ResourceId(resource), Instant.parse(start), Instant.parse(end));
  }

  @SafeVarargs
  private void put(String path, Map<String, Object>... intervals) {
    ApiClient.Response set = admin.put(path, Map.of("hours", List.of(intervals)));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  private void post(String path, Map<String, Object> closure) {
    ApiClient.Response added = admin.post(path, closure);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
  }

  private static Map<String, Object> interval(int weekday, String opens, String closes) {
    return Map.of("weekday", weekday, "opensAt", opens, "closesAt", closes);
  }
}
