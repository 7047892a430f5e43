package io.pyra.analytics;

import static io.pyra.analytics.EffortFixtures.cents;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Customer-based accounting over the API, for a centre principal who sees their own branch: the
 * branch's customers bought (or got credit notes) and were served through contact records and tasks
 * logged through interaction's API; every figure is worked out here from those purchases, that
 * effort and the rates the administrator set.
 */
@PyraIntegrationTest
class AccountingApiTests {

  static final ZoneId ZONE = ValueFixtures.ZONE;
  static final LocalDate TODAY = LocalDate.now(ZONE);
  static final LocalDate FROM = TODAY.minusDays(30);

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  OrgFixtures org;
  OrgUnit branch;
  UserAccount consultant;
  UserAccount agent;
  ValueFixtures value;
  EffortFixtures effort;
  ApiClient principal;
  String principalName;
  String scheme;

  @BeforeEach
  void setUp() {
    org = new OrgFixtures(orgUnits, users, roles);
    branch = org.branch();
    consultant = org.user(branch, "COURSE_CONSULTANT");
    agent = org.user(branch, "CALL_CENTRE_AGENT");
    value = new ValueFixtures(port, jdbc, days);
    effort = new EffortFixtures(port);
    principalName = org.user(branch, "CENTRE_PRINCIPAL").username();
    principal = effort.as(principalName);
    scheme = effort.scheme();
    effort.rates(
        Map.of("PHONE", "5.00", "VISIT", "40"),
        Map.of("COURSE_CONSULTANT", "120", "CALL_CENTRE_AGENT", "60.00"),
        15);
  }

