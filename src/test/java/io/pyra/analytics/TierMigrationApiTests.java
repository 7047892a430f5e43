package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.analytics.pyramid.CustomerTiers;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.analytics.pyramid.Tier;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Tier history over the API: a branch whose customers bought in the last two months, a scheme by
 * limits over one month and the branch alone; the two month ends are snapshotted on demand, the
 * migration matrix, its cells' customers and a customer's tier path are those worked out here from
 * the purchases by plain arithmetic; the pyramid of a snapshotted month end is the one computed
 * before it was snapshotted; bad periods are refused naming the field.
 */
@PyraIntegrationTest
class TierMigrationApiTests {

  /** The month ends of the last two months: P1 the earlier, P2 the later. */
  static final LocalDate P2 = LocalDate.now(ValueFixtures.ZONE).withDayOfMonth(1).minusDays(1);

  static final LocalDate P1 = P2.withDayOfMonth(1).minusDays(1);

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;
  @Autowired CustomerTiers tiers;
  @Autowired PyramidSchemes schemes;

  OrgFixtures fixtures;
  OrgUnit branch;
  UserAccount consultant;
  ValueFixtures value;
  ApiClient principal;
  String scheme;

  /** What each customer bought in P1's month and in P2's, by letter. */
  final Map<String, BigDecimal[]> bought = new TreeMap<>();

  final Map<String, UUID> ids = new HashMap<>();

  @BeforeEach
  void setUp() {
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    value = new ValueFixtures(port, jdbc, days);
    principal =
        new ApiClient(port)
            .signIn(fixtures.user(branch, "CENTRE_PRINCIPAL").username(), OrgFixtures.PASSWORD);
    // TOP above 1,000, HIGH above 500, MIDDLE above 100, LOW the rest; one month: the month itself
    scheme =
        value.scheme(
            branch.id(),
            Map.of(
                "method",
                "THRESHOLDS",
                "basis",
                "NET_REVENUE",
                "windowMonths",
                1,
                "thresholds",
                Map.of("TOP", "1000", "HIGH", "500", "MIDDLE", "100")));
  }

