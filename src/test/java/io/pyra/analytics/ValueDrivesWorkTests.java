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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Value drives work (issue 14, item 8): the customer's tier at the latest month end of the shipped
 * REVENUE_SHARES pyramid shows on the known-caller card, the customer page, the customer list (a
 * column and a filter, for the API and the page, counted and exported alike) and My day (marked,
 * and the tasks of TOP and HIGH customers first), to users whose value.read reaches the customer;
 * others see none of it. REVENUE_SHARES ranks every customer of the shared database, so the test
 * reads the tier the snapshot gave from the tier path, and makes one customer certainly TOP.
 */
@PyraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValueDrivesWorkTests {

  /** The last month end: the latest a snapshot can take. */
  static final LocalDate MONTH_END =
      LocalDate.now(ValueFixtures.ZONE).withDayOfMonth(1).minusDays(1);

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
  ApiClient admin;
  UUID top;
  UUID small;
  UUID none;
  String smallTier;
  String topPhone;

  @BeforeAll
  void setUp() {
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    principal = fixtures.user(branch, "CENTRE_PRINCIPAL");
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ValueFixtures value = new ValueFixtures(port, jdbc, days);
    topPhone = mobile();
    top = customer("Top", topPhone);
    small = customer("Small", mobile());
    none = customer("None", mobile());
    // more than any customer of an earlier test bought: certainly the first of the ranking
    value.sale(top, consultant, MONTH_END.minusDays(3), ValueFixtures.aboveEveryone(0), "1");
    value.sale(small, consultant, MONTH_END.minusDays(3), "1", "0");
    String month = MONTH_END.toString().substring(0, 7);
    ApiClient.Response taken =
        admin.post(
            "/api/v1/analytics/snapshots",
            Map.of("scheme", "REVENUE_SHARES", "from", month, "to", month));
    assertThat(taken.status()).as(taken.body()).isBetween(200, 299);
    assertThat(tierPath(top)).isEqualTo("TOP");
    smallTier = tierPath(small);
    assertThat(smallTier).isIn("TOP", "HIGH", "MIDDLE", "LOW");
  }

  @Test
  void theKnownCallerCardShowsTheTierToThoseWhoMaySeeValueOnly() {
    JsonNode card = api(principal).get("/api/v1/customers/lookup?phone=" + topPhone).json();
    assertThat(card.get("items").get(0).get("tier").asString()).isEqualTo("TOP");
    JsonNode hidden = api(consultant).get("/api/v1/customers/lookup?phone=" + topPhone).json();
    assertThat(hidden.get("items").get(0).get("tier").isNull()).isTrue();

    Document page = pages(principal).get("/lookup?phone=" + topPhone).document();
    assertThat(page.select("#lookup-cards .card-tier").text()).isEqualTo("Top");
    UserAccount chinesePrincipal =
        fixtures.member(branch).roles("CENTRE_PRINCIPAL").speaking("zh-CN").create();
    Document chinese = pages(chinesePrincipal).get("/lookup?phone=" + topPhone).document();
    assertThat(chinese.select("#lookup-cards .card-tier").text()).isEqualTo("顶层");
    assertThat(pages(consultant).get("/lookup?phone=" + topPhone).document().select(".card-tier"))
        .isEmpty();
  }

  @Test
  void theCustomerPageHeaderShowsTheTier() {
    Document page = pages(principal).get("/customers/" + top).document();
    assertThat(page.select("#customer-tier").text()).isEqualTo("Top");
    assertThat(page.select("#customer-tier").attr("data-tier")).isEqualTo("TOP");
    assertThat(pages(principal).get("/customers/" + none).document().select("#customer-tier"))
        .as("no value tier: nothing shown")
        .isEmpty();
    assertThat(pages(consultant).get("/customers/" + top).document().select("#customer-tier"))
        .isEmpty();
  }

  @Test
  void theListFiltersAndShowsTheTierCountedAndExportedAlike() {
    String branchOnly = "/api/v1/customers?orgUnitId=" + branch.id() + "&limit=200";
    JsonNode all = api(principal).get(branchOnly).json();
    Map<String, String> tiers = new HashMap<>();
    all.get("items")
        .forEach(
            i ->
                tiers.put(
                    i.get("id").asString(),
                    i.get("tier") == null || i.get("tier").isNull()
                        ? null
                        : i.get("tier").asString()));
    assertThat(tiers)
        .containsEntry(top.toString(), "TOP")
        .containsEntry(small.toString(), smallTier);
    assertThat(tiers.get(none.toString())).isNull();

    assertThat(ids(api(principal).get(branchOnly + "&tier=TOP"))).containsExactly(top.toString());
    assertThat(ids(api(principal).get(branchOnly + "&tier=" + smallTier.toLowerCase())))
        .contains(small.toString())
        .doesNotContain(none.toString());

    Document page =
        pages(principal).get("/customers?orgUnitId=" + branch.id() + "&tier=TOP").document();
    assertThat(page.select("#customer-table .customer-code").eachText()).containsExactly(code(top));
    assertThat(page.select("#customer-table .customer-tier").text()).isEqualTo("Top");
    assertThat(page.select("#customer-count").text()).isEqualTo("1 customer");
    assertThat(page.select("#filter-tier option[selected]").attr("value")).isEqualTo("TOP");

    PageClient.Page csv =
        pages(principal).get("/customers/export?format=csv&orgUnitId=" + branch.id() + "&tier=TOP");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .contains(code(top))
        .doesNotContain(code(small))
        .doesNotContain(code(none));
  }

  @Test
  void aBadTierOrAUserWhoMayNotSeeValueIsRefusedNamingTheField() {
    ApiClient.Response bad = api(principal).get("/api/v1/customers?tier=GOLD");
    assertThat(bad.status()).as(bad.body()).isEqualTo(422);
    assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("tier");
    assertThat(bad.body()).contains("GOLD is not a value tier");
    ApiClient speaker = api(principal);
    ApiClient.Response chinese =
        speaker.send(
            speaker.builder("/api/v1/customers?tier=GOLD").header("Accept-Language", "zh-CN"));
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(chinese.body()).contains("不是价值层级");

    ApiClient.Response refused = api(consultant).get("/api/v1/customers?tier=TOP");
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("tier");
    JsonNode list =
        api(consultant).get("/api/v1/customers?orgUnitId=" + branch.id() + "&limit=200").json();
    list.get("items")
        .forEach(i -> assertThat(i.get("tier") == null || i.get("tier").isNull()).isTrue());

    Document page = pages(consultant).get("/customers").document();
    assertThat(page.select("#filter-tier")).isEmpty();
    assertThat(page.select(".customer-tier")).isEmpty();
    assertThat(pages(consultant).get("/customers?tier=TOP").document().select("#filter-error"))
        .isNotEmpty();
  }

  @Test
  void myDayMarksTheTierAndPutsTopAndHighCustomersFirst() {
    ZonedDateTime now = ZonedDateTime.now(ValueFixtures.ZONE);
    Instant early = Instant.now().plus(1, ChronoUnit.MINUTES);
    Instant late = early.plus(1, ChronoUnit.MINUTES);
    if (!now.toLocalDate().equals(late.atZone(ValueFixtures.ZONE).toLocalDate())) {
      late = early.plusSeconds(10);
    }
    String lowFirst = "Small first " + UUID.randomUUID().toString().substring(0, 6);
    String topLater = "Top later " + UUID.randomUUID().toString().substring(0, 6);
    task(lowFirst, none, principal, early);
    task(topLater, top, principal, late);

    Document day = pages(principal).get("/my-day").document();
    List<String> titles = new ArrayList<>(day.select("#today-tasks .task-title").eachText());
    titles.retainAll(List.of(lowFirst, topLater));
    assertThat(titles).containsExactly(topLater, lowFirst);
    assertThat(day.select("#today-tasks .tier-badge[data-tier=TOP]").text()).contains("Top");

    // the consultant may see the tasks' customers but not their value: due order, no marks
    task(lowFirst, none, consultant, early);
    task(topLater, top, consultant, late);
    Document theirs = pages(consultant).get("/my-day").document();
    assertThat(theirs.select("#today-tasks .task-title").eachText())
        .containsSubsequence(lowFirst, topLater);
    assertThat(theirs.select(".tier-badge")).isEmpty();
  }

  private void task(String title, UUID customer, UserAccount assignee, Instant due) {
    ValueFixtures.task(admin, title, customer, assignee, due);
  }

  private String tierPath(UUID customer) {
    return ValueFixtures.tierAt(admin, customer, MONTH_END);
  }

  private final Map<UUID, String> codes = new HashMap<>();

  private String code(UUID customer) {
    return codes.get(customer);
  }

  private UUID customer(String name, String phone) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
    body.put("stage", "ACTIVE");
    body.put("ownerId", consultant.id());
    body.put("orgUnitId", branch.id());
    body.put("phones", List.of(Map.of("number", phone, "label", "mobile")));
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asString());
    codes.put(id, created.json().get("code").asString());
    return id;
  }

  private static List<String> ids(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }

  private static String mobile() {
    return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
  }

  private ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  private PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }
}
