package io.pyra.scheduling;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Centres, staff, resources, hours and closures for the booking tests, which share one database:
 * every unit, user and resource is new. Resources, hours and closures are written with SQL (their
 * management is not these tests' subject); bookings go through the API.
 */
public final class SchedulingFixtures {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  public SchedulingFixtures(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  public OrgFixtures org() {
    return org;
  }

  public UserAccount user(OrgUnit unit, String roleCode) {
    return org.member(unit).roles(roleCode).speaking("en").create();
  }

  public ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  public PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  /** An active resource of the kind in the unit. */
  public UUID resource(OrgUnit unit, String kind, String name) {
    return resource(unit, kind, name, true);
  }

  public UUID resource(OrgUnit unit, String kind, String name, boolean active) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity, user_id,
              active, version, created_at, updated_at)
            values (:id, :kind, :code, :name, :unit, :capacity, :user, :active, 0, :now, :now)""")
        .param("id", id)
        .param("kind", kind)
        .param("code", OrgFixtures.code("R"))
        .param("name", name)
        .param("unit", unit.id())
        .param("capacity", "ROOM".equals(kind) ? 20 : null)
        .param("user", "INSTRUCTOR".equals(kind) ? user(unit, "TEACHER").id() : null)
        .param("active", active)
        .param("now", SqlTime.utc(now))
        .update();
    return id;
  }

  /** The unit's week: every day from {@code opens} to {@code closes}. */
  public void hours(OrgUnit unit, LocalTime opens, LocalTime closes) {
    for (int day = 1; day <= 7; day++) {
      jdbc.sql(
              """
              insert into scheduling_hours (id, org_unit_id, weekday, opens_at, closes_at)
              values (:id, :unit, :day, :opens, :closes)""")
          .param("id", UUID.randomUUID())
          .param("unit", unit.id())
          .param("day", day)
          .param("opens", opens)
          .param("closes", closes)
          .update();
    }
  }

  /** A closure of a unit, of a resource, or (both null) of the whole company. */
  public void closure(UUID orgUnitId, UUID resourceId, String kind, Instant from, Instant to) {
    jdbc.sql(
            """
            insert into scheduling_closure (id, org_unit_id, resource_id, kind, starts_at, ends_at,
              reason, created_at)
            values (:id, :unit, :resource, :kind, :from, :to, 'test', :now)""")
        .param("id", UUID.randomUUID())
        .param("unit", orgUnitId)
        .param("resource", resourceId)
        .param("kind", kind)
        .param("from", SqlTime.utc(from))
        .param("to", SqlTime.utc(to))
        .param("now", SqlTime.utc(Instant.now()))
        .update();
  }

  public void removeCompanyClosures(Instant from, Instant to) {
    jdbc.sql(
            """
            delete from scheduling_closure where org_unit_id is null and resource_id is null
               and starts_at < :to and ends_at > :from""")
        .param("from", SqlTime.utc(from))
        .param("to", SqlTime.utc(to))
        .update();
  }

  /** A booking body. */
  public static Map<String, Object> booking(
      String title, Instant startsAt, Instant endsAt, UUID... resources) {
    Map<String, Object> body = new HashMap<>();
    body.put("purpose", "MEETING");
    body.put("title", title);
    body.put("startsAt", startsAt == null ? null : startsAt.toString());
    body.put("endsAt", endsAt == null ? null : endsAt.toString());
    body.put("resourceIds", List.of(resources));
    return body;
  }

  public static Instant at(LocalDate day, int hour, int minute, ZoneId zone) {
    return day.atTime(hour, minute).atZone(zone).toInstant();
  }

  /** A POST with an If-Match (null: none) and a JSON body. */
  public static ApiClient.Response postIfMatch(
      ApiClient api, String path, Object body, String ifMatch) {
    HttpRequest.Builder builder =
        api.builder(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return api.send(builder);
  }

  public long bookings() {
    return jdbc.sql("select count(*) from scheduling_booking").query(Long.class).single();
  }

  public long activeHolds(UUID resourceId) {
    return jdbc.sql(
            "select count(*) from scheduling_booking_resource where resource_id = :r and active")
        .param("r", resourceId)
        .query(Long.class)
        .single();
  }
}