  @Test
  void eachTierAndCustomerHasRevenueCostsProfitAndRoiWorkedOutFromPurchasesEffortAndRates() {
    UUID a = value.customer(consultant, "Acct A", "ACTIVE");
    value.sale(a, consultant, TODAY.minusDays(3), "20000", "8000");
    effort.record(consultant, a, "PHONE", 12);
    effort.record(consultant, a, "PHONE", 30);
    effort.taskDone(consultant, a);
    effort.record(agent, a, "PHONE", 20);
    UUID b = value.customer(consultant, "Acct B", "ACTIVE");
    value.sale(b, consultant, TODAY.minusDays(10), "3000", "1000");
    effort.record(consultant, b, "VISIT", 60);
    // credit notes beyond the sales: negative net revenue
    UUID c = value.customer(consultant, "Acct C", "ACTIVE");
    value.sale(c, consultant, TODAY.minusDays(20), "500", "100");
    value.sale(c, consultant, TODAY.minusDays(2), "-900", "-50");
    // effort but never a sale: a prospect
    UUID d = value.customer(consultant, "Acct D", "PROSPECT");
    effort.record(consultant, d, "PHONE", 10);
    // no cost at all: ROI undefined
    UUID e = value.customer(consultant, "Acct E", "ACTIVE");
    value.sale(e, consultant, TODAY.minusDays(1), "800", "0");
    // a sale before the period counts for the tier, not for the period's figures
    value.sale(e, consultant, FROM.minusDays(5), "300", "100");
    // another branch's customer: out of the principal's reach
    UserAccount stranger = org.user(org.branch(), "COURSE_CONSULTANT");
    UUID z = value.customer(stranger, "Acct Z", "ACTIVE");
    value.sale(z, stranger, TODAY.minusDays(3), "99999", "1");
    effort.record(stranger, z, "VISIT", 90);

    // the expected figures, by plain arithmetic: unit cost × records + minutes × hourly ÷ 60
    BigDecimal toServeA =
        money("5")
            .multiply(money("3"))
            .add(
                money("12")
                    .add(money("30"))
                    .add(money("15"))
                    .multiply(money("120"))
                    .divide(money("60")))
            .add(money("20").multiply(money("60")).divide(money("60"))); // 15 + 114 + 20 = 149
    BigDecimal toServeB = money("40").add(money("60").multiply(money("2"))); // 160
    BigDecimal toServeD = money("5").add(money("10").multiply(money("2"))); // 25
    Map<String, BigDecimal[]> expected = new HashMap<>(); // revenue, product cost, cost to serve
    expected.put("A", row("20000", "8000", toServeA));
    expected.put("B", row("3000", "1000", toServeB));
    expected.put("C", row("-400", "50", BigDecimal.ZERO));
    expected.put("D", row("0", "0", toServeD));
    expected.put("E", row("800", "0", BigDecimal.ZERO));
    // tiers by the scheme's limits over 12 months: A 20,000 TOP; B 3,000 MIDDLE; C −400 and E
    // 1,100 in the window: C LOW, E MIDDLE; D never bought
    Map<String, String> tierOf =
        Map.of("A", "TOP", "B", "MIDDLE", "C", "LOW", "D", "PROSPECT", "E", "MIDDLE");

    JsonNode report = ok(principal.get(url("/api/v1/analytics/accounting", FROM, TODAY)));

    assertThat(report.get("scheme").asString()).isEqualTo(scheme);
    for (String tier : List.of("TOP", "HIGH", "MIDDLE", "LOW", "INACTIVE", "PROSPECT", "SUSPECT")) {
      BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
      int customers = 0;
      for (var entry : expected.entrySet()) {
        if (tierOf.get(entry.getKey()).equals(tier)) {
          customers++;
          for (int i = 0; i < 3; i++) {
            sum[i] = sum[i].add(entry.getValue()[i]);
          }
        }
      }
      assertFigures(tier(report, tier), customers, sum);
    }
    BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    expected
        .values()
        .forEach(
            r -> {
              for (int i = 0; i < 3; i++) {
                total[i] = total[i].add(r[i]);
              }
            });
    assertFigures(report.get("total"), 5, total);
    assertThat(tier(report, "LOW").get("roi").asString()).isEqualTo("-9.000000"); // −450 ÷ 50
    assertThat(tier(report, "PROSPECT").get("profit").asString()).isEqualTo("-25.00");

    // per customer, by code, two at a time
    Map<UUID, String> letters = Map.of(a, "A", b, "B", c, "C", d, "D", e, "E");
    String path = url("/api/v1/analytics/accounting/customers", FROM, TODAY) + "&limit=2";
    JsonNode page = ok(principal.get(path));
    int seen = 0;
    String previous = "";
    while (true) {
      for (JsonNode item : page.get("items")) {
        String letter = letters.get(UUID.fromString(item.get("customerId").asString()));
        assertThat(letter).as("only the branch's customers").isNotNull();
        assertThat(item.get("code").asString()).isGreaterThan(previous);
        previous = item.get("code").asString();
        assertThat(item.get("tier").asString()).isEqualTo(tierOf.get(letter));
        assertFigures(item, -1, expected.get(letter));
        seen++;
      }
      if (page.get("nextCursor").isNull()) {
        break;
      }
      page = ok(principal.get(path + "&cursor=" + page.get("nextCursor").asString()));
    }
    assertThat(seen).isEqualTo(5);
    JsonNode e1 = customer(principal, e);
    assertThat(e1.get("roi").isNull()).as("no cost: ROI undefined").isTrue();

    // the administrator changes the rates: the cost to serve follows
    effort.rates(Map.of("PHONE", "7.50"), Map.of("COURSE_CONSULTANT", "90"), 0);
    BigDecimal repricedA =
        money("7.50").multiply(money("3")).add(money("42").multiply(money("1.5"))); // 22.50 + 63
    assertThat(customer(principal, a).get("costToServe").asString()).isEqualTo(cents(repricedA));
    assertThat(customer(principal, b).get("costToServe").asString())
        .isEqualTo(cents(money("60").multiply(money("1.5")))); // a visit has no unit cost now
  }

