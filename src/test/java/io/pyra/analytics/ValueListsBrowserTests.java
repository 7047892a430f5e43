package io.pyra.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A centre principal narrows the customer list to grade A, then sorts it by tier with the column
 * header (the customer with a tier before the one without) and the other way round with the sort
 * box, then shows every grade: the customers without a tier first, TOP last.
 */
@BrowserTest
class ValueListsBrowserTests {

  static final LocalDate MONTH_END =
      LocalDate.now(ValueFixtures.ZONE).withDayOfMonth(1).minusDays(1);

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  @Test
  void aPrincipalFiltersTheListByGradeAndSortsItByTier(Page page) {
    OrgFixtures fixtures = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = fixtures.branch();
    UserAccount consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    UserAccount principal = fixtures.user(branch, "CENTRE_PRINCIPAL");
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ValueFixtures value = new ValueFixtures(port, jdbc, days);
    String run = UUID.randomUUID().toString().substring(0, 6);
    // x: grade A, never bought; y: grade B, more than anyone bought (TOP); z: grade A, a small sale
    Map<String, String> codes = new HashMap<>();
    Map<String, UUID> ids = new HashMap<>();
    for (String letter : new String[] {"x", "y", "z"}) {
      Map<String, Object> body = new HashMap<>();
      body.put("kind", "PERSON");
      body.put("name", "Browse " + run + " " + letter);
      body.put("stage", "ACTIVE");
      body.put("ownerId", consultant.id());
      body.put("orgUnitId", branch.id());
      ApiClient.Response created = admin.post("/api/v1/customers", body);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      ids.put(letter, UUID.fromString(created.json().get("id").asString()));
      codes.put(letter, created.json().get("code").asString());
      ApiClient.Response graded =
          admin.put(
              "/api/v1/customers/" + ids.get(letter) + "/grade-override",
              Map.of("grade", letter.equals("y") ? "B" : "A", "reason", "Browser test"),
              null);
      assertThat(graded.status()).as(graded.body()).isEqualTo(200);
    }
    value.sale(
        ids.get("y"), consultant, MONTH_END.minusDays(2), ValueFixtures.aboveEveryone(0), "0");
    value.sale(ids.get("z"), consultant, MONTH_END.minusDays(2), "5", "0");
    String month = MONTH_END.toString().substring(0, 7);
    ApiClient.Response taken =
        admin.post(
            "/api/v1/analytics/snapshots",
            Map.of("scheme", "REVENUE_SHARES", "from", month, "to", month));
    assertThat(taken.status()).as(taken.body()).isBetween(200, 299);

    page.navigate("http://localhost:" + port + "/login");
    page.locator("#username").fill(principal.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();

    page.navigate("http://localhost:" + port + "/customers?orgUnitId=" + branch.id());
    assertThat(page.locator("#customer-table .customer-code")).hasCount(3);
    page.locator("#filter-grade").selectOption("A");
    assertThat(page).hasURL(Pattern.compile(".*grade=A.*"));
    assertThat(page.locator("#customer-table .customer-code"))
        .hasText(new String[] {codes.get("x"), codes.get("z")});
    assertThat(page.locator("#customer-table .customer-grade")).hasText(new String[] {"A", "A"});

    page.locator("#sort-tier").click();
    assertThat(page).hasURL(Pattern.compile(".*sort=tier.*"));
    assertThat(page.locator("#customer-table .customer-code"))
        .hasText(new String[] {codes.get("z"), codes.get("x")});

    // the sort box of the filter form: the other way round, then every grade
    page.locator("#filter-sort").selectOption("-tier");
    assertThat(page.locator("#customer-table .customer-code"))
        .hasText(new String[] {codes.get("x"), codes.get("z")});
    page.locator("#filter-grade").selectOption("");
    assertThat(page).hasURL(Pattern.compile(".*sort=-tier.*"));
    assertThat(page.locator("#customer-table .customer-code"))
        .hasText(new String[] {codes.get("x"), codes.get("z"), codes.get("y")});
    assertThat(page.locator("#customer-table .customer-tier").last()).hasText("Top");
  }
}
