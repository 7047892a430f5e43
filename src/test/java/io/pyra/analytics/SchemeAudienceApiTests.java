package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.SaveCustomField;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scheme audiences by sector and by custom field (issue 14, item 1): pyramids side by side over the
 * same sales, each over its own sector (sub-sectors included) or its conditions on custom fields,
 * every tier's customers, net revenue and profit and the counts below the pyramid worked out here
 * from the test's own customers by plain arithmetic, computed and from a snapshot; grading schemes
 * that grade only their sector; every bad audience refused naming its field in English and Chinese
 * with nothing saved. Sectors and fields are the test's own (unique codes), so other tests'
 * customers fall outside every audience.
 */
@PyraIntegrationTest
class SchemeAudienceApiTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The as-of day: the last month end, so that a snapshot can be taken of it. */
  static final LocalDate P = LocalDate.now(ZONE).withDayOfMonth(1).minusDays(1);

  static final LocalDate FROM = P.plusDays(1).minusMonths(12);

  static final List<String> VALUE_TIERS = List.of("TOP", "HIGH", "MIDDLE", "LOW");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;
  @Autowired CustomFieldService customFields;

  OrgFixtures fixtures;
  OrgUnit branch;
  UserAccount consultant;
  ValueFixtures value;
  ApiClient admin;
  String suffix;
  String sectorA;
  String sectorSub;
  String sectorB;
  String seats;
  String plan;
  String since;
  String vip;

  /** The test's customers as it made them: what the expected figures are computed from. */
  record Made(
      UUID id,
      String code,
      String sector,
      BigDecimal seats,
      String plan,
      String stage,
      List<BigDecimal[]> sales,
      List<LocalDate> saleDays) {}

  final Map<String, Made> made = new LinkedHashMap<>();

  @BeforeEach
  void setUp() {
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    value = new ValueFixtures(port, jdbc, days);
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    sectorA = "AUD" + suffix + "_A";
    sectorSub = sectorA + "_SUB";
    sectorB = "AUD" + suffix + "_B";
    ApiClient.Response a =
        admin.post(
            "/api/v1/sectors", Map.of("code", sectorA, "nameEn", "Audience A", "nameZh", "受众甲"));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    ApiClient.Response sub =
        admin.post(
            "/api/v1/sectors",
            Map.of(
                "parentId",
                a.json().get("id").asString(),
                "code",
                sectorSub,
                "nameEn",
                "Audience A sub",
                "nameZh",
                "受众甲子"));
    assertThat(sub.status()).as(sub.body()).isEqualTo(201);
    ApiClient.Response b =
        admin.post(
            "/api/v1/sectors", Map.of("code", sectorB, "nameEn", "Audience B", "nameZh", "受众乙"));
    assertThat(b.status()).as(b.body()).isEqualTo(201);
    String lower = suffix.toLowerCase(Locale.ROOT);
    seats = field("seats" + lower, "Seats", "座位数", "NUMBER", List.of());
    plan = field("plan" + lower, "Plan", "套餐", "CHOICE", List.of("Gold", "Silver"));
    since = field("since" + lower, "Customer since", "客户起始日", "DATE", List.of());
    vip = field("vip" + lower, "VIP", "贵宾", "BOOLEAN", List.of());
  }

  @Test
  void pyramidsSideBySideRankOnlyTheirSectorOrTheirFieldConditionsAndSoDoTheirSnapshots() {
    // sector A and its sub-sector
    made("a1", sectorA, "50", "Gold", "ACTIVE", sale(P.minusDays(10), "10000", "4000"));
    made("a2", sectorSub, "5", "Gold", "ACTIVE", sale(P.minusDays(40), "6000", "1000"));
    made(
        "a3",
        sectorSub,
        "120",
        "Gold",
        "ACTIVE",
        sale(P.minusDays(100), "3000", "1000"),
        sale(P.minusDays(50), "-500", "-100")); // a credit note
    made(
        "a4",
        sectorA,
        null,
        null,
        "ACTIVE",
        sale(P.minusDays(200), "1000", "200"),
        sale(FROM.minusDays(30), "5000", "0")); // before the window too
    made("a5", sectorA, "30", "Gold", "ACTIVE", sale(FROM.minusDays(1), "7000", "100")); // inactive
    made("a6", sectorSub, "10", "Gold", "PROSPECT");
    made("a7", sectorA, null, null, "SUSPECT");
    made("a8", sectorSub, "80", "Gold", "ACTIVE", sale(P.minusDays(20), "4000", "3000"));
    made("a9", sectorA, "60", "Silver", "ACTIVE", sale(P.minusDays(30), "9000", "2000"));
    // bought only after the as-of day: never bought by then, a prospect (its stage is past suspect)
    made("a10", sectorA, "40", "Gold", "ACTIVE", sale(P.plusDays(1), "99999", "0"));
    // sector B
    made("b1", sectorB, "50", "Gold", "ACTIVE", sale(P.minusDays(5), "20000", "5000"));
    made("b2", sectorB, "20", "Silver", "ACTIVE", sale(P.minusDays(60), "7000", "6000"));
    made("b3", sectorB, null, null, "ACTIVE", sale(FROM.minusDays(20), "1000", "0")); // inactive
    made("b4", sectorB, null, null, "SUSPECT");
    // no sector: in no audience of this test, however much it bought
    made("n1", null, "50", "Gold", "ACTIVE", sale(P.minusDays(3), "50000", "0"));
    // the customers were known well before the as-of day
    jdbc.sql("update customer_customer set created_at = :at where id in (:ids)")
        .param("at", SqlTime.utc(P.minusDays(500).atStartOfDay(ZONE).toInstant()))
        .param("ids", made.values().stream().map(Made::id).toList())
        .update();

    Map<String, Object> quarters = Map.of("TOP", "25", "HIGH", "25", "MIDDLE", "25", "LOW", "25");
    String bySectorA = scheme(Map.of("sector", sectorA), quarters);
    String bySectorB = scheme(Map.of("sector", sectorB.toLowerCase(Locale.ROOT)), quarters);
    String byFields =
        scheme(
            Map.of(
                "orgUnit",
                branch.code(),
                "sector",
                sectorA,
                "fields",
                List.of(
                    Map.of("code", seats, "min", "10", "max", "100"),
                    Map.of("code", plan.toUpperCase(Locale.ROOT), "equalTo", "gold"))),
            quarters);

    Predicate<Made> inA = m -> sectorA.equals(m.sector()) || sectorSub.equals(m.sector());
    Predicate<Made> inB = m -> sectorB.equals(m.sector());
    Predicate<Made> fieldsMet =
        inA.and(
            m ->
                m.seats() != null
                    && m.seats().compareTo(BigDecimal.TEN) >= 0
                    && m.seats().compareTo(BigDecimal.valueOf(100)) <= 0
                    && "Gold".equals(m.plan()));
    // worked out by hand too: sector A ranks a1, a9, a2, a8, a3 (2,500), a4 (1,000); B ranks b1,
    // b2;
    // the field conditions leave a1 and a8 (a3 has 120 seats, a9 is Silver, a2 has 5)
    assertThat(ranked(inA)).containsExactly("a1", "a9", "a2", "a8", "a3", "a4");
    assertThat(ranked(inB)).containsExactly("b1", "b2");
    assertThat(ranked(fieldsMet)).containsExactly("a1", "a8");

    Map<String, JsonNode> byCode = new LinkedHashMap<>();
    admin
        .get("/api/v1/analytics/pyramid-schemes")
        .json()
        .get("items")
        .forEach(s -> byCode.put(s.get("code").asString(), s));
    JsonNode stored = byCode.get(byFields);
    assertThat(stored.get("audience").get("orgUnit").asString()).isEqualTo(branch.code());
    assertThat(stored.get("audience").get("sector").asString()).isEqualTo(sectorA);
    assertThat(stored.get("audience").get("fields").get(0).get("code").asString()).isEqualTo(seats);
    assertThat(stored.get("audience").get("fields").get(0).get("min").asString()).isEqualTo("10");
    assertThat(stored.get("audience").get("fields").get(0).get("max").asString()).isEqualTo("100");
    assertThat(stored.get("audience").get("fields").get(1).get("equalTo").asString())
        .isEqualTo("Gold");
    JsonNode storedB = byCode.get(bySectorB);
    assertThat(storedB.get("audience").get("sector").asString()).isEqualTo(sectorB);
    assertThat(storedB.get("audience").get("orgUnit").isNull()).isTrue();

    // computed from the figures, then read from the snapshot of the month end: the same pyramids
    for (boolean snapshot : List.of(false, true)) {
      if (snapshot) {
        for (String code : List.of(bySectorA, bySectorB, byFields)) {
          ApiClient.Response taken =
              admin.post("/api/v1/analytics/snapshots", Map.of("scheme", code, "to", P.toString()));
          assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        }
      }
      assertPyramid(bySectorA, inA);
      assertPyramid(bySectorB, inB);
      assertPyramid(byFields, fieldsMet);
    }
    // below the pyramid, by hand: A has a5 inactive, a6 and a10 prospects, a7 a suspect; B has b3
    // inactive, b4 a suspect; the field conditions keep a5, a6 and a10 (a7 has no seats)
    JsonNode a = pyramid(bySectorA);
    assertThat(count(a, "INACTIVE")).isEqualTo(1);
    assertThat(count(a, "PROSPECT")).isEqualTo(2);
    assertThat(count(a, "SUSPECT")).isEqualTo(1);
    JsonNode f = pyramid(byFields);
    assertThat(count(f, "INACTIVE")).isEqualTo(1);
    assertThat(count(f, "PROSPECT")).isEqualTo(2);
    assertThat(count(f, "SUSPECT")).isZero();
    assertThat(count(pyramid(bySectorB), "SUSPECT")).isEqualTo(1);

    // a tier's customers: only the audience's
    JsonNode top =
        admin
            .get(
                "/api/v1/analytics/pyramid/customers?scheme="
                    + byFields
                    + "&asOf="
                    + P
                    + "&tier=TOP")
            .json();
    assertThat(top.get("items").get(0).get("code").asString()).isEqualTo(made.get("a1").code());

    // a grading scheme of sector B grades b1 and b2 only; one of the sub-sector grades a2, a3, a8
    assertThat(graded(Map.of("sector", sectorB))).isEqualTo(ids("b1", "b2"));
    assertThat(graded(Map.of("sector", sectorSub))).isEqualTo(ids("a2", "a3", "a8"));
    assertThat(
            graded(
                Map.of(
                    "sector", sectorA, "fields", List.of(Map.of("code", vip, "equalTo", "yes")))))
        .isEmpty();
  }

  @Test
  void badAudiencesAreRefusedNamingTheFieldInEnglishAndChineseAndNothingIsSaved() {
    long pyramids = count("analytics_pyramid_scheme");
    long grading = count("analytics_grading_scheme");
    long conditions = count("analytics_pyramid_audience_field");
    Map<String, String> unknownSector =
        refused(Map.of("sector", "NO_SUCH_" + suffix), "audience.sector", "not-found");
    assertThat(unknownSector.get("en")).contains("Audience sector").contains("NO_SUCH_" + suffix);
    assertThat(unknownSector.get("zh-CN")).contains("受众行业").contains("NO_SUCH_" + suffix);
    Map<String, String> unknownField =
        refused(
            condition(Map.of("code", "nosuch" + suffix, "equalTo", "x")),
            "audience.fields[0].code",
            "not-found");
    assertThat(unknownField.get("en")).contains("Audience condition 1").contains("custom field");
    assertThat(unknownField.get("zh-CN")).contains("受众条件 1").contains("自定义字段");
    Map<String, String> notANumber =
        refused(condition(Map.of("code", seats, "min", "many")), "audience.fields[0].min", "type");
    assertThat(notANumber.get("en")).contains(seats).contains("many is not a number");
    assertThat(notANumber.get("zh-CN")).contains("many 不是数字");
    Map<String, String> notADate =
        refused(
            condition(Map.of("code", since, "max", "31/12/2026")),
            "audience.fields[0].max",
            "type");
    assertThat(notADate.get("en")).contains("is not a date");
    assertThat(notADate.get("zh-CN")).contains("不是日期");
    Map<String, String> minAboveMax =
        refused(
            condition(Map.of("code", seats, "min", "100", "max", "10")),
            "audience.fields[0].min",
            "range");
    assertThat(minAboveMax.get("en")).contains("the minimum 100 is above the maximum 10");
    assertThat(minAboveMax.get("zh-CN")).contains("最小值 100 大于最大值 10");
    refused(
        condition(Map.of("code", since, "min", "2026-12-01", "max", "2026-01-01")),
        "audience.fields[0].min",
        "range");
    Map<String, String> nothing =
        refused(condition(Map.of("code", seats)), "audience.fields[0]", "required");
    assertThat(nothing.get("en")).contains("give the value to equal, or a minimum or a maximum");
    assertThat(nothing.get("zh-CN")).contains("请给出等于的值");
    List<Map<String, Object>> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(Map.of("code", seats, "min", String.valueOf(i)));
    }
    Map<String, String> tooMany = refused(Map.of("fields", six), "audience.fields", "size");
    assertThat(tooMany.get("en")).contains("at most 5 conditions");
    assertThat(tooMany.get("zh-CN")).contains("最多 5 个条件");
    refused(
        condition(Map.of("code", plan, "equalTo", "Bronze")),
        "audience.fields[0].equalTo",
        "one-of");
    refused(
        condition(Map.of("code", vip, "equalTo", "perhaps")), "audience.fields[0].equalTo", "type");
    refused(
        condition(Map.of("code", plan, "min", "1")), "audience.fields[0].min", "not-applicable");
    refused(condition(Map.of("equalTo", "Gold")), "audience.fields[0].code", "required");
    refused(Map.of("orgUnit", "NO-SUCH-" + suffix), "audience.orgUnit", "not-found");
    // a second condition is named by its own index
    refused(
        Map.of(
            "fields",
            List.of(Map.of("code", seats, "min", "1"), Map.of("code", seats, "max", "a lot"))),
        "audience.fields[1].max",
        "type");

    // the grading schemes' API refuses the same, on definition and on change
    Map<String, Object> badGrading = gradingBody(Map.of("sector", "NO_SUCH_" + suffix));
    assertThat(fields(admin.post("/api/v1/analytics/grading-schemes", badGrading)))
        .containsEntry("audience.sector", "not-found");
    String kept = gradingScheme(Map.of("sector", sectorB));
    Map<String, Object> change =
        gradingBody(Map.of("sector", sectorA, "fields", List.of(Map.of("code", seats))));
    assertThat(fields(admin.put("/api/v1/analytics/grading-schemes/" + kept, change, null)))
        .containsEntry("audience.fields[0]", "required");
    JsonNode after = gradingSchemeJson(kept);
    assertThat(after.get("audience").get("sector").asString()).isEqualTo(sectorB);
    assertThat(after.get("audience").get("fields")).isEmpty();
    assertThat(after.get("version").asLong()).isZero();
    // a change without an audience keeps it; with one replaces it
    Map<String, Object> noAudience = gradingBody(null);
    noAudience.remove("audience");
    assertThat(admin.put("/api/v1/analytics/grading-schemes/" + kept, noAudience, null).status())
        .isEqualTo(200);
    assertThat(gradingSchemeJson(kept).get("audience").get("sector").asString()).isEqualTo(sectorB);
    ApiClient.Response replaced =
        admin.put(
            "/api/v1/analytics/grading-schemes/" + kept,
            gradingBody(
                Map.of(
                    "sector", sectorA, "fields", List.of(Map.of("code", seats, "max", "1,000")))),
            null);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.json().get("audience").get("sector").asString()).isEqualTo(sectorA);
    assertThat(replaced.json().get("audience").get("fields").get(0).get("max").asString())
        .isEqualTo("1000");

    assertThat(count("analytics_pyramid_scheme")).isEqualTo(pyramids);
    assertThat(count("analytics_pyramid_audience_field")).isEqualTo(conditions);
    assertThat(count("analytics_grading_scheme")).isEqualTo(grading + 1);
  }

  // ----- the expected pyramid, by plain arithmetic over the test's own customers

  private void assertPyramid(String scheme, Predicate<Made> audience) {
    List<String> ranked = ranked(audience);
    int n = ranked.size();
    BigDecimal quarter = BigDecimal.valueOf(25);
    // rank r is TOP while r ≤ ⌈25 % × n⌉, HIGH while r ≤ ⌈50 % × n⌉, MIDDLE while r ≤ ⌈75 % × n⌉
    int[] upTo = new int[3];
    for (int i = 0; i < 3; i++) {
      upTo[i] =
          quarter
              .multiply(BigDecimal.valueOf(i + 1))
              .multiply(BigDecimal.valueOf(n))
              .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
              .intValueExact();
    }
    JsonNode pyramid = pyramid(scheme);
    assertThat(pyramid.get("activeCustomers").asInt()).as(scheme).isEqualTo(n);
    BigDecimal total = BigDecimal.ZERO;
    for (int t = 0; t < 4; t++) {
      int first = t == 0 ? 0 : upTo[t - 1];
      int last = t == 3 ? n : upTo[t];
      List<String> members = ranked.subList(Math.min(first, n), Math.min(last, n));
      BigDecimal revenue = BigDecimal.ZERO;
      BigDecimal profit = BigDecimal.ZERO;
      for (String key : members) {
        revenue = revenue.add(net(made.get(key)));
        profit = profit.add(net(made.get(key)).subtract(cost(made.get(key))));
      }
      total = total.add(revenue);
      JsonNode tier = tier(pyramid, VALUE_TIERS.get(t));
      assertThat(tier.get("customers").asInt()).as(scheme + " " + t).isEqualTo(members.size());
      assertThat(tier.get("revenue").asString()).isEqualTo(cents(revenue));
      assertThat(tier.get("profit").asString()).isEqualTo(cents(profit));
    }
    assertThat(pyramid.get("revenue").asString()).isEqualTo(cents(total));
    long inactive =
        made.values().stream()
            .filter(audience)
            .filter(m -> !active(m) && m.saleDays().stream().anyMatch(d -> d.isBefore(FROM)))
            .count();
    long never =
        made.values().stream()
            .filter(audience)
            .filter(m -> m.saleDays().stream().noneMatch(d -> !d.isAfter(P)))
            .count();
    long suspects =
        made.values().stream()
            .filter(audience)
            .filter(m -> m.saleDays().stream().noneMatch(d -> !d.isAfter(P)))
            .filter(m -> m.stage().equals("SUSPECT"))
            .count();
    assertThat(count(pyramid, "INACTIVE")).as(scheme).isEqualTo(inactive);
    assertThat(count(pyramid, "PROSPECT")).as(scheme).isEqualTo(never - suspects);
    assertThat(count(pyramid, "SUSPECT")).as(scheme).isEqualTo(suspects);
  }

  /** The audience's active customers by net revenue, highest first, ties by code. */
  private List<String> ranked(Predicate<Made> audience) {
    return made.entrySet().stream()
        .filter(e -> audience.test(e.getValue()) && active(e.getValue()))
        .sorted(
            (x, y) -> {
              int byNet = net(y.getValue()).compareTo(net(x.getValue()));
              return byNet != 0 ? byNet : x.getValue().code().compareTo(y.getValue().code());
            })
        .map(Map.Entry::getKey)
        .toList();
  }

  /** A sale (not a credit note) in the window. */
  private static boolean active(Made m) {
    for (int i = 0; i < m.sales().size(); i++) {
      if (inWindow(m.saleDays().get(i)) && m.sales().get(i)[0].signum() > 0) {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal net(Made m) {
    return sum(m, 0);
  }

  private static BigDecimal cost(Made m) {
    return sum(m, 1);
  }

  private static BigDecimal sum(Made m, int column) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < m.sales().size(); i++) {
      if (inWindow(m.saleDays().get(i))) {
        total = total.add(m.sales().get(i)[column]);
      }
    }
    return total;
  }

  private static boolean inWindow(LocalDate day) {
    return !day.isBefore(FROM) && !day.isAfter(P);
  }

  // ----- making the data

  private record Sale(LocalDate day, String amount, String cost) {}

  private static Sale sale(LocalDate day, String amount, String cost) {
    return new Sale(day, amount, cost);
  }

  private void made(
      String key, String sector, String seatCount, String planChoice, String stage, Sale... sales) {
    ApiClient owner = new ApiClient(port).signIn(consultant.username(), OrgFixtures.PASSWORD);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", "Audience " + key + " " + suffix);
    body.put("stage", stage);
    if (sector != null) {
      body.put("sector", sector);
    }
    Map<String, Object> values = new HashMap<>();
    if (seatCount != null) {
      values.put(seats, Integer.parseInt(seatCount));
    }
    if (planChoice != null) {
      values.put(plan, planChoice);
    }
    if (!values.isEmpty()) {
      body.put("customFields", values);
    }
    ApiClient.Response created = owner.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asString());
    List<BigDecimal[]> amounts = new ArrayList<>();
    List<LocalDate> saleDays = new ArrayList<>();
    for (Sale s : sales) {
      value.sale(id, consultant, s.day(), s.amount(), s.cost());
      amounts.add(new BigDecimal[] {new BigDecimal(s.amount()), new BigDecimal(s.cost())});
      saleDays.add(s.day());
    }
    made.put(
        key,
        new Made(
            id,
            created.json().get("code").asString(),
            sector,
            seatCount == null ? null : new BigDecimal(seatCount),
            planChoice,
            stage,
            amounts,
            saleDays));
  }

  private String field(String code, String en, String zh, String type, List<String> choices) {
    return customFields
        .get(
            customFields
                .create(new SaveCustomField(code, en, zh, type, false, choices, 90, null, null))
                .id())
        .code();
  }

  private String scheme(Map<String, Object> audience, Map<String, Object> shares) {
    String code = "AUD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Audience scheme " + code);
    body.put("basis", "NET_REVENUE");
    body.put("method", "RANK_SHARES");
    body.put("shares", shares);
    body.put("windowMonths", 12);
    body.put("audience", audience);
    ApiClient.Response created = admin.post("/api/v1/analytics/pyramid-schemes", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return code;
  }

  private Map<String, Object> gradingBody(Map<String, Object> audience) {
    Map<String, Object> scheme = new HashMap<>();
    scheme.put("code", "GA" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    scheme.put("name", "Audience grades");
    scheme.put("weights", Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60"));
    scheme.put("method", "RANK_SHARES");
    scheme.put("shares", Map.of("A", "20", "B", "30", "C", "50"));
    scheme.put("windowMonths", 12);
    scheme.put("audience", audience);
    return scheme;
  }

  private String gradingScheme(Map<String, Object> audience) {
    ApiClient.Response created =
        admin.post("/api/v1/analytics/grading-schemes", gradingBody(audience));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("code").asString();
  }

  private JsonNode gradingSchemeJson(String code) {
    for (JsonNode s : admin.get("/api/v1/analytics/grading-schemes").json().get("items")) {
      if (s.get("code").asString().equals(code)) {
        return s;
      }
    }
    throw new AssertionError("no grading scheme " + code);
  }

  /** The customers a new grading scheme of {@code audience} grades as of {@code P}. */
  private Set<UUID> graded(Map<String, Object> audience) {
    String code = gradingScheme(audience);
    ApiClient.Response computed =
        admin.post("/api/v1/analytics/grades/compute?scheme=" + code + "&asOf=" + P, Map.of());
    assertThat(computed.status()).as(computed.body()).isEqualTo(200);
    ApiClient.Response report = admin.get("/api/v1/analytics/grades?scheme=" + code);
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    Set<UUID> ids = new java.util.HashSet<>();
    report
        .json()
        .get("items")
        .forEach(i -> ids.add(UUID.fromString(i.get("customerId").asString())));
    assertThat(computed.json().get("customers").asInt()).isEqualTo(ids.size());
    return ids;
  }

  private Set<UUID> ids(String... keys) {
    return java.util.Arrays.stream(keys).map(k -> made.get(k).id()).collect(Collectors.toSet());
  }

  // ----- reading answers

  private JsonNode pyramid(String scheme) {
    ApiClient.Response response =
        admin.get("/api/v1/analytics/pyramid?scheme=" + scheme + "&asOf=" + P);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode tier(JsonNode pyramid, String tier) {
    for (JsonNode t : pyramid.get("tiers")) {
      if (t.get("tier").asString().equals(tier)) {
        return t;
      }
    }
    throw new AssertionError("no tier " + tier);
  }

  private static long count(JsonNode pyramid, String tier) {
    return tier(pyramid, tier).get("customers").asLong();
  }

  private long count(String table) {
    return switch (table) {
      case "analytics_pyramid_scheme" ->
          jdbc.sql("select count(*) from analytics_pyramid_scheme").query(Long.class).single();
      case "analytics_grading_scheme" ->
          jdbc.sql("select count(*) from analytics_grading_scheme").query(Long.class).single();
      default ->
          jdbc.sql("select count(*) from analytics_pyramid_audience_field")
              .query(Long.class)
              .single();
    };
  }

  private static Map<String, Object> condition(Map<String, Object> condition) {
    return Map.of("sector", "", "fields", List.of(condition));
  }

  /**
   * A pyramid scheme of {@code audience}, refused with a 422 naming {@code field} and {@code rule}
   * in both languages; the messages by language.
   */
  private Map<String, String> refused(Map<String, Object> audience, String field, String rule) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", "BAD" + suffix);
    body.put("name", "Refused");
    body.put("basis", "NET_REVENUE");
    body.put("method", "RANK_SHARES");
    body.put("shares", Map.of("TOP", "1", "HIGH", "4", "MIDDLE", "15", "LOW", "80"));
    body.put("audience", audience);
    Map<String, String> messages = new HashMap<>();
    for (String language : List.of("en", "zh-CN")) {
      ApiClient.Response response =
          admin.send(
              admin
                  .builder("/api/v1/analytics/pyramid-schemes")
                  .header("Content-Type", "application/json")
                  .header("Accept-Language", language)
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
      assertThat(response.status()).as(response.body()).isEqualTo(422);
      JsonNode error = null;
      for (JsonNode e : response.json().get("errors")) {
        if (e.get("field").asString().equals(field)) {
          error = e;
        }
      }
      assertThat(error).as(response.body()).isNotNull();
      assertThat(error.get("rule").asString()).isEqualTo(rule);
      messages.put(language, error.get("message").asString());
    }
    assertThat(messages.get("zh-CN")).isNotEqualTo(messages.get("en"));
    return messages;
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Map<String, String> fields(ApiClient.Response response) {
    return response.refusedFields();
  }

  private static String cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
