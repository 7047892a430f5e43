package io.pyra.sales;

import static io.pyra.sales.SalesAnalysisFixtures.cents;
import static io.pyra.sales.SalesAnalysisFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.sales.SalesAnalysisFixtures.Placed;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A branch (with a team below it) sold in the first quarter of 2025: orders and a contract, an
 * anonymous sale in US dollars, a credit note, refunds, a zero-amount order, a free-text line, a
 * draft and a cancelled order (not counted); another branch sold too. Every expected figure is
 * computed here from the rows the test wrote.
 */
@PyraIntegrationTest
class SalesAnalysisTests {

  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 3, 31);
  static final String Q1 = "from=2025-01-01&to=2025-03-31";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  SalesAnalysisFixtures sales;
  OrgUnit branch;
  OrgUnit team;
  OrgUnit otherBranch;
  UserAccount ownerA;
  UserAccount ownerB;
  UserAccount teamPrincipal;
  UUID gb;
  UUID cn;
  UUID p1;
  UUID p2;
  UUID p3;
  UUID k1;
  UUID k2;
  Placed o1;
  Placed o3;

  @BeforeEach
  void setUp() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    sales = new SalesAnalysisFixtures(jdbc);
    branch = org.branch();
    team = org.unit(branch);
    otherBranch = org.branch();
    ownerA = org.user(branch, "COURSE_CONSULTANT");
    ownerB = org.user(team, "COURSE_CONSULTANT");
    teamPrincipal = org.user(team, "CENTRE_PRINCIPAL");
    UserAccount elsewhere = org.user(otherBranch, "COURSE_CONSULTANT");
    gb = customer("GB", ownerA);
    cn = customer("CN", ownerB);
    k1 = sales.category("Languages");
    k2 = sales.category("Music");
    p1 = sales.product("English", k1);
    p2 = sales.product("Piano", k2);
    p3 = sales.product("Trial lesson", null);
    UUID a = ownerA.id();
    UUID b = ownerB.id();
    UUID unitB = branch.id();
    UUID unitT = team.id();
    o1 =
        sales.order(
            "ORDER",
            "COMPLETED",
            gb,
            a,
            unitB,
            day(1, 5),
            "CNY",
            "1",
            "WALK_IN",
            line(p1, "2", "100.00", "10", "40"),
            line(p2, "1", "50", "0", "20"));
    sales.order(
        "CONTRACT",
        "SIGNED",
        cn,
        b,
        unitT,
        day(1, 31),
        "CNY",
        "1",
        "REFERRAL",
        line(p1, "1", "300", "0", "120"),
        line(null, "1", "0", "0", "0"));
    o3 =
        sales.order(
            "ORDER",
            "ACTIVE",
            null,
            a,
            unitB,
            day(2, 10),
            "USD",
            "7.1",
            null,
            line(p2, "3", "10.00", "0", "4"));
    sales.order(
        "CREDIT_NOTE",
        "COMPLETED",
        gb,
        a,
        unitB,
        day(2, 15),
        "CNY",
        "1",
        "WALK_IN",
        line(p1, "-1", "90", "0", "40"));
    Placed draft =
        sales.order(
            "ORDER",
            "DRAFT",
            gb,
            a,
            unitB,
            day(2, 20),
            "CNY",
            "1",
            null,
            line(p1, "1", "1000", "0", "1"));
    sales.order(
        "ORDER",
        "CANCELLED",
        cn,
        b,
        unitT,
        day(3, 1),
        "CNY",
        "1",
        null,
        line(p1, "1", "500", "0", "1"));
    sales.order(
        "ORDER",
        "COMPLETED",
        gb,
        a,
        unitB,
        day(3, 31),
        "CNY",
        "1",
        null,
        line(p3, "1", "0", "0", "0"));
    sales.order(
        "ORDER",
        "COMPLETED",
        gb,
        a,
        unitB,
        LocalDate.of(2025, 4, 1),
        "CNY",
        "1",
        null,
        line(p3, "1", "77", "0", "0"));
    sales.order(
        "ORDER",
        "COMPLETED",
        cn,
        elsewhere.id(),
        otherBranch.id(),
        day(1, 10),
        "CNY",
        "1",
        null,
        line(p1, "1", "999", "0", "1"));
    // the period before (Q4 2024) and the same quarter a year before
    sales.order(
        "ORDER",
        "COMPLETED",
        gb,
        a,
        unitB,
        LocalDate.of(2024, 11, 11),
        "CNY",
        "1",
        null,
        line(p1, "1", "400", "0", "100"));
    sales.order(
        "ORDER",
        "COMPLETED",
        cn,
        b,
        unitT,
        LocalDate.of(2024, 2, 2),
        "CNY",
        "1",
        null,
        line(p2, "2", "60", "0", "10"));
    sales.refund(o1, "30.00", day(3, 5));
    sales.refund(o3, "5.00", day(2, 11));
    sales.refund(o1, "12.00", LocalDate.of(2025, 4, 2));
    sales.refund(draft, "10.00", day(2, 21));
  }

  @Test
  void salesByMonthAddUpOrdersCreditNotesAndRefundsInTheBaseCurrency() {
    JsonNode summary =
        admin().get("/api/v1/sales/summary?groupBy=month&orgUnit=" + branch.id() + "&" + Q1).json();

    assertThat(summary.get("currency").asString()).isEqualTo(sales.baseCurrency());
    assertThat(keys(summary)).containsExactly("2025-01", "2025-02", "2025-03");
    for (int month = 1; month <= 3; month++) {
      YearMonth ym = YearMonth.of(2025, month);
      expect(
          row(summary, ym.toString()),
          o -> YearMonth.from(o.day()).equals(ym),
          r -> YearMonth.from(r.day()).equals(ym));
    }
    // the same by hand for January: 2 × 100 × 0.9 + 50 and 300 + 0
    assertThat(row(summary, "2025-01").get("gross").asString()).isEqualTo("530.00");
    assertThat(row(summary, "2025-01").get("customers").asLong()).isEqualTo(2);
    // February: the anonymous dollar sale (30 × 7.1), the credit note and a refund of 5 dollars
    JsonNode february = row(summary, "2025-02");
    assertThat(february.get("gross").asString()).isEqualTo("213.00");
    assertThat(february.get("returns").asString()).isEqualTo("-125.50");
    assertThat(february.get("customers").asLong()).isZero();
    // March: a zero-amount order and a refund only
    assertThat(row(summary, "2025-03").get("net").asString()).isEqualTo("-30.00");
    assertThat(row(summary, "2025-03").get("orders").asLong()).isEqualTo(1);
  }

  @Test
  void salesByQuarterYearOwnerUnitCountryAndSource() {
    JsonNode quarter =
        admin()
            .get("/api/v1/sales/summary?groupBy=quarter&orgUnit=" + branch.id() + "&" + Q1)
            .json();
    assertThat(keys(quarter)).containsExactly("2025-Q1");
    expect(row(quarter, "2025-Q1"), o -> true, r -> true);
    JsonNode year =
        admin().get("/api/v1/sales/summary?groupBy=year&orgUnit=" + branch.id() + "&" + Q1).json();
    expect(row(year, "2025"), o -> true, r -> true);

    JsonNode owners =
        admin().get("/api/v1/sales/summary?groupBy=owner&orgUnit=" + branch.id() + "&" + Q1).json();
    JsonNode a = row(owners, ownerA.id().toString());
    expect(a, o -> o.ownerId().equals(ownerA.id()), r -> r.order().ownerId().equals(ownerA.id()));
    assertThat(a.get("label").asString()).isEqualTo(ownerA.displayName());
    expect(
        row(owners, ownerB.id().toString()),
        o -> o.ownerId().equals(ownerB.id()),
        r -> r.order().ownerId().equals(ownerB.id()));

    JsonNode units =
        admin()
            .get("/api/v1/sales/summary?groupBy=orgUnit&orgUnit=" + branch.id() + "&" + Q1)
            .json();
    expect(
        row(units, team.id().toString()),
        o -> o.orgUnitId().equals(team.id()),
        r -> r.order().orgUnitId().equals(team.id()));

    JsonNode countries =
        admin()
            .get("/api/v1/sales/summary?groupBy=country&orgUnit=" + branch.id() + "&" + Q1)
            .json();
    expect(
        row(countries, "GB"),
        o -> gb.equals(o.customerId()),
        r -> gb.equals(r.order().customerId()));
    assertThat(row(countries, "GB").get("label").asString()).isEqualTo("United Kingdom");
    JsonNode anonymous = row(countries, "-");
    expect(anonymous, o -> o.customerId() == null, r -> r.order().customerId() == null);
    assertThat(anonymous.get("customers").asLong()).isZero();

    JsonNode sources =
        admin()
            .get("/api/v1/sales/summary?groupBy=source&orgUnit=" + branch.id() + "&" + Q1)
            .json();
    assertThat(row(sources, "WALK_IN").get("label").asString()).isEqualTo("Walk-in");
    assertThat(row(sources, "WALK_IN").get("net").asString()).isEqualTo("110.00");
  }

  @Test
  void salesByProductAndCategoryShareRefundsOverTheLines() {
    JsonNode products =
        admin()
            .get("/api/v1/sales/summary?groupBy=product&orgUnit=" + branch.id() + "&" + Q1)
            .json();
    // a refund is shared over its order's lines in proportion to their amounts
    BigDecimal o1Amount = o1.amount();
    BigDecimal p1Gross = new BigDecimal("180").add(new BigDecimal("300"));
    BigDecimal p1Returns =
        new BigDecimal("-90")
            .subtract(
                new BigDecimal("30")
                    .multiply(new BigDecimal("180"))
                    .divide(o1Amount, 20, RoundingMode.HALF_EVEN));
    JsonNode english = row(products, p1.toString());
    assertThat(english.get("gross").asString()).isEqualTo(cents(p1Gross).toPlainString());
    assertThat(english.get("returns").asString()).isEqualTo(cents(p1Returns).toPlainString());
    assertThat(english.get("net").asString())
        .isEqualTo(cents(p1Gross.add(p1Returns)).toPlainString());
    assertThat(english.get("cost").asString()).isEqualTo("160.00");
    assertThat(english.get("orders").asLong()).isEqualTo(2);
    assertThat(english.get("label").asString()).isEqualTo(sales.productCode(p1) + " · English");
    BigDecimal p2Returns =
        new BigDecimal("-35.5")
            .subtract(
                new BigDecimal("30")
                    .multiply(new BigDecimal("50"))
                    .divide(o1Amount, 20, RoundingMode.HALF_EVEN));
    assertThat(row(products, p2.toString()).get("returns").asString())
        .isEqualTo(cents(p2Returns).toPlainString());
    assertThat(row(products, p2.toString()).get("customers").asLong()).isEqualTo(1);
    // a tie at zero (the trial lesson, the free-text line) is ordered by label
    List<String> keys = keys(products);
    assertThat(keys).hasSize(4).startsWith(p1.toString(), p2.toString());
    assertThat(row(products, "-").get("label").asString())
        .isEqualTo("Free description (no product)");
    String trial = sales.productCode(p3) + " · Trial lesson";
    assertThat(keys.subList(2, 4))
        .containsExactlyElementsOf(
            "Free description (no product)".compareTo(trial) < 0
                ? List.of("-", p3.toString())
                : List.of(p3.toString(), "-"));

    JsonNode categories =
        admin()
            .get("/api/v1/sales/summary?groupBy=category&orgUnit=" + branch.id() + "&" + Q1)
            .json();
    assertThat(row(categories, k1.toString()).get("net").asString())
        .isEqualTo(english.get("net").asString());
    assertThat(row(categories, k1.toString()).get("label").asString()).isEqualTo("Languages");

    JsonNode composition =
        admin()
            .get("/api/v1/sales/composition?groupBy=category&orgUnit=" + branch.id() + "&" + Q1)
            .json();
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode r : categories.get("rows")) {
      total = total.add(new BigDecimal(r.get("net").asString()));
    }
    BigDecimal k1Net = new BigDecimal(english.get("net").asString());
    assertThat(row(composition, k1.toString()).get("share").asString())
        .isEqualTo(
            k1Net
                .multiply(BigDecimal.valueOf(100))
                .divide(total, 2, RoundingMode.HALF_EVEN)
                .toPlainString());
  }

  @Test
  void thisPeriodAgainstThePreviousAndTheYearBefore() {
    JsonNode comparison =
        admin().get("/api/v1/sales/comparison?orgUnit=" + branch.id() + "&" + Q1).json();

    assertThat(comparison.get("previous").get("from").asString()).isEqualTo("2024-10-01");
    assertThat(comparison.get("previous").get("to").asString()).isEqualTo("2024-12-31");
    assertThat(comparison.get("yearBefore").get("from").asString()).isEqualTo("2024-01-01");
    BigDecimal now =
        expectedNet(
            o -> !o.day().isBefore(FROM) && !o.day().isAfter(TO),
            r -> !r.day().isBefore(FROM) && !r.day().isAfter(TO));
    assertThat(comparison.get("current").get("totals").get("net").asString())
        .isEqualTo(cents(now).toPlainString());
    assertThat(comparison.get("current").get("totals").get("customers").asLong()).isEqualTo(2);
    assertThat(comparison.get("previous").get("totals").get("net").asString()).isEqualTo("400.00");
    assertThat(comparison.get("yearBefore").get("totals").get("net").asString())
        .isEqualTo("120.00");
    assertThat(comparison.get("netChangeFromPrevious").asString())
        .isEqualTo(
            cents(now)
                .subtract(new BigDecimal("400"))
                .multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("400"), 2, RoundingMode.HALF_EVEN)
                .toPlainString());
  }

  @Test
  void anEmptyPeriodIsRowsOfZerosOrNoRows() {
    JsonNode months =
        admin()
            .get(
                "/api/v1/sales/summary?groupBy=month&orgUnit="
                    + branch.id()
                    + "&from=2019-01-01&to=2019-02-28")
            .json();
    assertThat(keys(months)).containsExactly("2019-01", "2019-02");
    assertThat(row(months, "2019-01").get("net").asString()).isEqualTo("0.00");
    assertThat(row(months, "2019-01").get("orders").asLong()).isZero();
    JsonNode products =
        admin()
            .get(
                "/api/v1/sales/summary?groupBy=product&orgUnit="
                    + branch.id()
                    + "&from=2019-01-01&to=2019-02-28")
            .json();
    assertThat(products.get("rows").size()).isZero();
  }

  @Test
  void badParametersAreRefusedNamingThem() {
    assertRefused("/api/v1/sales/summary?from=2025-03-01&to=2025-01-01", "to");
    assertRefused("/api/v1/sales/summary?from=2010-01-01&to=2025-01-01", "to");
    assertRefused("/api/v1/sales/summary?groupBy=weekday", "groupBy");
    assertRefused("/api/v1/sales/summary?from=yesterday", "from");
    assertRefused("/api/v1/sales/summary?orgUnit=nope", "orgUnit");
    assertRefused("/api/v1/sales/summary?owner=nope", "owner");
    assertRefused("/api/v1/sales/summary?period=week", "period");
    assertRefused("/api/v1/sales/composition?groupBy=month", "groupBy");
  }

  @Test
  void aPrincipalSeesTheirTeamAndAConsultantTheirOwnSales() {
    ApiClient principal = api(teamPrincipal);
    JsonNode teamOnly = principal.get("/api/v1/sales/summary?groupBy=year&" + Q1).json();
    expect(
        row(teamOnly, "2025"),
        o -> o.orgUnitId().equals(team.id()),
        r -> r.order().orgUnitId().equals(team.id()));
    ApiClient.Response above =
        principal.get("/api/v1/sales/summary?orgUnit=" + branch.id() + "&" + Q1);
    assertThat(above.status()).isEqualTo(422);
    assertThat(above.json().get("errors").get(0).get("field").asString()).isEqualTo("orgUnit");

    JsonNode own = api(ownerA).get("/api/v1/sales/summary?groupBy=year&" + Q1).json();
    expect(
        row(own, "2025"),
        o -> o.ownerId().equals(ownerA.id()),
        r -> r.order().ownerId().equals(ownerA.id()));

    UserAccount specialist =
        new OrgFixtures(orgUnits, users, roles).user(branch, "ENROLMENT_SPECIALIST");
    assertThat(api(specialist).get("/api/v1/sales/summary").status()).isEqualTo(403);
  }

  @Test
  void lostDealsWinRateAndTheWeightedForecast() {
    sales.rate("ISK", "0.05");
    UUID a = ownerA.id();
    UUID b = ownerB.id();
    String lost = SalesAnalysisFixtures.LOST;
    sales.opportunity(
        a,
        branch.id(),
        "LOST",
        lost,
        "1000",
        "CNY",
        0,
        null,
        day(2, 1),
        SalesAnalysisFixtures.PRICE,
        "Acme",
        SalesAnalysisFixtures.PROPOSAL);
    sales.opportunity(
        a,
        branch.id(),
        "LOST",
        lost,
        "2000",
        "ISK",
        0,
        null,
        day(3, 1),
        SalesAnalysisFixtures.PRICE,
        "Acme",
        SalesAnalysisFixtures.PROPOSAL);
    sales.opportunity(
        a,
        branch.id(),
        "LOST",
        lost,
        "50",
        "CNY",
        0,
        null,
        day(3, 10),
        null,
        null,
        SalesAnalysisFixtures.INQUIRY);
    sales.opportunity(
        b,
        team.id(),
        "LOST",
        lost,
        "10",
        "CNY",
        0,
        null,
        day(3, 3),
        SalesAnalysisFixtures.TIMING,
        "Beta",
        SalesAnalysisFixtures.VISIT);
    sales.opportunity(
        a,
        branch.id(),
        "WON",
        SalesAnalysisFixtures.CONTRACT,
        "2000",
        "CNY",
        100,
        null,
        day(1, 20),
        null,
        null,
        SalesAnalysisFixtures.PROPOSAL);
    sales.opportunity(
        b,
        team.id(),
        "WON",
        SalesAnalysisFixtures.CONTRACT,
        "500",
        "CNY",
        100,
        null,
        day(2, 20),
        null,
        null,
        null);
    sales.opportunity(
        a,
        branch.id(),
        "OPEN",
        SalesAnalysisFixtures.PROPOSAL,
        "1000",
        "CNY",
        60,
        day(2, 15),
        null,
        null,
        null,
        null);
    sales.opportunity(
        a,
        branch.id(),
        "OPEN",
        SalesAnalysisFixtures.VISIT,
        "100",
        "ISK",
        25,
        day(2, 28),
        null,
        null,
        null,
        null);
    sales.opportunity(
        b,
        team.id(),
        "OPEN",
        SalesAnalysisFixtures.INQUIRY,
        "400",
        "CNY",
        10,
        day(3, 1),
        null,
        null,
        null,
        null);
    sales.opportunity(
        b,
        team.id(),
        "OPEN",
        SalesAnalysisFixtures.INQUIRY,
        "400",
        "CNY",
        10,
        LocalDate.of(2025, 5, 1),
        null,
        null,
        null,
        null);

    JsonNode deals =
        admin().get("/api/v1/sales/lost-deals?orgUnit=" + branch.id() + "&" + Q1).json();
    JsonNode price = byKey(deals.get("reasons"), SalesAnalysisFixtures.PRICE);
    assertThat(price.get("deals").asLong()).isEqualTo(2);
    assertThat(price.get("label").asString()).isEqualTo("Price");
    assertThat(price.get("amount").asString())
        .isEqualTo(
            cents(
                    new BigDecimal("1000")
                        .add(new BigDecimal("2000").multiply(new BigDecimal("0.05"))))
                .toPlainString());
    assertThat(byKey(deals.get("reasons"), "-").get("deals").asLong()).isEqualTo(1);
    assertThat(byKey(deals.get("competitors"), "Acme").get("deals").asLong()).isEqualTo(2);
    assertThat(byKey(deals.get("competitors"), "Beta").get("amount").asString()).isEqualTo("10.00");
    JsonNode proposal = byKey(deals.get("stages"), SalesAnalysisFixtures.PROPOSAL);
    assertThat(proposal.get("deals").asLong()).isEqualTo(2);
    assertThat(proposal.get("label").asString()).isEqualTo("Training enrolment › Proposal");

    JsonNode rates = admin().get("/api/v1/sales/win-rate?orgUnit=" + branch.id() + "&" + Q1).json();
    JsonNode ofA = byKey(rates.get("rows"), a.toString());
    assertThat(ofA.get("won").asLong()).isEqualTo(1);
    assertThat(ofA.get("lost").asLong()).isEqualTo(3);
    assertThat(ofA.get("rate").asString()).isEqualTo("25.00");
    assertThat(byKey(rates.get("rows"), b.toString()).get("rate").asString()).isEqualTo("50.00");
    JsonNode total = byKey(rates.get("rows"), "total");
    assertThat(total.get("rate").asString())
        .isEqualTo(
            BigDecimal.valueOf(200)
                .divide(BigDecimal.valueOf(6), 2, RoundingMode.HALF_EVEN)
                .toPlainString());
    assertThat(total.get("wonAmount").asString()).isEqualTo("2500.00");

    JsonNode forecast =
        admin().get("/api/v1/sales/forecast?orgUnit=" + branch.id() + "&" + Q1).json();
    JsonNode rows = forecast.get("rows");
    assertThat(rows.size()).isEqualTo(2);
    JsonNode february = rows.get(0);
    assertThat(february.get("month").asString()).isEqualTo("2025-02");
    assertThat(february.get("ownerId").asString()).isEqualTo(a.toString());
    assertThat(february.get("deals").asLong()).isEqualTo(2);
    BigDecimal weighted =
        new BigDecimal("1000")
            .multiply(new BigDecimal("0.60"))
            .add(
                new BigDecimal("100")
                    .multiply(new BigDecimal("0.05"))
                    .multiply(new BigDecimal("0.25")));
    assertThat(february.get("weighted").asString()).isEqualTo(cents(weighted).toPlainString());
    assertThat(rows.get(1).get("weighted").asString()).isEqualTo("40.00");
  }

  @Test
  void thePageShowsEachAnalysisAsATableAndAChartAndExportsThem() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document page =
        pages.get("/sales/analysis?groupBy=month&orgUnit=" + branch.id() + "&" + Q1).document();
    assertThat(page.select("#summary-2025-01 .col-3").text()).isEqualTo("530.00");
    JsonNode chart =
        JsonMapper.builder().build().readTree(page.select("#summary-chart").attr("data-chart"));
    assertThat(chart.get("kind").asString()).isEqualTo("column");
    assertThat(chart.get("series").get(0).get("values").get(0).asLong()).isEqualTo(530);
    assertThat(page.select("#analysis-tabs a")).hasSize(6);

    for (String analysis :
        List.of("comparison", "composition", "lost-deals", "win-rate", "forecast")) {
      PageClient.Page shown =
          pages.get("/sales/analysis?analysis=" + analysis + "&orgUnit=" + branch.id() + "&" + Q1);
      assertThat(shown.status()).isEqualTo(200);
      assertThat(shown.document().select(".pyra-chart")).isNotEmpty();
    }
    UserAccount chinesePrincipal =
        new OrgFixtures(orgUnits, users, roles)
            .member(branch)
            .roles("CENTRE_PRINCIPAL")
            .speaking("zh-CN")
            .create();
    Document chinese =
        new PageClient(port)
            .signIn(chinesePrincipal.username(), OrgFixtures.PASSWORD)
            .get("/sales/analysis?" + Q1)
            .document();
    assertThat(chinese.select("#summary-2025-01 .col-3").text()).isEqualTo("530.00");
    assertThat(chinese.select("main h1").text()).isEqualTo("销售分析");

    PageClient.Page csv =
        pages.get(
            "/sales/analysis/export?format=csv&groupBy=month&orgUnit=" + branch.id() + "&" + Q1);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("2025-01,2,2,530.00,0.00,530.00,220.00,310.00");
    PageClient.Page bad = pages.get("/sales/analysis/export?format=pdf&" + Q1);
    assertThat(bad.status()).isEqualTo(422);
    Document wrong = pages.get("/sales/analysis?from=2025-03-01&to=2025-01-01").document();
    assertThat(wrong.select("#filter-error").text()).contains("must not be before");
  }

  // --- expected figures, computed from the rows this test wrote

  private void expect(
      JsonNode row, Predicate<Placed> orders, Predicate<SalesAnalysisFixtures.Refund> refunds) {
    Predicate<Placed> inBranch =
        o ->
            (o.orgUnitId().equals(branch.id()) || o.orgUnitId().equals(team.id()))
                && !o.day().isBefore(FROM)
                && !o.day().isAfter(TO);
    Predicate<SalesAnalysisFixtures.Refund> refundInBranch =
        r ->
            (r.order().orgUnitId().equals(branch.id()) || r.order().orgUnitId().equals(team.id()))
                && r.order().sale()
                && !r.day().isBefore(FROM)
                && !r.day().isAfter(TO);
    List<Placed> chosen = sales.orders.stream().filter(inBranch.and(orders)).toList();
    BigDecimal gross = sum(chosen.stream().filter(Placed::sale).toList(), Placed::amountBase);
    BigDecimal credit = sum(chosen.stream().filter(Placed::credit).toList(), Placed::amountBase);
    BigDecimal refunded =
        sales.refunds.stream()
            .filter(refundInBranch.and(refunds))
            .map(SalesAnalysisFixtures.Refund::base)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal returns = credit.subtract(refunded);
    BigDecimal net = gross.add(returns);
    BigDecimal cost = sum(chosen.stream().filter(Placed::counted).toList(), Placed::costBase);
    assertThat(row.get("orders").asLong()).isEqualTo(chosen.stream().filter(Placed::sale).count());
    assertThat(row.get("customers").asLong())
        .isEqualTo(
            chosen.stream()
                .filter(Placed::sale)
                .map(Placed::customerId)
                .filter(c -> c != null)
                .distinct()
                .count());
    assertThat(row.get("gross").asString()).isEqualTo(cents(gross).toPlainString());
    assertThat(row.get("returns").asString()).isEqualTo(cents(returns).toPlainString());
    assertThat(row.get("net").asString()).isEqualTo(cents(net).toPlainString());
    assertThat(row.get("cost").asString()).isEqualTo(cents(cost).toPlainString());
    assertThat(row.get("margin").asString()).isEqualTo(cents(net.subtract(cost)).toPlainString());
  }

  private BigDecimal expectedNet(
      Predicate<Placed> orders, Predicate<SalesAnalysisFixtures.Refund> refunds) {
    Predicate<Placed> inBranch =
        o -> o.orgUnitId().equals(branch.id()) || o.orgUnitId().equals(team.id());
    BigDecimal sold =
        sum(
            sales.orders.stream().filter(inBranch.and(orders)).filter(Placed::counted).toList(),
            Placed::amountBase);
    BigDecimal refunded =
        sales.refunds.stream()
            .filter(r -> inBranch.test(r.order()) && r.order().sale())
            .filter(refunds)
            .map(SalesAnalysisFixtures.Refund::base)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return sold.subtract(refunded);
  }

  private static BigDecimal sum(List<Placed> orders, Function<Placed, BigDecimal> value) {
    return orders.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private void assertRefused(String path, String field) {
    ApiClient.Response response = admin().get(path);
    assertThat(response.status()).as(path).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("field").asString())
        .as(path)
        .isEqualTo(field);
  }

  private static List<String> keys(JsonNode summary) {
    return summary.get("rows").valueStream().map(r -> r.get("key").asString()).toList();
  }

  private static JsonNode row(JsonNode summary, String key) {
    return byKey(summary.get("rows"), key);
  }

  private static JsonNode byKey(JsonNode rows, String key) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    rows.forEach(r -> byKey.put(r.get("key").asString(), r));
    assertThat(byKey).as("rows").containsKey(key);
    return byKey.get(key);
  }

  private UUID customer(String country, UserAccount owner) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", "Buyer " + UUID.randomUUID().toString().substring(0, 6));
    body.put("ownerId", owner.id());
    body.put("orgUnitId", owner.orgUnitId());
    body.put("address", Map.of("country", country));
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asString());
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2025, month, day);
  }
}
