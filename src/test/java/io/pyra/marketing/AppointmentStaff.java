package io.pyra.marketing;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
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

/**
 * Centres, staff, leads and customers for the appointment tests, which share one database: every
 * unit, user and lead is new. A lead is written with SQL (the lead module is not this test's
 * subject); everything else goes through the API.
 */
final class AppointmentStaff {

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  AppointmentStaff(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  OrgFixtures org() {
    return org;
  }

  UserAccount user(OrgUnit unit, String roleCode) {
    return org.member(unit).roles(roleCode).speaking("en").create();
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  /** A lead of no campaign with this e-mail and phone (either may be null, not both). */
  UUID lead(String name, String email, String phone) {
    return lead(name, email, phone, null);
  }

  UUID lead(String name, String email, String phone, UUID campaignId) {
    UUID id = UUID.randomUUID();
    UUID admin =
        jdbc.sql("select id from identity_user where username = 'admin'")
            .query(UUID.class)
            .single();
    UUID unit =
        jdbc.sql("select org_unit_id from identity_user where username = 'admin'")
            .query(UUID.class)
            .single();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into marketing_lead (id, campaign_id, source, name, phone, email, status,
              consent_email, consent_sms, consent_phone, owner_id, org_unit_id, version, created_at,
              updated_at)
            values (:id, :campaign, 'PHONE', :name, :phone, :email, 'NEW', true, true, true, :owner,
              :unit, 0, :now, :now)""")
        .param("id", id)
        .param("campaign", campaignId)
        .param("name", name)
        .param("phone", phone)
        .param("email", email)
        .param("owner", admin)
        .param("unit", unit)
        .param("now", SqlTime.utc(now))
        .update();
    return id;
  }

  /** A customer (a person) owned by {@code owner} in {@code unit}. */
  UUID customer(String name, UserAccount owner, OrgUnit unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name);
    body.put("ownerId", owner.id());
    body.put("orgUnitId", unit.id());
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException("customer not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** The centre's week: every day from {@code opens} to {@code closes}. */
  void hours(OrgUnit centre, LocalTime opens, LocalTime closes) {
    List<Map<String, Object>> days = new java.util.ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      days.add(Map.of("weekday", day, "opensAt", opens.toString(), "closesAt", closes.toString()));
    }
    ApiClient.Response set =
        admin().put("/api/v1/marketing/centres/" + centre.id() + "/hours", Map.of("days", days));
    if (set.status() != 200) {
      throw new IllegalStateException("hours not set: " + set.body());
    }
  }

  /** A booking body: the lead or customer (one may be null), at a local time of the centre. */
  static Map<String, Object> booking(
      UUID leadId, UUID customerId, OrgUnit centre, UserAccount consultant, Instant startsAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("leadId", leadId);
    body.put("customerId", customerId);
    body.put("centreId", centre.id());
    body.put("consultantId", consultant == null ? null : consultant.id());
    body.put("startsAt", startsAt == null ? null : startsAt.toString());
    return body;
  }

  static Instant at(LocalDate day, int hour, int minute, String zone) {
    return day.atTime(hour, minute).atZone(ZoneId.of(zone)).toInstant();
  }

  /** A POST with an If-Match (null: none) and a JSON body (null: none). */
  static ApiClient.Response postIfMatch(ApiClient api, String path, Object body, String ifMatch) {
    HttpRequest.Builder builder =
        api.builder(path)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    body == null
                        ? "{}"
                        : tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writeValueAsString(body)));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return api.send(builder);
  }

  /** An appointment booked by {@code agent}; answers the whole response. */
  ApiClient.Response book(UserAccount agent, Map<String, Object> body) {
    return api(agent).post("/api/v1/appointments", body);
  }

  /** Moves an appointment's time into the past (a visit that began an hour ago). */
  void begun(UUID appointmentId) {
    Instant start = Instant.now().minusSeconds(3600);
    jdbc.sql("update marketing_appointment set starts_at = :s, ends_at = :e where id = :id")
        .param("s", SqlTime.utc(start))
        .param("e", SqlTime.utc(start.plusSeconds(3600)))
        .param("id", appointmentId)
        .update();
  }

  /**
   * A real time zone in which it is now between 10:00 and 14:00, so that an hour before and after
   * now are still today there.
   */
  static String middayZone() {
    for (String zone :
        List.of(
            "Pacific/Honolulu",
            "America/Anchorage",
            "America/Los_Angeles",
            "America/Denver",
            "America/Chicago",
            "America/New_York",
            "America/Sao_Paulo",
            "Atlantic/South_Georgia",
            "Atlantic/Azores",
            "Europe/London",
            "Europe/Berlin",
            "Europe/Athens",
            "Europe/Moscow",
            "Asia/Dubai",
            "Asia/Karachi",
            "Asia/Dhaka",
            "Asia/Bangkok",
            "Asia/Shanghai",
            "Asia/Tokyo",
            "Australia/Brisbane",
            "Pacific/Noumea",
            "Pacific/Auckland",
            "Pacific/Tongatapu",
            "Pacific/Kiritimati")) {
      int hour = java.time.ZonedDateTime.now(ZoneId.of(zone)).getHour();
      if (hour >= 10 && hour < 14) {
        return zone;
      }
    }
    throw new IllegalStateException("no zone at midday");
  }

  /** Moves an appointment to {@code minutes} from now (negative: begun that long ago). */
  void startsIn(UUID appointmentId, long minutes) {
    Instant start =
        Instant.now().plusSeconds(minutes * 60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    jdbc.sql("update marketing_appointment set starts_at = :s, ends_at = :e where id = :id")
        .param("s", SqlTime.utc(start))
        .param("e", SqlTime.utc(start.plusSeconds(3600)))
        .param("id", appointmentId)
        .update();
  }

  long appointments() {
    return jdbc.sql("select count(*) from marketing_appointment").query(Long.class).single();
  }

  long callBacks(UserAccount assignee) {
    return jdbc.sql(
            "select count(*) from interaction_task where assignee_id = :a and type = 'CALL_BACK'")
        .param("a", assignee.id())
        .query(Long.class)
        .single();
  }
}
