package io.pyra.support.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A centre principal opens the complaint delay report from the sidebar, sees the late complaints of
 * their branch by grade with how late each is, switches the grouping to assignee and then to team,
 * and the chart follows the table; in English and Chinese, the Content-Security-Policy held.
 */
@BrowserTest
class DelayReportBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String WATCH_CSP =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

  private static final String CHART_CATEGORIES =
      """
      el => {
        const chart = echarts.getInstanceByDom(el);
        if (!chart) return null;
        const option = chart.getOption();
        const axis = option.yAxis[0].type === 'category' ? option.yAxis[0] : option.xAxis[0];
        return axis.data.map(String);
      }""";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "zh-CN"})
  void aManagerSeesTheLateComplaintsWithTheirLatenessAndRegroupsThem(String language, Page page) {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    ReportCases cases = new ReportCases(jdbc);
    OrgUnit branch = org.branch();
    OrgUnit team = org.unit(branch, OrgUnitKind.TEAM);
    UserAccount agent = org.user(team, "CUSTOMER_SERVICE_ASSISTANT");
    UserAccount manager = org.member(branch).roles("CENTRE_PRINCIPAL").speaking(language).create();
    UUID customer = cases.customer(agent.id(), branch.id());
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ReportCases.Row older =
        cases
            .row(customer, team.id())
            .assignee(agent.id())
            .grade("A")
            .created(now.minus(Duration.ofHours(30)))
            .responseDue(now.minus(Duration.ofHours(26)))
            .insert();
    ReportCases.Row newer =
        cases
            .row(customer, team.id())
            .grade("C")
            .severity("MINOR")
            .created(now.minus(Duration.ofHours(5)))
            .responseDue(now.minus(Duration.ofHours(3)))
            .insert();
    // answered in time and not yet due: not late
    cases
        .row(customer, team.id())
        .assignee(agent.id())
        .created(now.minus(Duration.ofHours(1)))
        .responseDue(now.plus(Duration.ofHours(3)))
        .insert();

    page.addInitScript(WATCH_CSP);
    page.setViewportSize(1280, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(manager.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.locator("#nav-support-reports").click();
    assertThat(page.locator("#tab-delays")).hasClass(java.util.regex.Pattern.compile("active"));

    // by grade: A and C, one late complaint each
    Locator rows = page.locator("#summary-table .summary-row");
    assertThat(rows).hasCount(2);
    assertThat(page.locator(".summary-row[data-key=A] .col-late-cases")).hasText("1");
    assertThat(page.locator(".summary-row[data-key=A] .col-max-hours-late")).hasText("26.0");
    assertThat(page.locator(".summary-row[data-key=C] .col-max-hours-late")).hasText("3.0");
    // the cases, latest first, each with how late and a link to it
    Locator late = page.locator("#late-cases .late-case");
    assertThat(late).hasCount(2);
    assertThat(late.nth(0)).hasAttribute("data-code", older.code);
    assertThat(late.nth(0).locator(".col-hours-late")).hasText("26.0");
    assertThat(late.nth(1).locator(".col-hours-late")).hasText("3.0");
    assertThat(late.nth(0).locator(".col-case a")).hasAttribute("href", "/cases/" + older.id);
    assertThat(chartCategories(page)).containsExactlyInAnyOrder("A", "C");

    // by assignee: the agent and the unassigned case
    page.locator("#group-by").selectOption("assignee");
    page.locator("#apply-filter").click();
    assertThat(page.locator("#group-by")).hasValue("assignee");
    assertThat(rows).hasCount(2);
    assertThat(page.locator(".summary-row[data-key='" + agent.id() + "'] .col-group"))
        .hasText(agent.displayName());
    assertThat(page.locator(".summary-row[data-key=none] .col-max-hours-late")).hasText("3.0");
    assertThat(chartCategories(page)).contains(agent.displayName());

    // by team: both in the one team, the latest 26 h, on average 14.5 h late
    page.locator("#group-by").selectOption("team");
    page.locator("#apply-filter").click();
    assertThat(rows).hasCount(1);
    Locator teamRow = page.locator(".summary-row[data-key='" + team.id() + "']");
    assertThat(teamRow.locator(".col-group")).hasText(team.name());
    assertThat(teamRow.locator(".col-late-cases")).hasText("2");
    assertThat(teamRow.locator(".col-average-hours-late")).hasText("14.5");
    assertThat(chartCategories(page)).containsExactly(team.name());
    assertThat(late).hasCount(2);
    assertThat(late.nth(1)).hasAttribute("data-code", newer.code);

    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("support-delays-" + language + ".png"))
            .setFullPage(true));
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> chartCategories(Page page) {
    Locator chart = page.locator("#report-chart");
    assertThat(chart.locator("canvas").first()).isVisible();
    return (List<String>) chart.evaluate(CHART_CATEGORIES);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
