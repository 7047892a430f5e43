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
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The pyramid over the API, for a centre principal who sees the customers of their own branch: a
 * branch of customers with known purchases (ties, zero and negative net revenue, several days, one
 * bought only before the window, two who never bought), every figure worked out here by plain
 * arithmetic over those purchases; schemes defined and refused; bad as-of days.
 */
@PyraIntegrationTest
class PyramidApiTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Today: the customers of the test are known from today on. */
  static final LocalDate AS_OF = LocalDate.now(ZONE);

  static final LocalDate FROM = AS_OF.plusDays(1).minusMonths(12);

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  OrgFixtures fixtures;
  OrgUnit branch;
  UserAccount consultant;
  ValueFixtures value;
  ApiClient principal;
  String principalName;

  /** Each customer's purchases in the window: net revenue and cost per order, by code. */
  Map<String, List<BigDecimal[]>> bought = new LinkedHashMap<>();

  @BeforeEach
  void setUp() {
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    value = new ValueFixtures(port, jdbc, days);
    principalName = fixtures.user(branch, "CENTRE_PRINCIPAL").username();
    principal = new ApiClient(port).signIn(principalName, OrgFixtures.PASSWORD);
  }

  @Test
  void thePyramidOfTheBranchHasTheTiersAndFiguresWorkedOutFromItsPurchases() {
    // ten active customers: A bought most; B and C tie (C comes first: its code is lower)
    UUID a = buyer("A", "90000", "30000", AS_OF.minusDays(3));
    sale(a, "10000", "2000", AS_OF.minusMonths(11)); // still in the window
    buyer("C", "40000", "25000", AS_OF.minusMonths(5));
    buyer("B", "40000", "10000", AS_OF.minusMonths(2));
    buyer("D", "12000", "4000", AS_OF.minusDays(40));
    buyer("E", "8000.50", "1000", AS_OF.minusDays(1));
    buyer("F", "5000", "5000", AS_OF.minusDays(60));
    buyer("G", "3000", "500", AS_OF.minusDays(90));
    buyer("H", "1000", "200", AS_OF);
    UUID zero = buyer("I", "500", "100", AS_OF.minusDays(10));
    creditNote(zero, "-500", "-100", AS_OF.minusDays(5)); // net 0
    UUID negative = buyer("J", "300", "100", AS_OF.minusDays(200));
    creditNote(
        negative, "-800", "-50", AS_OF.minusDays(100)); // net −500: credit notes exceed sales
    // bought only before the window: INACTIVE; and a sale after the as-of day does not count
    UUID inactive = customer("K", "ACTIVE");
    sale(inactive, "70000", "1000", FROM.minusDays(1));
    sale(inactive, "1000", "10", AS_OF.plusDays(1));
    bought.remove("K");
    // never bought: a prospect and a suspect
    customer("L", "PROSPECT");
    customer("M", "SUSPECT");
    // a customer of another branch, out of the principal's reach, whatever they bought
    UUID elsewhere =
        customerOf(fixtures.user(fixtures.branch(), "COURSE_CONSULTANT"), "Z", "ACTIVE");
    sale(elsewhere, "999999", "1", AS_OF.minusDays(2));
    bought.remove("Z");

    String shares = value.branchShares(branch.id());
    JsonNode pyramid = pyramid(shares, AS_OF.toString());

    // the expected pyramid, from the purchases by plain arithmetic
    Map<String, BigDecimal> net = new LinkedHashMap<>();
    Map<String, BigDecimal> cost = new LinkedHashMap<>();
    bought.forEach(
        (code, orders) -> {
          if (orders.isEmpty()) {
            return; // no sale in the window
          }
          net.put(code, orders.stream().map(o -> o[0]).reduce(BigDecimal.ZERO, BigDecimal::add));
          cost.put(code, orders.stream().map(o -> o[1]).reduce(BigDecimal.ZERO, BigDecimal::add));
        });
    // ranked by net revenue, highest first, ties by code: A 100,000; C 40,000; B 40,000; D …
    List<String> ranked =
        net.keySet().stream()
            .sorted(
                (x, y) -> {
                  int byNet = net.get(y).compareTo(net.get(x));
                  return byNet != 0 ? byNet : code(x).compareTo(code(y));
                })
            .toList();
    assertThat(ranked).startsWith("A", "C", "B", "D").endsWith("I", "J");
    // 10 active: TOP ⌈0.1⌉ = 1, HIGH up to ⌈0.5⌉ = 1 (none), MIDDLE up to ⌈2⌉ = 2, LOW 8
    Map<String, List<String>> tiers = new LinkedHashMap<>();
    tiers.put("TOP", ranked.subList(0, 1));
    tiers.put("HIGH", List.of());
    tiers.put("MIDDLE", ranked.subList(1, 2));
    tiers.put("LOW", ranked.subList(2, 10));
    BigDecimal revenue = net.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal costs = cost.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(pyramid.get("from").asString()).isEqualTo(FROM.toString());
    assertThat(pyramid.get("activeCustomers").asInt()).isEqualTo(10);
    assertThat(pyramid.get("revenue").asString()).isEqualTo(cents(revenue));
    assertThat(pyramid.get("profit").asString()).isEqualTo(cents(revenue.subtract(costs)));
    assertThat(pyramid.get("roi").asString())
        .isEqualTo(
            revenue.subtract(costs).divide(costs, 6, RoundingMode.HALF_EVEN).toPlainString());
    List<String> order = new ArrayList<>();
    for (JsonNode tier : pyramid.get("tiers")) {
      order.add(tier.get("tier").asString());
      List<String> members = tiers.get(tier.get("tier").asString());
      if (members == null) {
        continue;
      }
      BigDecimal tierNet = members.stream().map(net::get).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal tierCost =
          members.stream().map(cost::get).reduce(BigDecimal.ZERO, BigDecimal::add);
      String name = tier.get("tier").asString();
      assertThat(tier.get("customers").asInt()).as(name).isEqualTo(members.size());
      assertThat(tier.get("customerShare").asString())
          .as(name)
          .isEqualTo(
              BigDecimal.valueOf(members.size())
                  .divide(BigDecimal.TEN, 6, RoundingMode.HALF_EVEN)
                  .toPlainString());
      assertThat(tier.get("revenue").asString()).as(name).isEqualTo(cents(tierNet));
      assertThat(tier.get("revenueShare").asString())
          .as(name)
          .isEqualTo(tierNet.divide(revenue, 6, RoundingMode.HALF_EVEN).toPlainString());
      assertThat(tier.get("profit").asString())
          .as(name)
          .isEqualTo(cents(tierNet.subtract(tierCost)));
      if (members.isEmpty()) {
        assertThat(tier.get("averageRevenue").isNull()).as(name).isTrue();
      } else {
        assertThat(tier.get("averageRevenue").asString())
            .as(name)
            .isEqualTo(
                tierNet
                    .divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_EVEN)
                    .toPlainString());
      }
    }
    assertThat(order)
        .containsExactly("TOP", "HIGH", "MIDDLE", "LOW", "INACTIVE", "PROSPECT", "SUSPECT");
    assertThat(counts(pyramid))
        .containsEntry("INACTIVE", 1)
        .containsEntry("PROSPECT", 1)
        .containsEntry("SUSPECT", 1);

    // drilling down: LOW, three at a time, in rank order from rank 3, with each one's figures
    String low =
        "/api/v1/analytics/pyramid/customers?scheme=" + shares + "&tier=LOW&limit=3&asOf=" + AS_OF;
    JsonNode first = principal.get(low).json();
    List<String> codes = new ArrayList<>();
    first.get("items").forEach(i -> codes.add(i.get("code").asString()));
    assertThat(codes)
        .containsExactly(code(ranked.get(2)), code(ranked.get(3)), code(ranked.get(4)));
    assertThat(first.get("items").get(0).get("rank").asInt()).isEqualTo(3);
    assertThat(first.get("items").get(0).get("revenue").asString())
        .isEqualTo(cents(net.get(ranked.get(2))));
    assertThat(first.get("items").get(0).get("profit").asString())
        .isEqualTo(cents(net.get(ranked.get(2)).subtract(cost.get(ranked.get(2)))));
    JsonNode second = principal.get(low + "&cursor=" + first.get("nextCursor").asString()).json();
    assertThat(second.get("items").get(0).get("code").asString()).isEqualTo(code(ranked.get(5)));
    JsonNode last = principal.get(low + "&cursor=" + second.get("nextCursor").asString()).json();
    assertThat(last.get("items")).hasSize(2); // ranks 9 and 10
    assertThat(last.get("nextCursor").isNull()).isTrue();
    assertThat(fields(principal.get(low.replace("tier=LOW", "tier=INACTIVE"))))
        .containsEntry("tier", "one-of");
    assertThat(fields(principal.get(low.replace("limit=3", "limit=0"))))
        .containsEntry("limit", "range");
    assertThat(fields(principal.get(low + "&cursor=not-a-cursor")))
        .containsEntry("cursor", "invalid");
  }

  @Test
  void theParetoCurveIsWorkedOutFromThePurchasesLiveAndAsTheMonthEndSnapshotKeptIt() {
    // seven buyers of last month: a tie (B and C, C first by code), a zero and a negative net
    LocalDate monthEnd = AS_OF.withDayOfMonth(1).minusDays(1);
    buyer("A", "5000", "1000", monthEnd.minusDays(3));
    buyer("C", "2000", "500", monthEnd.minusDays(10));
    buyer("B", "2000", "700", monthEnd);
    buyer("D", "700", "100", monthEnd.minusDays(1));
    buyer("E", "300", "100", monthEnd.minusDays(2));
    UUID zero = buyer("F", "400", "100", monthEnd.minusDays(20));
    creditNote(zero, "-400", "-100", monthEnd.minusDays(15));
    UUID negative = buyer("G", "100", "50", monthEnd.minusDays(25));
    creditNote(negative, "-600", "-10", monthEnd.minusDays(24));
    String shares = value.branchShares(branch.id());

    // by plain arithmetic: ranked A 5000, C 2000, B 2000, D 700, E 300, F 0, G −500; total 9500;
    // at p % the top ⌈p × 7 / 100⌉
    List<BigDecimal> nets =
        List.of("5000", "2000", "2000", "700", "300", "0", "-500").stream()
            .map(BigDecimal::new)
            .toList();
    BigDecimal total = nets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("9500");
    List<String> expected = new ArrayList<>();
    for (int percent = 10; percent <= 100; percent += 10) {
      int top = (percent * 7 + 99) / 100;
      BigDecimal revenue = nets.subList(0, top).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      expected.add(
          percent
              + " "
              + top
              + " "
              + revenue
                  .divide(total, 6, RoundingMode.HALF_EVEN)
                  .stripTrailingZeros()
                  .toPlainString());
    }
    assertThat(expected).startsWith("10 1 0.526316", "20 2 0.736842").endsWith("100 7 1");

    // live, as of today (last month is in the window), over the principal's branch
    assertThat(pareto(principal, shares, AS_OF, 10)).containsExactlyElementsOf(expected);

    // the month-end snapshot keeps the curve: the administrator (who reaches everyone) reads it,
    // the principal's is worked out from the snapshot's rows; both the same
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String month = java.time.YearMonth.from(monthEnd).toString();
    ApiClient.Response taken =
        admin.post(
            "/api/v1/analytics/snapshots", Map.of("scheme", shares, "from", month, "to", month));
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from analytics_pareto_point p"
                        + " join analytics_pyramid_scheme s on s.id = p.scheme_id"
                        + " where s.code = :code and p.period_end = :day")
                .param("code", shares)
                .param("day", monthEnd)
                .query(Long.class)
                .single())
        .isEqualTo(100L);
    assertThat(pareto(admin, shares, monthEnd, 10)).containsExactlyElementsOf(expected);
    assertThat(pareto(principal, shares, monthEnd, 10)).containsExactlyElementsOf(expected);
    // every 25 %: ⌈1.75⌉ = 2, ⌈3.5⌉ = 4, ⌈5.25⌉ = 6, 7
    assertThat(pareto(admin, shares, monthEnd, 25))
        .containsExactly("25 2 0.736842", "50 4 1.021053", "75 6 1.052632", "100 7 1");

    // a step out of range is refused naming the field
    assertThat(
            fields(principal.get("/api/v1/analytics/pyramid/pareto?scheme=" + shares + "&step=0")))
        .containsEntry("step", "range");
    assertThat(
            fields(
                principal.get("/api/v1/analytics/pyramid/pareto?scheme=" + shares + "&step=ten")))
        .containsEntry("step", "range");
  }

  /** The curve's points as "percent customers share". */
  private static List<String> pareto(ApiClient client, String scheme, LocalDate day, int step) {
    ApiClient.Response response =
        client.get(
            "/api/v1/analytics/pyramid/pareto?scheme=" + scheme + "&asOf=" + day + "&step=" + step);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> points = new ArrayList<>();
    for (JsonNode point : response.json().get("points")) {
      points.add(
          point.get("customerPercent").asInt()
              + " "
              + point.get("customers").asInt()
              + " "
              + point.get("revenueShare").asString());
    }
    return points;
  }

  @Test
  void aTiersCustomersAreExportedAsCsvInRankOrderAndNoNameReadsAsAFormula() {
    buyer("A", "900", "100", AS_OF.minusDays(1));
    UUID formula = value.customer(consultant, "=SUM(1+2)", "ACTIVE");
    codes.put("F", value.code(formula));
    letters.put(formula, "F");
    bought.put("F", new ArrayList<>());
    sale(formula, "500", "50", AS_OF.minusDays(2));
    buyer("B", "300", "30", AS_OF.minusDays(3));
    PageClient pages = new PageClient(port).signIn(principalName, OrgFixtures.PASSWORD);

    PageClient.Page csv =
        pages.get(
            "/analytics/pyramid/customers/export?scheme="
                + value.branchShares(branch.id())
                + "&tier=LOW&asOf="
                + AS_OF);

    // 3 active: TOP ⌈0.03⌉ = 1 (A), HIGH and MIDDLE none, LOW the other two by net revenue
    assertThat(csv.status()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFFrank,code,name,net_revenue,profit");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith("2," + code("F") + ",'=SUM(1+2) ")
        .endsWith(",500.00,450.00");
    assertThat(lines.get(2)).startsWith("3," + code("B") + ",Pyramid B").endsWith(",300.00,270.00");
  }

  @Test
  void aSchemeByLimitsOnProfitIsDefinedAndTiersTheBranch() {
    UUID a = buyer("A", "9000", "1000", AS_OF.minusDays(3)); // profit 8,000
    buyer("B", "5000", "2999", AS_OF.minusDays(4)); // profit 2,001
    buyer("C", "5000", "3000", AS_OF.minusDays(5)); // profit 2,000: a limit falls in the tier below
    buyer("D", "100", "600", AS_OF.minusDays(6)); // profit −500
    String code = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> scheme = new HashMap<>();
    scheme.put("code", code);
    scheme.put("name", "Profit by limits");
    scheme.put("basis", "PROFIT");
    scheme.put("method", "THRESHOLDS");
    scheme.put("thresholds", Map.of("TOP", "5000", "HIGH", "2000", "MIDDLE", "0"));
    scheme.put("windowMonths", 3);
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);

    assertThat(principal.post("/api/v1/analytics/pyramid-schemes", scheme).status())
        .as("a centre principal reads, does not define")
        .isEqualTo(403);
    ApiClient.Response created = admin.post("/api/v1/analytics/pyramid-schemes", scheme);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("thresholds").get("HIGH").asString()).isEqualTo("2000");
    assertThat(fields(admin.post("/api/v1/analytics/pyramid-schemes", scheme)))
        .containsEntry("code", "taken");

    JsonNode pyramid = pyramid(code, AS_OF.toString());

    // 3 months: from the day after the as-of day, three months back
    assertThat(pyramid.get("from").asString())
        .isEqualTo(AS_OF.plusDays(1).minusMonths(3).toString());
    assertThat(counts(pyramid))
        .containsEntry("TOP", 1)
        .containsEntry("HIGH", 1)
        .containsEntry("MIDDLE", 1)
        .containsEntry("LOW", 1);
    assertThat(tier(pyramid, "TOP").get("profit").asString()).isEqualTo("8000.00");
    assertThat(tier(pyramid, "MIDDLE").get("profit").asString()).isEqualTo("2000.00");
    assertThat(tier(pyramid, "LOW").get("roi").asString())
        .isEqualTo(
            new BigDecimal("-500")
                .divide(new BigDecimal("600"), 6, RoundingMode.HALF_EVEN)
                .toPlainString());
    assertThat(a).isNotNull();
  }

  @Test
  void badSchemesAndAsOfDaysAreRefusedNamingTheFieldAndNothingIsStored() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    long before =
        jdbc.sql("select count(*) from analytics_pyramid_scheme").query(Long.class).single();

    assertThat(
            refusal(
                admin,
                scheme("THRESHOLDS", Map.of("TOP", "100", "HIGH", "100", "MIDDLE", "1"), null, 12)))
        .containsEntry("thresholds", "decreasing");
    assertThat(
            refusal(
                admin,
                scheme(
                    "RANK_SHARES",
                    null,
                    Map.of("TOP", "1", "HIGH", "4", "MIDDLE", "15", "LOW", "79"),
                    12)))
        .containsEntry("shares", "sum");
    assertThat(
            refusal(
                admin,
                scheme(
                    "RANK_SHARES",
                    null,
                    Map.of("TOP", "1", "HIGH", "4", "MIDDLE", "15", "LOW", "80"),
                    0)))
        .containsEntry("windowMonths", "range");
    assertThat(
            refusal(
                admin,
                scheme(
                    "RANK_SHARES",
                    null,
                    Map.of("TOP", "1", "HIGH", "4", "MIDDLE", "15", "LOW", "80"),
                    121)))
        .containsEntry("windowMonths", "range");
    assertThat(refusal(admin, scheme("PYRAMID", null, null, 12))).containsEntry("method", "one-of");
    assertThat(
            fields(
                admin.post(
                    "/api/v1/analytics/pyramid-schemes",
                    Map.of(
                        "code",
                        "REVENUE_SHARES",
                        "name",
                        "Again",
                        "basis",
                        "NET_REVENUE",
                        "method",
                        "RANK_SHARES",
                        "shares",
                        Map.of("TOP", "1", "HIGH", "4", "MIDDLE", "15", "LOW", "80")))))
        .containsEntry("code", "taken");
    assertThat(jdbc.sql("select count(*) from analytics_pyramid_scheme").query(Long.class).single())
        .isEqualTo(before);

    ApiClient.Response future =
        principal.get("/api/v1/analytics/pyramid?asOf=" + LocalDate.now(ZONE).plusDays(2));
    assertThat(fields(future)).containsEntry("asOf", "future");
    assertThat(fields(principal.get("/api/v1/analytics/pyramid?asOf=soon")))
        .containsEntry("asOf", "type");
    assertThat(fields(principal.get("/api/v1/analytics/pyramid?scheme=NOPE")))
        .containsEntry("scheme", "not-found");
    ApiClient agent =
        new ApiClient(port)
            .signIn(fixtures.user(branch, "CALL_CENTRE_AGENT").username(), OrgFixtures.PASSWORD);
    assertThat(agent.get("/api/v1/analytics/pyramid").status()).isEqualTo(403);
  }

  /** The fields and rules of the 422 that defining {@code scheme} answers. */
  private static Map<String, String> refusal(ApiClient admin, Map<String, Object> scheme) {
    return fields(admin.post("/api/v1/analytics/pyramid-schemes", scheme));
  }

  private Map<String, Object> scheme(
      String method, Map<String, String> thresholds, Map<String, String> shares, int window) {
    Map<String, Object> scheme = new HashMap<>();
    scheme.put("code", "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    scheme.put("name", "Bad");
    scheme.put("basis", "NET_REVENUE");
    scheme.put("method", method);
    if (thresholds != null) {
      scheme.put("thresholds", thresholds);
    }
    if (shares != null) {
      scheme.put("shares", shares);
    }
    scheme.put("windowMonths", window);
    return scheme;
  }

  private JsonNode pyramid(String scheme, String asOf) {
    ApiClient.Response response =
        principal.get("/api/v1/analytics/pyramid?scheme=" + scheme + "&asOf=" + asOf);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static Map<String, Integer> counts(JsonNode pyramid) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    pyramid
        .get("tiers")
        .forEach(t -> counts.put(t.get("tier").asString(), t.get("customers").asInt()));
    return counts;
  }

  private static JsonNode tier(JsonNode pyramid, String name) {
    for (JsonNode tier : pyramid.get("tiers")) {
      if (tier.get("tier").asString().equals(name)) {
        return tier;
      }
    }
    throw new AssertionError("no tier " + name);
  }

  private static Map<String, String> fields(ApiClient.Response response) {
    return response.refusedFields();
  }

  /** The customer's code as the branch names it (the test's letter, unique per run). */
  private final Map<String, String> codes = new HashMap<>();

  private String code(String letter) {
    return codes.get(letter);
  }

  private UUID buyer(String letter, String net, String cost, LocalDate day) {
    UUID id = customer(letter, "ACTIVE");
    sale(id, net, cost, day);
    return id;
  }

  private UUID customer(String letter, String stage) {
    return customerOf(consultant, letter, stage);
  }

  private final Map<UUID, String> letters = new HashMap<>();

  private UUID customerOf(UserAccount owner, String letter, String stage) {
    UUID id = value.customer(owner, "Pyramid " + letter, stage);
    codes.put(letter, value.code(id));
    letters.put(id, letter);
    bought.put(letter, new ArrayList<>());
    return id;
  }

  private void sale(UUID customer, String net, String cost, LocalDate day) {
    insertOrder(customer, "ORDER", net, cost, day);
  }

  private void creditNote(UUID customer, String net, String cost, LocalDate day) {
    insertOrder(customer, "CREDIT_NOTE", net, cost, day);
  }

  /** An order written as an import writes it (no event), then the customer's figures refreshed. */
  private void insertOrder(UUID customer, String kind, String net, String cost, LocalDate day) {
    if (kind.equals("CREDIT_NOTE") != net.startsWith("-")) {
      throw new IllegalArgumentException("a credit note's amount is negative, a sale's not");
    }
    value.sale(customer, consultant, day, net, cost);
    String letter = letters.get(customer);
    boolean inWindow = !day.isBefore(FROM) && !day.isAfter(AS_OF);
    if (inWindow) {
      // a credit note alone does not make a customer active: it is kept only beside a sale
      bought.get(letter).add(new BigDecimal[] {new BigDecimal(net), new BigDecimal(cost)});
    }
  }

  private static String cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
