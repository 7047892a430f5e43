package io.pyra.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A centre principal opens the customer pyramid of their branch from the sidebar: the pyramid is
 * drawn by ECharts with the customer counts of the table beside it, each tier in the reader's
 * language, and the figures are those of the branch's purchases. The Content-Security-Policy holds.
 */
@BrowserTest
class PyramidBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final String WATCH_CSP =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

  private static final String PYRAMID_DATA =
      """
      el => {
        const chart = echarts.getInstanceByDom(el);
        if (!chart) return null;
        return chart.getOption().series[0].data.map(d => d.name + '=' + d.count);
      }""";

  /** The heatmap's non-empty cells as "row>column=count", rows and columns by their codes. */
  private static final String HEATMAP_DATA =
      """
      el => {
        const chart = echarts.getInstanceByDom(el);
        if (!chart) return null;
        const rows = JSON.parse(el.getAttribute('data-chart-rows'));
        const columns = JSON.parse(el.getAttribute('data-chart-columns'));
        return chart.getOption().series[0].data
          .filter(d => d[2] > 0)
          .map(d => rows[d[1]] + '>' + columns[d[0]] + '=' + d[2]);
      }""";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, Top, Low", "zh-CN, 顶层, 底层"})
  void aPrincipalSeesTheirBranchsPyramidAsAChartAndATable(
      String language, String top, String low, Page page) {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = org.branch();
    UserAccount consultant = org.user(branch, "COURSE_CONSULTANT");
    UserAccount principal =
        org.member(branch).roles("CENTRE_PRINCIPAL").speaking(language).create();
    // five buyers: 1,000, 800, 600, 400, 200 in the last weeks (total 3,000)
    LocalDate today = LocalDate.now(ZONE);
    ValueFixtures value = new ValueFixtures(port, jdbc, days);
    String topCode = null;
    for (int i = 1; i <= 5; i++) {
      UUID customer = value.customer(consultant, "Buyer " + i, "ACTIVE");
      value.sale(customer, consultant, today.minusDays(i), String.valueOf(1200 - 200 * i), "0");
      if (i == 1) {
        topCode = value.code(customer);
      }
    }

    String branchScheme = value.branchShares(branch.id());

    page.addInitScript(WATCH_CSP);
    page.setViewportSize(1280, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(principal.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.locator("#nav-pyramid").click();
    page.locator("#scheme").selectOption(branchScheme);
    page.locator("#show").click();

    // 5 active by rank shares 1 / 4 / 15 / 80 %: TOP ⌈0.05⌉ = 1, HIGH and MIDDLE none, LOW 4
    Locator chart = page.locator("#pyramid-chart");
    assertThat(chart.locator("canvas").first()).isVisible();
    String middle = page.locator("#tier-MIDDLE th").textContent().strip();
    String high = page.locator("#tier-HIGH th").textContent().strip();
    assertThat(chart.evaluate(PYRAMID_DATA))
        .isEqualTo(List.of(top + "=1", high + "=0", middle + "=0", low + "=4"));
    assertThat(page.locator("#tier-TOP th")).hasText(top);
    assertThat(page.locator("#tier-TOP td").nth(0)).hasText("1");
    assertThat(page.locator("#tier-TOP td").nth(2)).hasText("1,000.00");
    // 1,000 of 3,000 = 33.3 %; LOW: 2,000, 66.7 %, 500 a customer
    assertThat(page.locator("#tier-TOP td").nth(3)).hasText("33.3 %");
    assertThat(page.locator("#tier-LOW td").nth(2)).hasText("2,000.00");
    assertThat(page.locator("#tier-LOW td").nth(3)).hasText("66.7 %");
    assertThat(page.locator("#tier-LOW td").nth(5)).hasText("500.00");
    assertThat(page.locator("#pyramid-window")).containsText("3,000.00");

    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("pyramid-" + language + ".png"))
            .setFullPage(true));

    // drilling down into TOP: the one customer who bought 1,000
    page.locator("#drill-TOP").click();
    assertThat(page.locator("#members-title")).containsText(top);
    assertThat(page.locator("#members .member-row")).hasCount(1);
    assertThat(page.locator("#members .member-row td").nth(3)).hasText("1,000.00");
    assertThat(page.locator("#members .member-row .customer-code")).hasText(topCode);
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, must add up to 100 %, Top, Low", "zh-CN, 之和必须为 100%, 顶层, 底层"})
  void anAnalystDefinesASchemeAndFollowsItsCustomersFromThePyramidToTheirTierPath(
      String language, String sumRule, String top, String low, Page page) {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = org.branch();
    UserAccount consultant = org.user(branch, "COURSE_CONSULTANT");
    UserAccount manager = org.member(org.branch()).roles("MANAGEMENT").speaking(language).create();
    String code = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    // the last two month ends; X bought 500 then 2,000, Y 1,000 then nothing, Z nothing then 100
    LocalDate p2 = LocalDate.now(ZONE).withDayOfMonth(1).minusDays(1);
    LocalDate p1 = p2.withDayOfMonth(1).minusDays(1);
    ValueFixtures value = new ValueFixtures(port, jdbc, days);
    UUID x = value.customer(consultant, "Mover X", "ACTIVE");
    value.sale(x, consultant, p1.minusDays(1), "500", "0");
    value.sale(x, consultant, p2.minusDays(1), "2000", "0");
    UUID y = value.customer(consultant, "Mover Y", "ACTIVE");
    value.sale(y, consultant, p1.minusDays(2), "1000", "0");
    UUID z = value.customer(consultant, "Mover Z", "ACTIVE");
    value.sale(z, consultant, p2.minusDays(2), "100", "0");

    page.addInitScript(WATCH_CSP);
    page.setViewportSize(1280, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(manager.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.locator("#nav-pyramid").click();
    page.locator("#new-scheme").click();
    page.locator("#code").fill(code);
    page.locator("#name").fill("Branch months " + code);
    page.locator("#windowMonths").fill("1");
    // the unit is typed: the form suggests the units whose code or name holds what is typed
    page.locator("#audienceOrgUnit").fill(branch.code().toLowerCase(Locale.ROOT));
    assertThat(page.locator("#audience-org-units option[value='" + branch.code() + "']"))
        .hasCount(1);
    page.locator("#audienceOrgUnit").fill(branch.code());
    page.locator("#method").selectOption("RANK_SHARES");
    page.locator("#shareTop").fill("5");
    page.locator("#shareHigh").fill("15");
    page.locator("#shareMiddle").fill("30");
    page.locator("#shareLow").fill("49");
    page.locator("#save").click();

    // 5 + 15 + 30 + 49 = 99: refused, said in the reader's language, nothing stored
    assertThat(page.locator("#scheme-form")).containsText(sumRule);
    assertThat(
            jdbc.sql("select count(*) from analytics_pyramid_scheme where code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();
    page.locator("#shareLow").fill("50");
    page.locator("#save").click();
    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#scheme")).hasValue(code);

    // the pyramid at the last month end: X 2,000 and Z 100 bought in its month: TOP ⌈5 % × 2⌉ = 1
    page.locator("#as-of").fill(p2.toString());
    page.locator("#show").click();
    Locator chart = page.locator("#pyramid-chart");
    assertThat(chart.locator("canvas").first()).isVisible();
    assertThat(page.locator("#tier-TOP td").nth(0)).hasText("1");
    assertThat(page.locator("#tier-LOW td").nth(0)).hasText("1");
    assertThat(page.locator("#tier-INACTIVE td").nth(0)).hasText("1"); // Y bought only before
    page.locator("#drill-TOP").click();
    assertThat(page.locator("#members .member-row .customer-code")).hasText(value.code(x));
    assertThat(page.locator("#members .member-row td").nth(3)).hasText("2,000.00");

    // the migration from the month end before to the last: Y lost, X up from LOW to TOP, Z new
    page.locator("#nav-migration").click();
    page.locator("#scheme").selectOption(code);
    page.locator("#from").fill(p1.toString().substring(0, 7));
    page.locator("#to").fill(p2.toString().substring(0, 7));
    page.locator("#show").click();
    Locator heatmap = page.locator("#migration-heatmap");
    assertThat(heatmap.locator("canvas").first()).isVisible();
    assertThat(heatmap.evaluate(HEATMAP_DATA))
        .isEqualTo(
            List.of(
                "NEW>LOW=1", // rows NEW, TOP, HIGH, MIDDLE, LOW; columns TOP … LOW, INACTIVE
                "TOP>INACTIVE=1",
                "LOW>TOP=1"));
    assertThat(page.locator("#move-upgrades strong")).hasText("1");
    assertThat(page.locator("#move-lost strong")).hasText("1");
    assertThat(page.locator("#move-new strong")).hasText("1");
    assertThat(page.locator("#row-LOW th")).hasText(low);
    page.locator("#cell-LOW-TOP a").click();
    assertThat(page.locator("#movers .mover-row")).hasCount(1);
    assertThat(page.locator("#movers .mover-row td").nth(2)).hasText("500.00");
    assertThat(page.locator("#movers .mover-row td").nth(3)).hasText("2,000.00");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("migration-customers-" + language + ".png"))
            .setFullPage(true));

    // X's page: the tier path of the scheme, TOP at the last month end, LOW at the one before
    page.locator("#movers .customer-code").click();
    page.locator("#value-scheme").selectOption(code);
    Locator steps = page.locator("#tier-path .tier-step");
    assertThat(steps).hasCount(2);
    assertThat(steps.nth(0).locator(".step-tier")).hasText(top);
    assertThat(steps.nth(1).locator(".step-tier")).hasText(low);
    assertThat(page.locator("#value-tier strong")).hasText(top);
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations")
        .isEmpty();
    assertThat(y).isNotNull();
    assertThat(z).isNotNull();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