  @Test
  void anEmptyPeriodHasNoCustomersAndNoRoi() {
    UUID a = value.customer(consultant, "Acct empty", "ACTIVE");
    value.sale(a, consultant, TODAY.minusDays(3), "1000", "10");
    effort.record(consultant, a, "PHONE", 5);
    JsonNode report =
        ok(
            principal.get(
                url("/api/v1/analytics/accounting", TODAY.minusYears(3), TODAY.minusYears(2))));
    assertThat(report.get("total").get("customers").asInt()).isZero();
    assertThat(report.get("total").get("revenue").asString()).isEqualTo("0.00");
    assertThat(report.get("total").get("roi").isNull()).isTrue();
  }

  @Test
  void badPeriodsAndSchemesAreRefusedNamingTheField() {
    String base = "/api/v1/analytics/accounting?scheme=" + scheme;
    assertThat(fields(principal.get(base + "&from=2026-05-02&to=2026-05-01")))
        .containsEntry("from", "after-to");
    assertThat(fields(principal.get(base + "&from=2026-13-01"))).containsEntry("from", "type");
    assertThat(fields(principal.get(base + "&to=yesterday"))).containsEntry("to", "type");
    assertThat(fields(principal.get(base + "&from=2010-01-01&to=2020-01-01")))
        .containsEntry("to", "range");
    assertThat(principal.get(base + "&from=2010-01-02&to=2020-01-01").status()).isEqualTo(200);
    assertThat(fields(principal.get("/api/v1/analytics/accounting?scheme=NOPE")))
        .containsEntry("scheme", "not-found");
    assertThat(
            fields(principal.get(base.replace("accounting", "accounting/customers") + "&limit=0")))
        .containsEntry("limit", "range");
    assertThat(effort.as(agent).get(base).status()).as("no value.read").isEqualTo(403);
  }

  @Test
  void onlyTheAdministratorSetsRatesAndBadRatesChangeNothing() {
    Map<String, Object> body = new HashMap<>();
    body.put("channels", Map.of("PHONE", "1"));
    assertThat(principal.put("/api/v1/analytics/cost-rates", body, null).status())
        .as("a centre principal reads, does not configure")
        .isEqualTo(403);
    assertThat(rateFields(Map.of("channels", Map.of("PHONE", "-1"))))
        .containsEntry("channels.PHONE", "range");
    assertThat(rateFields(Map.of("channels", Map.of("PIGEON", "1"))))
        .containsEntry("channels", "one-of");
    assertThat(rateFields(Map.of("roles", Map.of("ASTRONAUT", "1"))))
        .containsEntry("roles", "one-of");
    assertThat(rateFields(Map.of("roles", Map.of("TUTOR", "1000000.01"))))
        .containsEntry("roles.TUTOR", "range");
    assertThat(rateFields(Map.of("taskMinutes", 1441))).containsEntry("taskMinutes", "range");
    JsonNode rates = ok(principal.get("/api/v1/analytics/cost-rates"));
    assertThat(rates.get("channels").get("PHONE").asString()).isEqualTo("5.00");
    assertThat(rates.get("channels").get("EMAIL").asString()).isEqualTo("0.00");
    assertThat(rates.get("roles").get("COURSE_CONSULTANT").asString()).isEqualTo("120.00");
    assertThat(rates.get("taskMinutes").asString()).isEqualTo("15");
  }

