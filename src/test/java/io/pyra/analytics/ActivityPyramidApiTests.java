package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A pyramid by activity, for a community without money (seed 002): customers ranked by the number
 * of their contact records of the chosen types over the window, logged through interaction's API;
 * records of other types not counted; a customer active only before the window is INACTIVE, one
 * contacted by another type is a PROSPECT; bad schemes refused naming the field.
 */
@PyraIntegrationTest
class ActivityPyramidApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  @Test
  void membersAreTieredByTheirCountedContactRecords() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = org.branch();
    UserAccount consultant = org.user(branch, "COURSE_CONSULTANT");
    ValueFixtures value = new ValueFixtures(port, jdbc, days);
    ApiClient principal =
        new ApiClient(port)
            .signIn(org.user(branch, "CENTRE_PRINCIPAL").username(), OrgFixtures.PASSWORD);
    ApiClient staff = new ApiClient(port).signIn(consultant.username(), OrgFixtures.PASSWORD);
    // TOP above 3 counted records, HIGH above 2, MIDDLE above 1, LOW the rest
    String scheme =
        value.scheme(
            branch.id(),
            Map.of(
                "method",
                "THRESHOLDS",
                "basis",
                "ACTIVITY",
                "activityTypes",
                List.of("course_inquiry"),
                "thresholds",
                Map.of("TOP", "3", "HIGH", "2", "MIDDLE", "1")));

    Map<String, Integer> counted = new LinkedHashMap<>();
    UUID a = value.customer(consultant, "Member A", "ACTIVE");
    log(staff, a, "COURSE_INQUIRY", 4, 5);
    counted.put("A", 4);
    UUID b = value.customer(consultant, "Member B", "ACTIVE");
    log(staff, b, "COURSE_INQUIRY", 3, 40);
    log(staff, b, "PRICE_INQUIRY", 5, 2); // another type: not counted
    counted.put("B", 3);
    UUID c = value.customer(consultant, "Member C", "ACTIVE");
    log(staff, c, "COURSE_INQUIRY", 1, 300);
    counted.put("C", 1);
    UUID d = value.customer(consultant, "Member D", "SUSPECT");
    log(staff, d, "PRICE_INQUIRY", 2, 3); // contact established, never counted: PROSPECT
    value.customer(consultant, "Member E", "SUSPECT"); // known, no contact: SUSPECT
    UUID f = value.customer(consultant, "Member F", "ACTIVE");
    log(staff, f, "COURSE_INQUIRY", 2, 400); // only before the twelve months: INACTIVE

    JsonNode pyramid = principal.get("/api/v1/analytics/pyramid?scheme=" + scheme).json();

    // by the limits: 4 → TOP, 3 → HIGH, 1 → LOW
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("TOP", (int) counted.values().stream().filter(n -> n > 3).count());
    expected.put("HIGH", (int) counted.values().stream().filter(n -> n > 2 && n <= 3).count());
    expected.put("MIDDLE", (int) counted.values().stream().filter(n -> n > 1 && n <= 2).count());
    expected.put("LOW", (int) counted.values().stream().filter(n -> n <= 1).count());
    expected.put("INACTIVE", 1);
    expected.put("PROSPECT", 1);
    expected.put("SUSPECT", 1);
    Map<String, Integer> tiers = new LinkedHashMap<>();
    pyramid
        .get("tiers")
        .forEach(t -> tiers.put(t.get("tier").asString(), t.get("customers").asInt()));
    assertThat(tiers).isEqualTo(expected);
    assertThat(pyramid.get("activeCustomers").asInt()).isEqualTo(counted.size());
    JsonNode top =
        principal
            .get("/api/v1/analytics/pyramid/customers?tier=TOP&scheme=" + scheme)
            .json()
            .get("items");
    assertThat(top).hasSize(1);
    assertThat(top.get(0).get("customerId").asString()).isEqualTo(a.toString());
    // RFM by activity: F = the counted records
    JsonNode one =
        principal.get("/api/v1/analytics/rfm?scheme=" + scheme + "&customer=" + b).json();
    assertThat(one.get("frequency").asInt()).isEqualTo(3);
    assertThat(c).isNotNull();

    // an activity scheme needs known types of contact records
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Map<String, Object> bad = new HashMap<>();
    bad.put("code", "ACT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
    bad.put("name", "Activity");
    bad.put("basis", "ACTIVITY");
    bad.put("method", "THRESHOLDS");
    bad.put("thresholds", Map.of("TOP", "3", "HIGH", "2", "MIDDLE", "1"));
    assertThat(fields(admin.post("/api/v1/analytics/pyramid-schemes", bad)))
        .containsEntry("activityTypes", "size");
    bad.put("activityTypes", List.of("COURSE_INQUIRY", "NO_SUCH_TYPE"));
    assertThat(fields(admin.post("/api/v1/analytics/pyramid-schemes", bad)))
        .containsEntry("activityTypes", "not-found");
    assertThat(
            jdbc.sql("select count(*) from analytics_pyramid_scheme where code = ?")
                .param(bad.get("code"))
                .query(Long.class)
                .single())
        .isZero();
  }

  /** {@code count} contact records of {@code type}, {@code daysAgo} days ago. */
  private static void log(ApiClient staff, UUID customer, String type, int count, int daysAgo) {
    for (int i = 0; i < count; i++) {
      Map<String, Object> body = new HashMap<>();
      body.put("customerId", customer.toString());
      body.put("type", type);
      body.put("channel", "PHONE");
      body.put("direction", "OUTBOUND");
      body.put("subject", "Activity " + i);
      body.put(
          "occurredAt",
          Instant.now()
              .minus(daysAgo, ChronoUnit.DAYS)
              .minusSeconds(60L * i)
              .truncatedTo(ChronoUnit.MILLIS)
              .toString());
      ApiClient.Response logged = staff.post("/api/v1/interactions", body);
      assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    }
  }

  private static Map<String, String> fields(ApiClient.Response response) {
    return response.refusedFields();
  }

  static LocalDate today() {
    return LocalDate.now(ValueFixtures.ZONE);
  }
}
