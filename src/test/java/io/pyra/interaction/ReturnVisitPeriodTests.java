package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The follow-up policy holds for every period of its length that a return visit falls in, not only
 * for the days before it: back-dated visits, visits between two others and corrections of the time
 * or the type count the visits on both sides. Each test sets its own policy (N visits in 7 days) on
 * a role of its own; the expected answers follow from the distances between the visits.
 */
@PyraIntegrationTest
class ReturnVisitPeriodTests {

  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Duration MICRO = Duration.ofNanos(1000);

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  InteractionStaff staff;

  /**
   * A time with seconds and microseconds, an hour ago: the visits of a test are placed around it.
   */
  Instant t0;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    t0 =
        Instant.now()
            .minus(1, ChronoUnit.HOURS)
            .truncatedTo(ChronoUnit.MINUTES)
            .plusSeconds(17)
            .plusNanos(654_321_000);
  }

  @Test
  void aBackDatedReturnVisitCountsTheVisitsLoggedAfterIt() {
    Consultant c = consultantLimitedTo(2);
    assertThat(c.visit(t0.minus(DAY))).isEqualTo(201);
    assertThat(c.visit(t0.minus(DAY.multipliedBy(2)))).isEqualTo(201);

    // 7.5 days back: the week [t0 - 7.5d, t0 - 0.5d) holds it and both visits
    ApiClient.Response backDated =
        c.post(t0.minus(DAY.multipliedBy(7)).minus(Duration.ofHours(12)));

    assertThat(backDated.status()).as(backDated.body()).isEqualTo(422);
    assertThat(backDated.json().get("errors").get(0).get("rule").asString())
        .isEqualTo("follow-up-policy");
    assertThat(backDated.json().get("detail").asString())
        .contains("at most 2")
        .contains("2 are already logged");
    assertThat(c.returnVisits()).isEqualTo(2);
    // 9 days back: a week holding it ends by t0 - 2d, the earlier visit's time, so it holds neither
    // visit
    assertThat(c.visit(t0.minus(DAY.multipliedBy(9)))).isEqualTo(201);
    assertThat(c.returnVisits()).isEqualTo(3);
  }

  @Test
  void aReturnVisitBetweenTwoOthersCountsBoth() {
    Consultant c = consultantLimitedTo(2);
    assertThat(c.visit(t0.minus(DAY.multipliedBy(6)))).isEqualTo(201);
    assertThat(c.visit(t0.minus(DAY))).isEqualTo(201);

    // the week [t0 - 6d, t0 + 1d) holds both and the new one at t0 - 3d
    ApiClient.Response between = c.post(t0.minus(DAY.multipliedBy(3)));

    assertThat(between.status()).as(between.body()).isEqualTo(422);
    assertThat(c.returnVisits()).isEqualTo(2);
  }

  @Test
  void aReturnVisitBetweenTwoThatNoWeekHoldsTogetherIsLogged() {
    Consultant c = consultantLimitedTo(2);
    assertThat(c.visit(t0.minus(DAY.multipliedBy(20)))).isEqualTo(201);
    assertThat(c.visit(t0.minus(DAY.multipliedBy(11)))).isEqualTo(201);

    // 5 days after the first and 4 before the second: a week holds it with one of them, never with
    // both (9 days apart)
    assertThat(c.visit(t0.minus(DAY.multipliedBy(15)))).isEqualTo(201);

    // a fourth between them would share the week [t0 - 20d, t0 - 13d) with two
    assertThat(c.visit(t0.minus(DAY.multipliedBy(16)))).isEqualTo(422);
    assertThat(c.returnVisits()).isEqualTo(3);
  }

  @Test
  void aWeekStartsAtItsFirstMicrosecondAndEndsBeforeItsLast() {
    Consultant c = consultantLimitedTo(1);
    Instant x = t0.minus(DAY.multipliedBy(10));
    assertThat(c.visit(x)).isEqualTo(201);

    assertThat(c.visit(x.plus(WEEK).minus(MICRO)))
        .as("the week starting at x holds it")
        .isEqualTo(422);
    assertThat(c.visit(x.minus(WEEK).plus(MICRO)))
        .as("the week starting at it holds x")
        .isEqualTo(422);
    assertThat(c.returnVisits()).isEqualTo(1);
    assertThat(c.visit(x.minus(WEEK)))
        .as("exactly a week before x: no week holds both")
        .isEqualTo(201);
    assertThat(c.visit(x.plus(WEEK)))
        .as("exactly a week after x: no week holds both")
        .isEqualTo(201);
    assertThat(c.returnVisits()).isEqualTo(3);
  }

  @Test
  void aCorrectedTimeOrTypeCountsTheVisitsOnBothSides() {
    Consultant c = consultantLimitedTo(2);
    assertThat(c.visit(t0.minus(DAY))).isEqualTo(201);
    assertThat(c.visit(t0.minus(DAY.multipliedBy(2)))).isEqualTo(201);
    ApiClient.Response alone = c.post(t0.minus(DAY.multipliedBy(20)));
    assertThat(alone.status()).isEqualTo(201);
    String path = "/api/v1/interactions/" + alone.json().get("id").asString();

    // moved to 7.5 days back, it would share a week with the two later visits
    ApiClient.Response moved =
        c.api.patch(
            path,
            Map.of(
                "occurredAt", t0.minus(DAY.multipliedBy(7)).minus(Duration.ofHours(12)).toString()),
            alone.header("ETag"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(422);
    assertThat(moved.json().get("errors").get(0).get("rule").asString())
        .isEqualTo("follow-up-policy");
    // 9 days back, the weeks holding it end by t0 - 2d
    ApiClient.Response fits =
        c.api.patch(
            path,
            Map.of("occurredAt", t0.minus(DAY.multipliedBy(9)).toString()),
            alone.header("ETag"));
    assertThat(fits.status()).as(fits.body()).isEqualTo(200);

    // a visit 5 days back made a return visit: the week [t0 - 5d, t0 + 2d) holds it and the two
    // later ones
    ApiClient.Response visit =
        c.api.post(
            "/api/v1/interactions", body(c.customerId, "VISIT", t0.minus(DAY.multipliedBy(5))));
    assertThat(visit.status()).isEqualTo(201);
    ApiClient.Response retyped =
        c.api.patch(
            "/api/v1/interactions/" + visit.json().get("id").asString(),
            Map.of("type", "RETURN_VISIT"),
            visit.header("ETag"));
    assertThat(retyped.status()).as(retyped.body()).isEqualTo(422);
    assertThat(c.returnVisits()).isEqualTo(3);
  }

  /**
   * A consultant whose only limited role allows {@code max} return visits to one customer in 7
   * days.
   */
  private Consultant consultantLimitedTo(int max) {
    Role role = staff.role("Limited", Map.of("interaction.create", Scope.ORG_UNIT));
    ApiClient.Response policy =
        staff
            .admin()
            .post(
                "/api/v1/follow-up-policies",
                Map.of("role", role.code(), "maxReturnVisits", max, "periodDays", 7));
    assertThat(policy.status()).as(policy.body()).isEqualTo(201);
    UserAccount user = staff.user(staff.branch().id(), "CALL_CENTRE_AGENT", role.code());
    return new Consultant(staff.as(user), staff.customer(user, null).get("id").asString());
  }

  /** A contact record body with the time to the microsecond. */
  private static Map<String, Object> body(String customerId, String type, Instant at) {
    Map<String, Object> body = record(customerId, type, at);
    body.put("occurredAt", at.toString());
    return body;
  }

  private final class Consultant {

    final ApiClient api;
    final String customerId;

    Consultant(ApiClient api, String customerId) {
      this.api = api;
      this.customerId = customerId;
    }

    ApiClient.Response post(Instant at) {
      return api.post("/api/v1/interactions", body(customerId, "RETURN_VISIT", at));
    }

    int visit(Instant at) {
      return post(at).status();
    }

    long returnVisits() {
      return jdbc.sql(
              "select count(*) from interaction_record where customer_id = ? and type_id = "
                  + "'00000000-0000-7000-8004-00000000000a'")
          .param(UUID.fromString(customerId))
          .query(Long.class)
          .single();
    }
  }
}