  /** 11,935 ÷ 8,065 = 1.4798… */
  @Test
  void theAccountingPageShowsEachTiersFiguresInEnglishAndChinese() {
    UUID a = value.customer(consultant, "Acct page", "ACTIVE");
    value.sale(a, consultant, TODAY.minusDays(3), "20000", "8000");
    effort.record(consultant, a, "PHONE", 30); // 5 + 30 × 120 ÷ 60 = 65
    String username = principalName;
    String path = url("/analytics/accounting", FROM, TODAY);
    for (String language : List.of("en", "zh-CN")) {
      PageClient pages =
          new PageClient(port)
              .language(language)
              .signIn(
                  org.member(branch)
                      .roles("CENTRE_PRINCIPAL")
                      .speaking(language)
                      .create()
                      .username(),
                  OrgFixtures.PASSWORD);
      Document page = pages.get(path).document();
      Element top = page.getElementById("accounting-TOP");
      assertThat(top.select("td").eachText())
          .containsExactly("1", "20,000.00", "8,000.00", "65.00", "11,935.00", "148.0 %");
      assertThat(page.getElementById("nav-accounting")).isNotNull();
      assertThat(page.getElementById("accounting-TOTAL").text())
          .startsWith(language.equals("en") ? "Total" : "合计");
    }
    PageClient adminPages =
        new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    assertThat(
            adminPages
                .get("/analytics/cost-rates")
                .document()
                .getElementById("channel-PHONE")
                .val())
        .isEqualTo("5.00");
    adminPages.post(
        "/analytics/cost-rates",
        Map.of("channel-PHONE", "10", "role-COURSE_CONSULTANT", "60", "taskMinutes", "15"));
    Document repriced =
        new PageClient(port).signIn(username, OrgFixtures.PASSWORD).get(path).document();
    assertThat(repriced.getElementById("accounting-TOP").select("td").get(3).text())
        .isEqualTo("40.00"); // 10 + 30 × 60 ÷ 60
    assertThat(
            new PageClient(port)
                .signIn(username, OrgFixtures.PASSWORD)
                .get("/analytics/cost-rates")
                .status())
        .as("a centre principal does not configure rates")
        .isEqualTo(403);
  }

  private Map<String, String> rateFields(Map<String, Object> body) {
    return fields(effort.admin().put("/api/v1/analytics/cost-rates", body, null));
  }

  private JsonNode customer(ApiClient api, UUID id) {
    JsonNode page =
        ok(api.get(url("/api/v1/analytics/accounting/customers", FROM, TODAY) + "&limit=500"));
    for (JsonNode item : page.get("items")) {
      if (item.get("customerId").asString().equals(id.toString())) {
        return item;
      }
    }
    throw new AssertionError("customer not listed: " + id);
  }

  private static void assertFigures(JsonNode json, int customers, BigDecimal[] figures) {
    if (customers >= 0) {
      assertThat(json.get("customers").asInt()).as(json.toString()).isEqualTo(customers);
    }
    BigDecimal profit = figures[0].subtract(figures[1]).subtract(figures[2]);
    BigDecimal cost = figures[1].add(figures[2]);
    assertThat(json.get("revenue").asString()).as(json.toString()).isEqualTo(cents(figures[0]));
    assertThat(json.get("productCost").asString()).isEqualTo(cents(figures[1]));
    assertThat(json.get("costToServe").asString()).isEqualTo(cents(figures[2]));
    assertThat(json.get("profit").asString()).isEqualTo(cents(profit));
    if (cost.signum() == 0) {
      assertThat(json.get("roi").isNull()).as(json.toString()).isTrue();
    } else {
      assertThat(json.get("roi").asString())
          .isEqualTo(profit.divide(cost, 6, RoundingMode.HALF_EVEN).toPlainString());
    }
  }

  private static BigDecimal[] row(String revenue, String productCost, BigDecimal toServe) {
    return new BigDecimal[] {new BigDecimal(revenue), new BigDecimal(productCost), toServe};
  }

  private static BigDecimal money(String text) {
    return new BigDecimal(text);
  }

  private String url(String path, LocalDate from, LocalDate to) {
    return path + "?scheme=" + scheme + "&from=" + from + "&to=" + to;
  }

  private static JsonNode tier(JsonNode report, String name) {
    for (JsonNode tier : report.get("tiers")) {
      if (tier.get("tier").asString().equals(name)) {
        return tier;
      }
    }
    throw new AssertionError("no tier " + name);
  }

  private static JsonNode ok(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  static Map<String, String> fields(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    Map<String, String> fields = new HashMap<>();
    response
        .json()
        .get("errors")
        .forEach(e -> fields.put(e.get("field").asString(), e.get("rule").asString()));
    return fields;
  }
}