  @Test
  void theMigrationBetweenTwoMonthEndsCountsEachMoveAndListsItsCustomers() {
    buyer("A", "2000", "50"); // TOP → LOW: down
    buyer("B", "200", "3000"); // MIDDLE → TOP: up
    buyer("C", "600", null); // HIGH → lost
    buyer("D", null, "700"); // new → HIGH
    buyer("E", "150", "120"); // MIDDLE → MIDDLE: stayed
    buyer("G", "180", "101"); // MIDDLE → MIDDLE: stayed
    buyer("H", "-20", null); // a credit note alone: never active
    // a customer of another branch: outside the scheme's audience and the principal's reach
    UserAccount elsewhere = fixtures.user(fixtures.branch(), "COURSE_CONSULTANT");
    UUID other = value.customer(elsewhere, "Elsewhere", "ACTIVE");
    value.sale(other, elsewhere, P1.minusDays(2), "5000", "0");
    value.sale(other, elsewhere, P2.minusDays(2), "5000", "0");

    // the pyramid of P2 computed from the figures, before anything is snapshotted
    JsonNode live = get("/api/v1/analytics/pyramid?scheme=" + scheme + "&asOf=" + P2);
    JsonNode liveRfm = get("/api/v1/analytics/rfm?scheme=" + scheme + "&asOf=" + P2);
    JsonNode liveRows = get("/api/v1/analytics/rfm/customers?scheme=" + scheme + "&asOf=" + P2);

    JsonNode migration =
        get("/api/v1/analytics/migration?scheme=" + scheme + "&from=" + P1 + "&to=" + P2);

    // the expected cells, by plain arithmetic over the purchases
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, BigDecimal[]> revenue = new TreeMap<>();
    Map<String, Integer> moves = new LinkedHashMap<>();
    for (String move : List.of("upgrades", "downgrades", "stayed", "lost", "new")) {
      moves.put(move, 0);
    }
    bought.forEach(
        (letter, months) -> {
          String from = tier(months[0]);
          String to = tier(months[1]);
          if (from == null && to == null) {
            return;
          }
          String cell = (from == null ? "NEW" : from) + ">" + (to == null ? "INACTIVE" : to);
          counts.computeIfAbsent(cell, k -> new int[1])[0]++;
          BigDecimal[] sums =
              revenue.computeIfAbsent(
                  cell, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          sums[0] = sums[0].add(months[1] == null ? BigDecimal.ZERO : months[1]);
          sums[1] = sums[1].add(months[0] == null ? BigDecimal.ZERO : months[0]);
          String move =
              from == null
                  ? "new"
                  : to == null
                      ? "lost"
                      : rank(to) < rank(from)
                          ? "upgrades"
                          : rank(to) > rank(from) ? "downgrades" : "stayed";
          moves.merge(move, 1, Integer::sum);
        });
    Map<String, String> cells = new TreeMap<>();
    for (JsonNode cell : migration.get("cells")) {
      cells.put(
          cell.get("fromTier").asString() + ">" + cell.get("toTier").asString(),
          cell.get("customers").asInt()
              + " "
              + cell.get("revenue").asString()
              + " "
              + cell.get("previousRevenue").asString());
    }
    Map<String, String> expected = new TreeMap<>();
    counts.forEach(
        (cell, n) ->
            expected.put(
                cell,
                n[0] + " " + cents(revenue.get(cell)[0]) + " " + cents(revenue.get(cell)[1])));
    assertThat(cells).isEqualTo(expected);
    assertThat(cells)
        .containsEntry("TOP>LOW", "1 50.00 2000.00")
        .containsEntry("MIDDLE>MIDDLE", "2 221.00 330.00");
    moves.forEach((move, n) -> assertThat(migration.get(move).asInt()).as(move).isEqualTo(n));
    assertThat(migration.get("lost").asInt()).isEqualTo(1);

    // both month ends are now snapshotted, and the pyramid of P2 is read from its snapshot
    JsonNode taken = get("/api/v1/analytics/snapshots?scheme=" + scheme);
    List<String> ends = new ArrayList<>();
    taken.get("items").forEach(i -> ends.add(i.get("periodEnd").asString()));
    assertThat(ends).containsExactly(P2.toString(), P1.toString());
    JsonNode snapshotted = get("/api/v1/analytics/pyramid?scheme=" + scheme + "&asOf=" + P2);
    assertThat(snapshotted).isEqualTo(live);
    // and so are the RFM scores: read from the snapshot, the same as computed before it
    assertThat(get("/api/v1/analytics/rfm?scheme=" + scheme + "&asOf=" + P2)).isEqualTo(liveRfm);
    assertThat(get("/api/v1/analytics/rfm/customers?scheme=" + scheme + "&asOf=" + P2))
        .isEqualTo(liveRows);
    assertThat(liveRfm.get("activeCustomers").asInt()).isEqualTo(5);
    assertThat(counts(snapshotted))
        .containsEntry("TOP", 1)
        .containsEntry("HIGH", 1)
        .containsEntry("MIDDLE", 2)
        .containsEntry("LOW", 1)
        .containsEntry("INACTIVE", 1);

    // a cell's customers: TOP → LOW is A
    JsonNode movers =
        get(
            "/api/v1/analytics/migration/customers?scheme="
                + scheme
                + "&from="
                + P1
                + "&to="
                + P2
                + "&fromTier=TOP&toTier=LOW");
    assertThat(movers.get("items")).hasSize(1);
    assertThat(movers.get("items").get(0).get("customerId").asString())
        .isEqualTo(ids.get("A").toString());
    assertThat(movers.get("items").get(0).get("previousRevenue").asString()).isEqualTo("2000.00");
    JsonNode stayed =
        get(
            "/api/v1/analytics/migration/customers?limit=1&scheme="
                + scheme
                + "&from="
                + P1
                + "&to="
                + P2
                + "&fromTier=MIDDLE&toTier=MIDDLE");
    assertThat(stayed.get("items")).hasSize(1);
    JsonNode rest =
        get(
            "/api/v1/analytics/migration/customers?limit=1&scheme="
                + scheme
                + "&from="
                + P1
                + "&to="
                + P2
                + "&fromTier=MIDDLE&toTier=MIDDLE&cursor="
                + stayed.get("nextCursor").asString());
    assertThat(
            List.of(
                stayed.get("items").get(0).get("customerId").asString(),
                rest.get("items").get(0).get("customerId").asString()))
        .containsExactlyInAnyOrder(ids.get("E").toString(), ids.get("G").toString());

    // A's tier path: LOW at P2, TOP at P1; C's: none at P2
    JsonNode path =
        get("/api/v1/analytics/tier-path?scheme=" + scheme + "&customer=" + ids.get("A"));
    assertThat(path.get("steps")).hasSize(2);
    assertThat(path.get("steps").get(0).get("periodEnd").asString()).isEqualTo(P2.toString());
    assertThat(path.get("steps").get(0).get("tier").asString()).isEqualTo("LOW");
    assertThat(path.get("steps").get(1).get("tier").asString()).isEqualTo("TOP");
    assertThat(path.get("steps").get(1).get("revenue").asString()).isEqualTo("2000.00");
    JsonNode lost =
        get("/api/v1/analytics/tier-path?scheme=" + scheme + "&customer=" + ids.get("C"));
    assertThat(lost.get("steps").get(0).get("tier").isNull()).isTrue();

    // the tiers other parts of analytics read: from the snapshot at P2, computed the day before
    var code = schemes.byCode(scheme).orElseThrow();
    assertThat(tiers.of(code, P2, ids.values(), ValueFixtures.ZONE))
        .containsEntry(ids.get("A"), Tier.LOW)
        .containsEntry(ids.get("B"), Tier.TOP)
        .containsEntry(ids.get("C"), Tier.INACTIVE)
        .containsEntry(ids.get("D"), Tier.HIGH);
    assertThat(tiers.of(code, P1, ids.values(), ValueFixtures.ZONE))
        .containsEntry(ids.get("A"), Tier.TOP)
        .containsEntry(ids.get("C"), Tier.HIGH)
        .doesNotContainKey(ids.get("D")); // not known at P1: made today
    assertThat(tiers.of(code, P2.minusDays(1), List.of(ids.get("A")), ValueFixtures.ZONE))
        .containsEntry(ids.get("A"), Tier.LOW);

    // a principal of another branch sees none of these moves
    ApiClient stranger =
        new ApiClient(port)
            .signIn(
                fixtures.user(fixtures.branch(), "CENTRE_PRINCIPAL").username(),
                OrgFixtures.PASSWORD);
    ApiClient.Response theirs =
        stranger.get("/api/v1/analytics/migration?scheme=" + scheme + "&from=" + P1 + "&to=" + P2);
    assertThat(theirs.status()).isEqualTo(200);
    assertThat(theirs.json().get("cells")).isEmpty();
    assertThat(
            fields(
                stranger.get(
                    "/api/v1/analytics/tier-path?scheme=" + scheme + "&customer=" + ids.get("A"))))
        .containsEntry("customer", "not-found");
  }

  @Test
  void badPeriodsAreRefusedNamingTheFieldAndNothingIsTaken() {
    String base = "/api/v1/analytics/migration?scheme=" + scheme;
    assertThat(fields(principal.get(base + "&from=" + P2 + "&to=" + P1)))
        .containsEntry("to", "after-from");
    assertThat(fields(principal.get(base + "&from=" + P1 + "&to=" + P1)))
        .containsEntry("to", "after-from");
    assertThat(fields(principal.get(base + "&from=" + P1.minusDays(1) + "&to=" + P2)))
        .containsEntry("from", "month-end");
    assertThat(fields(principal.get(base + "&from=" + P1 + "&to=2999-12")))
        .containsEntry("to", "future");
    assertThat(fields(principal.get(base + "&from=last-month&to=" + P2)))
        .containsEntry("from", "type");
    assertThat(fields(principal.get(base + "&to=" + P2))).containsEntry("from", "required");
    assertThat(
            fields(
                principal.get(
                    "/api/v1/analytics/migration/customers?scheme="
                        + scheme
                        + "&from="
                        + P1
                        + "&to="
                        + P2
                        + "&fromTier=INACTIVE&toTier=TOP")))
        .containsEntry("fromTier", "one-of");
    assertThat(
            jdbc.sql(
                    "select count(*) from analytics_tier_period p join analytics_pyramid_scheme s"
                        + " on s.id = p.scheme_id where s.code = ?")
                .param(scheme)
                .query(Long.class)
                .single())
        .isZero();

    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    assertThat(
            principal
                .post("/api/v1/analytics/snapshots", Map.of("scheme", scheme, "to", P2.toString()))
                .status())
        .as("a centre principal reads, does not take snapshots")
        .isEqualTo(403);
    assertThat(
            fields(
                admin.post(
                    "/api/v1/analytics/snapshots",
                    Map.of(
                        "scheme",
                        scheme,
                        "from",
                        P1.minusYears(11).toString().substring(0, 7),
                        "to",
                        P2.toString()))))
        .containsEntry("from", "range");
    ApiClient.Response backfill =
        admin.post(
            "/api/v1/analytics/snapshots",
            Map.of("scheme", scheme, "from", P1.toString().substring(0, 7), "to", P2.toString()));
    assertThat(backfill.status()).as(backfill.body()).isEqualTo(200);
    assertThat(backfill.json().get("taken").toString())
        .isEqualTo("[\"" + P1 + "\",\"" + P2 + "\"]");
    ApiClient agent =
        new ApiClient(port)
            .signIn(fixtures.user(branch, "CALL_CENTRE_AGENT").username(), OrgFixtures.PASSWORD);
    assertThat(agent.get(base + "&from=" + P1 + "&to=" + P2).status()).isEqualTo(403);
  }

  /** The tier of a month's net revenue by the scheme's limits; null when nothing was bought. */
  private static String tier(BigDecimal net) {
    if (net == null) {
      return null;
    }
    if (net.compareTo(new BigDecimal("1000")) > 0) {
      return "TOP";
    }
    if (net.compareTo(new BigDecimal("500")) > 0) {
      return "HIGH";
    }
    return net.compareTo(new BigDecimal("100")) > 0 ? "MIDDLE" : "LOW";
  }

  private static int rank(String tier) {
    return List.of("TOP", "HIGH", "MIDDLE", "LOW").indexOf(tier);
  }

  /**
   * A customer of the branch buying in P1's month and P2's (null: nothing; negative: a credit note
   * alone, which does not make them active).
   */
  private void buyer(String letter, String inP1, String inP2) {
    UUID id = value.customer(consultant, "Mover " + letter, "ACTIVE");
    ids.put(letter, id);
    BigDecimal[] months = new BigDecimal[2];
    if (inP1 != null) {
      value.sale(id, consultant, P1.minusDays(3), inP1, "0");
      months[0] = inP1.startsWith("-") ? null : new BigDecimal(inP1);
    }
    if (inP2 != null) {
      value.sale(id, consultant, P2.minusDays(3), inP2, "0");
      months[1] = inP2.startsWith("-") ? null : new BigDecimal(inP2);
    }
    bought.put(letter, months);
  }

  private JsonNode get(String path) {
    ApiClient.Response response = principal.get(path);
    assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
    return response.json();
  }

  private static Map<String, Integer> counts(JsonNode pyramid) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    pyramid
        .get("tiers")
        .forEach(t -> counts.put(t.get("tier").asString(), t.get("customers").asInt()));
    return counts;
  }

  private static Map<String, String> fields(ApiClient.Response response) {
    return response.refusedFields();
  }

  private static String cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
