package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Value drives work on the customer lists (issue 14, items 5 and 8): the grade beside the tier (the
 * known-caller card, the customer page, the list, My day), the list filtered by grade and by RFM
 * segment, and sorted by tier (TOP … LOW, then none) and by grade (A, B, C, then none), by name
 * within — only by users whose value.read reaches the customers, and only by the value of those it
 * reaches. Eight customers of an org unit of their own: four bought (their tiers and segments read
 * from the analytics API after a month-end snapshot of REVENUE_SHARES), grades given by a manager's
 * override, two of each grade and two without; the expected lists are sorted here by plain code.
 */
@PyraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValueListsTests {

  static final LocalDate MONTH_END =
      LocalDate.now(ValueFixtures.ZONE).withDayOfMonth(1).minusDays(1);
  static final List<String> TIERS = List.of("TOP", "HIGH", "MIDDLE", "LOW");
  static final List<String> GRADES = List.of("A", "B", "C");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  OrgFixtures fixtures;
  OrgUnit branch;
  UserAccount consultant;
  UserAccount principal;

  /** Reads every customer of the branch, sees the value of the customers they own only. */
  UserAccount partial;

  /** Reads and exports the branch's customers, may not see customer value. */
  UserAccount exporter;

  ApiClient admin;
  String run;

  /** The customers by letter (a … h), their names, tiers, grades, segments and owners. */
  final Map<String, UUID> ids = new LinkedHashMap<>();

  final Map<UUID, String> names = new HashMap<>();
  final Map<UUID, String> codes = new HashMap<>();
  final Map<UUID, String> tiers = new HashMap<>();
  final Map<UUID, String> grades = new HashMap<>();
  final Map<UUID, String> segments = new HashMap<>();
  final Set<UUID> ownedByPartial = new HashSet<>();
  String phoneOfA;

  @BeforeAll
  void setUp() {
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    principal = fixtures.user(branch, "CENTRE_PRINCIPAL");
    String code = OrgFixtures.code("VALOWN");
    roles.create(
        new SaveRole(
            code,
            "Own value " + code,
            null,
            Map.of(
                "customer.read",
                Scope.ORG_UNIT,
                "customer.export",
                Scope.ORG_UNIT,
                "value.read",
                Scope.OWN),
            null));
    partial = fixtures.user(branch, code);
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    run = UUID.randomUUID().toString().substring(0, 6);
    ValueFixtures value = new ValueFixtures(port, jdbc, days);

    String exporterRole = OrgFixtures.code("VALEXP");
    roles.create(
        new SaveRole(
            exporterRole,
            "Exporter " + exporterRole,
            null,
            Map.of("customer.read", Scope.ORG_UNIT, "customer.export", Scope.ORG_UNIT),
            null));
    exporter = fixtures.user(branch, exporterRole);

    phoneOfA = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    // letter, owner, grade (none: not graded), phone
    customer("a", consultant, "A", phoneOfA);
    customer("b", partial, "B", null);
    customer("c", consultant, "C", null);
    customer("d", partial, null, null);
    customer("e", consultant, "B", null);
    customer("f", partial, "A", null);
    customer("g", consultant, null, null);
    customer("h", consultant, "C", null);
    // a and b more than any customer of another test bought; f, g and h never bought
    long top = Long.parseLong(ValueFixtures.aboveEveryone(0));
    Map<String, String> sales =
        Map.of(
            "a",
            Long.toString(top + 2),
            "b",
            Long.toString(top + 1),
            "c",
            "1000",
            "d",
            "2",
            "e",
            "1");
    sales.forEach(
        (letter, amount) ->
            value.sale(ids.get(letter), consultant, MONTH_END.minusDays(3), amount, "0"));
    String month = MONTH_END.toString().substring(0, 7);
    ApiClient.Response taken =
        admin.post(
            "/api/v1/analytics/snapshots",
            Map.of("scheme", "REVENUE_SHARES", "from", month, "to", month));
    assertThat(taken.status()).as(taken.body()).isBetween(200, 299);
    for (UUID id : ids.values()) {
      String tier = tierPath(id);
      if (tier != null && TIERS.contains(tier)) {
        tiers.put(id, tier);
      }
      ApiClient.Response rfm =
          admin.get(
              "/api/v1/analytics/rfm?scheme=REVENUE_SHARES&asOf=" + MONTH_END + "&customer=" + id);
      if (rfm.status() == 200) {
        segments.put(id, rfm.json().get("segment").asString());
      }
    }
    assertThat(tiers.keySet())
        .as("those who bought have a tier, the others none")
        .containsExactlyInAnyOrder(
            ids.get("a"), ids.get("b"), ids.get("c"), ids.get("d"), ids.get("e"));
    assertThat(segments.keySet()).isEqualTo(tiers.keySet());
    assertThat(tiers.get(ids.get("a"))).isEqualTo("TOP");
  }

  @Test
  void theListShowsTheGradeBesideTheTierAndFiltersByGrade() {
    JsonNode all = list(principal, "").json();
    Map<UUID, String> shownGrades = new HashMap<>();
    Map<UUID, String> shownTiers = new HashMap<>();
    all.get("items")
        .forEach(
            i -> {
              UUID id = UUID.fromString(i.get("id").asString());
              shownGrades.put(id, text(i.get("grade")));
              shownTiers.put(id, text(i.get("tier")));
            });
    assertThat(shownGrades.keySet()).containsExactlyInAnyOrderElementsOf(ids.values());
    for (UUID id : ids.values()) {
      assertThat(shownGrades.get(id)).as(names.get(id)).isEqualTo(grades.get(id));
      assertThat(shownTiers.get(id)).as(names.get(id)).isEqualTo(tiers.get(id));
    }

    for (String grade : GRADES) {
      List<UUID> expected =
          ids.values().stream().filter(id -> grade.equals(grades.get(id))).toList();
      assertThat(expected).as("two customers of each grade").hasSize(2);
      assertThat(ids(list(principal, "&grade=" + grade.toLowerCase(Locale.ROOT))))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    // tier and grade together: AND
    String tierOfB = tiers.get(ids.get("b"));
    List<UUID> both =
        ids.values().stream()
            .filter(id -> tierOfB.equals(tiers.get(id)) && "B".equals(grades.get(id)))
            .toList();
    assertThat(ids(list(principal, "&grade=B&tier=" + tierOfB))).containsExactlyElementsOf(both);

    Document page =
        pages(principal).get("/customers?orgUnitId=" + branch.id() + "&grade=A").document();
    assertThat(page.select("#customer-table .customer-code").eachText())
        .containsExactlyInAnyOrder(codes.get(ids.get("a")), codes.get(ids.get("f")));
    assertThat(page.select("#customer-table .customer-grade").eachText()).containsExactly("A", "A");
    assertThat(page.select("#customer-count").text()).isEqualTo("2 customers");
    assertThat(page.select("#filter-grade option[selected]").attr("value")).isEqualTo("A");

    PageClient.Page csv =
        pages(principal).get("/customers/export?format=csv&orgUnitId=" + branch.id() + "&grade=A");
    assertThat(csv.status()).isEqualTo(200);
    for (UUID id : ids.values()) {
      if ("A".equals(grades.get(id))) {
        assertThat(csv.body()).contains(codes.get(id));
      } else {
        assertThat(csv.body()).doesNotContain(codes.get(id));
      }
    }
    // the export has the tier and the grade of each customer, as the list shows them
    Map<String, String> exported = new HashMap<>();
    Map<String, String> expected = new HashMap<>();
    for (org.apache.commons.csv.CSVRecord record : csvRecords(csv.body())) {
      exported.put(record.get("code"), record.get("tier") + "/" + record.get("grade"));
    }
    for (UUID id : ids.values()) {
      if ("A".equals(grades.get(id))) {
        String tier = tiers.get(id);
        expected.put(codes.get(id), (tier == null ? "" : tier) + "/A");
      }
    }
    assertThat(exported).isEqualTo(expected);
    // an exporter without value.read gets no value columns at all
    ApiClient.Response plain =
        api(exporter).get("/api/v1/customers/export?format=csv&orgUnitId=" + branch.id());
    assertThat(plain.status()).isEqualTo(200);
    List<String> header = csvHeader(plain.body());
    assertThat(header).contains("code", "name").doesNotContain("tier", "grade");
  }

  private static List<org.apache.commons.csv.CSVRecord> csvRecords(String body) {
    try (org.apache.commons.csv.CSVParser parser =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(body.replace("\uFEFF", "")))) {
      return parser.getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> csvHeader(String body) {
    try (org.apache.commons.csv.CSVParser parser =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new java.io.StringReader(body.replace("\uFEFF", "")))) {
      return parser.getHeaderNames();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theListSortsByTierThenNameAcrossPagesAndInReverse() {
    List<UUID> expected = sorted(rank(tiers, TIERS));
    assertThat(expected.subList(5, 8))
        .as("the customers without a tier come last")
        .containsExactly(ids.get("f"), ids.get("g"), ids.get("h"));
    assertThat(paged(principal, "tier", 3)).containsExactlyElementsOf(expected);
    assertThat(paged(principal, "-tier", 3)).containsExactlyElementsOf(expected.reversed());
    assertThat(paged(principal, "tier", 200)).containsExactlyElementsOf(expected);

    Document page =
        pages(principal).get("/customers?orgUnitId=" + branch.id() + "&sort=tier").document();
    assertThat(page.select("#customer-table .customer-code").eachText())
        .containsExactlyElementsOf(expected.stream().map(codes::get).toList());
    assertThat(page.select("#sort-tier").attr("href")).contains("sort=-tier");
    assertThat(page.select("#filter-sort option[selected]").attr("value")).isEqualTo("tier");
  }

  @Test
  void theListSortsByGradeThenNameWithTiesAndNoGradeLast() {
    List<UUID> expected = sorted(rank(grades, GRADES));
    assertThat(expected)
        .containsExactly(
            ids.get("a"),
            ids.get("f"),
            ids.get("b"),
            ids.get("e"),
            ids.get("c"),
            ids.get("h"),
            ids.get("d"),
            ids.get("g"));
    assertThat(paged(principal, "grade", 2)).containsExactlyElementsOf(expected);
    assertThat(paged(principal, "-grade", 3)).containsExactlyElementsOf(expected.reversed());
    // with a filter and a text search too
    assertThat(ids(list(principal, "&sort=grade&q=" + "Rank " + run)))
        .containsExactlyElementsOf(expected);
    assertThat(ids(list(principal, "&sort=-grade&grade=B")))
        .containsExactly(ids.get("e"), ids.get("b"));
  }

  @Test
  void aUserWhoseValueReadReachesSomeCustomersSeesAndSortsByTheirValueOnly() {
    Function<UUID, String> visibleTier = id -> ownedByPartial.contains(id) ? tiers.get(id) : null;
    Function<UUID, String> visibleGrade = id -> ownedByPartial.contains(id) ? grades.get(id) : null;
    JsonNode all = list(partial, "").json();
    assertThat(all.get("items")).hasSize(8);
    all.get("items")
        .forEach(
            i -> {
              UUID id = UUID.fromString(i.get("id").asString());
              assertThat(text(i.get("tier"))).as(names.get(id)).isEqualTo(visibleTier.apply(id));
              assertThat(text(i.get("grade"))).as(names.get(id)).isEqualTo(visibleGrade.apply(id));
            });

    assertThat(ids(list(partial, "&grade=A"))).containsExactly(ids.get("f"));
    assertThat(ids(list(partial, "&tier=TOP")))
        .containsExactlyInAnyOrderElementsOf(
            ownedByPartial.stream().filter(id -> "TOP".equals(tiers.get(id))).toList());

    Map<UUID, String> theirTiers = new HashMap<>();
    Map<UUID, String> theirGrades = new HashMap<>();
    for (UUID id : ownedByPartial) {
      if (tiers.get(id) != null) {
        theirTiers.put(id, tiers.get(id));
      }
      if (grades.get(id) != null) {
        theirGrades.put(id, grades.get(id));
      }
    }
    assertThat(paged(partial, "tier", 3))
        .as("the others sort as customers without a tier: their order tells nothing")
        .containsExactlyElementsOf(sorted(rank(theirTiers, TIERS)));
    assertThat(paged(partial, "grade", 3))
        .containsExactlyElementsOf(sorted(rank(theirGrades, GRADES)));

    JsonNode card = api(partial).get("/api/v1/customers/lookup?phone=" + phoneOfA).json();
    assertThat(card.get("items").get(0).get("grade").isNull()).isTrue();
    assertThat(card.get("items").get(0).get("tier").isNull()).isTrue();
  }

  @Test
  void aUserWhoMayNotSeeValueSeesNoGradeAndMayNotFilterOrSortByValue() {
    JsonNode all = list(consultant, "").json();
    all.get("items")
        .forEach(
            i -> {
              assertThat(text(i.get("grade"))).isNull();
              assertThat(text(i.get("tier"))).isNull();
            });
    for (String query :
        List.of("&grade=A", "&segment=CHAMPIONS", "&sort=tier", "&sort=-grade", "&tier=TOP")) {
      ApiClient.Response refused = list(consultant, query);
      assertThat(refused.status()).as(query + " " + refused.body()).isEqualTo(422);
      String field = query.substring(1, query.indexOf('='));
      assertThat(refused.json().get("errors").get(0).get("field").asString())
          .as(query)
          .isEqualTo(field);
    }
    assertThat(list(consultant, "&sort=-grade").body())
        .contains("You may not see customer value, so you cannot sort by tier or grade.");
    for (String query : List.of("&grade=A", "&sort=tier", "&segment=CHAMPIONS")) {
      ApiClient.Response export =
          api(exporter).get("/api/v1/customers/export?format=csv&orgUnitId=" + branch.id() + query);
      assertThat(export.status()).as(query).isEqualTo(422);
    }

    Document page = pages(consultant).get("/customers?orgUnitId=" + branch.id()).document();
    assertThat(page.select("#filter-grade")).isEmpty();
    assertThat(page.select("#filter-segment")).isEmpty();
    assertThat(page.select("#sort-tier")).isEmpty();
    assertThat(page.select("#sort-grade")).isEmpty();
    assertThat(page.select(".customer-grade")).isEmpty();
    assertThat(page.select("#filter-sort option[value=tier]")).isEmpty();
    assertThat(
            pages(consultant)
                .get("/customers?orgUnitId=" + branch.id() + "&sort=grade")
                .document()
                .select("#filter-error"))
        .isNotEmpty();

    JsonNode card = api(consultant).get("/api/v1/customers/lookup?phone=" + phoneOfA).json();
    assertThat(card.get("items").get(0).get("grade").isNull()).isTrue();
    Document lookup = pages(consultant).get("/lookup?phone=" + phoneOfA).document();
    assertThat(lookup.select(".card-grade")).isEmpty();
    assertThat(
            pages(consultant)
                .get("/customers/" + ids.get("a"))
                .document()
                .select("#customer-grade"))
        .isEmpty();
  }

  @Test
  void badGradesSegmentsAndSortsAreRefusedNamingTheFieldInTheUsersLanguage() {
    ApiClient.Response grade = list(principal, "&grade=D");
    assertThat(grade.status()).isEqualTo(422);
    assertThat(grade.json().get("errors").get(0).get("field").asString()).isEqualTo("grade");
    assertThat(grade.body()).contains("D is not a grade (A, B or C).");
    ApiClient.Response segment = list(principal, "&segment=GOLDEN");
    assertThat(segment.status()).isEqualTo(422);
    assertThat(segment.json().get("errors").get(0).get("field").asString()).isEqualTo("segment");
    assertThat(segment.body()).contains("There is no RFM segment GOLDEN.");
    ApiClient.Response sort = list(principal, "&sort=value");
    assertThat(sort.status()).isEqualTo(422);
    assertThat(sort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    ApiClient speaker = api(principal);
    ApiClient.Response chinese =
        speaker.send(
            speaker.builder("/api/v1/customers?grade=D").header("Accept-Language", "zh-CN"));
    assertThat(chinese.body()).contains("D 不是等级（A、B 或 C）。");
    ApiClient.Response cursor =
        list(principal, "&sort=tier&cursor=" + firstCursor(principal, "grade"));
    assertThat(cursor.status()).as("a cursor of another order").isEqualTo(422);
  }

  @Test
  void theOpenApiDocumentNamesTheValueFiltersOfTheListAndTheExport() {
    JsonNode paths = new ApiClient(port).get("/v3/api-docs").json().get("paths");
    for (String path : List.of("/api/v1/customers", "/api/v1/customers/export")) {
      List<String> names = new ArrayList<>();
      paths
          .get(path)
          .get("get")
          .get("parameters")
          .forEach(p -> names.add(p.get("name").asString()));
      assertThat(names).as(path).contains("tier", "grade", "segment", "sort");
    }
  }

  @Test
  void theListFiltersBySegmentAsTheRfmReportNamesIt() {
    String segment = segments.get(ids.get("a"));
    List<UUID> expected =
        ids.values().stream().filter(id -> segment.equals(segments.get(id))).toList();
    assertThat(ids(list(principal, "&segment=" + segment.toLowerCase(Locale.ROOT))))
        .containsExactlyInAnyOrderElementsOf(expected);
    Set<String> used = new HashSet<>(segments.values());
    JsonNode named = admin.get("/api/v1/analytics/rfm-segments").json();
    List<String> all = new ArrayList<>();
    (named.has("items") ? named.get("items") : named)
        .forEach(s -> all.add(s.get("code").asString()));
    for (String code : all) {
      List<UUID> of = ids.values().stream().filter(id -> code.equals(segments.get(id))).toList();
      assertThat(ids(list(principal, "&segment=" + code)))
          .as(code)
          .containsExactlyInAnyOrderElementsOf(of);
    }
    assertThat(all).containsAll(used);
    assertThat(ids(list(partial, "&segment=" + segment)))
        .as("only customers whose value the user may see")
        .containsExactlyInAnyOrderElementsOf(
            expected.stream().filter(ownedByPartial::contains).toList());

    Document page =
        pages(principal)
            .get("/customers?orgUnitId=" + branch.id() + "&segment=" + segment)
            .document();
    assertThat(page.select("#filter-segment option").eachAttr("value"))
        .containsAll(all)
        .startsWith("");
    assertThat(page.select("#filter-segment option[selected]").attr("value")).isEqualTo(segment);
    assertThat(page.select("#customer-table .customer-code").eachText())
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(codes::get).toList());
  }

  @Test
  void theCardAndTheCustomerPageShowTheGrade() {
    JsonNode card = api(principal).get("/api/v1/customers/lookup?phone=" + phoneOfA).json();
    assertThat(card.get("items").get(0).get("grade").asString()).isEqualTo("A");
    assertThat(card.get("items").get(0).get("tier").asString()).isEqualTo("TOP");
    Document lookup = pages(principal).get("/lookup?phone=" + phoneOfA).document();
    assertThat(lookup.select("#lookup-cards .card-grade").text()).isEqualTo("A");

    Document page = pages(principal).get("/customers/" + ids.get("a")).document();
    assertThat(page.select("#customer-grade").text()).isEqualTo("Grade A");
    assertThat(page.select("#customer-grade").attr("data-grade")).isEqualTo("A");
    UserAccount chinese =
        fixtures.member(branch).roles("CENTRE_PRINCIPAL").speaking("zh-CN").create();
    assertThat(
            pages(chinese)
                .get("/customers/" + ids.get("a"))
                .document()
                .select("#customer-grade")
                .text())
        .isEqualTo("A 级");
    assertThat(
            pages(principal).get("/customers/" + ids.get("g")).document().select("#customer-grade"))
        .as("no grade: nothing shown")
        .isEmpty();
  }

  @Test
  void myDayMarksTheGradeAndPutsGradeACustomersFirst() {
    ZonedDateTime now = ZonedDateTime.now(ValueFixtures.ZONE);
    Instant early = Instant.now().plus(1, ChronoUnit.MINUTES);
    Instant late = early.plus(1, ChronoUnit.MINUTES);
    if (!now.toLocalDate().equals(late.atZone(ValueFixtures.ZONE).toLocalDate())) {
      late = early.plusSeconds(10);
    }
    String plainFirst = "Plain first " + run;
    String gradeALater = "Grade A later " + run;
    // g: no tier, no grade; f: no tier, grade A
    task(plainFirst, ids.get("g"), principal, early);
    task(gradeALater, ids.get("f"), principal, late);

    Document day = pages(principal).get("/my-day").document();
    List<String> titles = new ArrayList<>(day.select("#today-tasks .task-title").eachText());
    titles.retainAll(List.of(plainFirst, gradeALater));
    assertThat(titles).containsExactly(gradeALater, plainFirst);
    assertThat(day.select("#today-tasks .grade-badge[data-grade=A]").text()).contains("Grade A");

    task(plainFirst, ids.get("g"), consultant, early);
    task(gradeALater, ids.get("f"), consultant, late);
    Document theirs = pages(consultant).get("/my-day").document();
    assertThat(theirs.select("#today-tasks .task-title").eachText())
        .containsSubsequence(plainFirst, gradeALater);
    assertThat(theirs.select(".grade-badge")).isEmpty();
  }

  /** The customers sorted by rank (none last), then by name key, then by id. */
  private List<UUID> sorted(Map<UUID, Integer> ranks) {
    return ids.values().stream()
        .sorted(
            Comparator.<UUID>comparingInt(id -> ranks.getOrDefault(id, 99))
                .thenComparing(
                    id -> names.get(id).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static Map<UUID, Integer> rank(Map<UUID, String> values, List<String> order) {
    Map<UUID, Integer> ranks = new HashMap<>();
    values.forEach((id, value) -> ranks.put(id, order.indexOf(value)));
    return ranks;
  }

  /** The branch's customers in {@code sort}, read {@code size} at a time by the cursors. */
  private List<UUID> paged(UserAccount user, String sort, int size) {
    List<UUID> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ApiClient.Response page =
          list(
              user,
              "&sort=" + sort + "&limit=" + size + (cursor == null ? "" : "&cursor=" + cursor));
      seen.addAll(ids(page));
      JsonNode next = page.json().get("nextCursor");
      cursor = next == null || next.isNull() ? null : next.asString();
      pages++;
    } while (cursor != null && pages < 20);
    assertThat(pages).as("read page by page").isEqualTo((ids.size() + size - 1) / size);
    return seen;
  }

  private String firstCursor(UserAccount user, String sort) {
    String cursor = list(user, "&sort=" + sort + "&limit=2").json().get("nextCursor").asString();
    assertThat(cursor).isNotBlank();
    return cursor;
  }

  /** The branch's customers through the API: 200 at a time unless the query gives a limit. */
  private ApiClient.Response list(UserAccount user, String query) {
    String limit = query.contains("&limit=") ? "" : "&limit=200";
    return api(user)
        .get("/api/v1/customers?orgUnitId=" + branch.id() + limit + query.replace(" ", "+"));
  }

  private static List<UUID> ids(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<UUID> ids = new ArrayList<>();
    response.json().get("items").forEach(i -> ids.add(UUID.fromString(i.get("id").asString())));
    return ids;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }

  private void customer(String letter, UserAccount owner, String grade, String phone) {
    Map<String, Object> body = new HashMap<>();
    String name = "Rank " + run + " " + letter;
    body.put("kind", "PERSON");
    body.put("name", name);
    body.put("stage", "ACTIVE");
    body.put("ownerId", owner.id());
    body.put("orgUnitId", branch.id());
    if (phone != null) {
      body.put("phones", List.of(Map.of("number", phone, "label", "mobile")));
    }
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asString());
    ids.put(letter, id);
    names.put(id, name);
    codes.put(id, created.json().get("code").asString());
    if (owner == partial) {
      ownedByPartial.add(id);
    }
    if (grade != null) {
      ApiClient.Response set =
          admin.put(
              "/api/v1/customers/" + id + "/grade-override",
              Map.of("grade", grade, "reason", "Value lists test"),
              null);
      assertThat(set.status()).as(set.body()).isEqualTo(200);
      grades.put(id, grade);
    }
  }

  private void task(String title, UUID customer, UserAccount assignee, Instant due) {
    ValueFixtures.task(admin, title, customer, assignee, due);
  }

  private String tierPath(UUID customer) {
    return ValueFixtures.tierAt(admin, customer, MONTH_END);
  }

  private ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  private PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }
}
