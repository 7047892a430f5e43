package io.pyra.marketing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A marketer opens the funnel from the sidebar: the funnel chart is drawn by ECharts with the steps
 * of the table's total, in English and Chinese; the Content-Security-Policy holds. Leads and
 * appointments are fixture rows written with SQL (the lead and appointment APIs land separately).
 */
@BrowserTest
class FunnelBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String WATCH_CSP =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

  private static final String FUNNEL_DATA =
      """
      el => {
        const chart = echarts.getInstanceByDom(el);
        if (!chart) return null;
        const series = chart.getOption().series[0];
        return { type: series.type, values: series.data.map(d => Number(d.value)) };
      }""";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "zh-CN"})
  void aMarketerSeesTheFunnelDrawnWithTheTotalsOfTheTable(String language, Page page) {
    CampaignStaff staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = staff.org().branch();
    UserAccount marketer =
        staff.org().member(branch).roles("MARKETING").speaking(language).create();
    UserAccount consultant = staff.user(branch, "COURSE_CONSULTANT");
    FunnelFixtures f = new FunnelFixtures(jdbc, staff.admin());
    UUID campaign = staff.record(marketer, CampaignStaff.code());
    UUID a = branch.id();
    for (int i = 1; i <= 4; i++) {
      var lead = f.lead(campaign, "PHONE", a, marketer.id(), a, "2026-07-0" + i + "T10:00", null);
      if (i <= 3) {
        f.visit(
            lead,
            null,
            a,
            consultant.id(),
            marketer.id(),
            "2026-07-0" + i + "T11:00",
            "2026-07-1" + i + "T10:00",
            i <= 2 ? "ARRIVED" : "NO_SHOW",
            i <= 2 ? "2026-07-1" + i + "T10:00" : null,
            i == 1);
      }
    }

    page.addInitScript(WATCH_CSP);
    page.setViewportSize(1280, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(marketer.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.locator("#nav-funnel").click();
    page.waitForURL("**/marketing/funnel");
    page.locator("#funnel-from").fill("2026-07-01");
    page.locator("#funnel-to").fill("2026-07-31");
    page.locator("#apply-filter").click();

    Locator chart = page.locator("#funnel-chart");
    assertThat(chart.locator("canvas").first()).isVisible();
    @SuppressWarnings("unchecked")
    Map<String, Object> drawn = (Map<String, Object>) chart.evaluate(FUNNEL_DATA);
    assertThat(drawn).as("ECharts instance of the funnel").isNotNull();
    assertThat(drawn.get("type")).isEqualTo("funnel");
    // 4 leads, 3 booked, 2 arrived, 1 consulted, no contract: as the table's total shows
    List<Long> values = new ArrayList<>();
    for (Object v : (List<?>) drawn.get("values")) {
      values.add(((Number) v).longValue());
    }
    assertThat(values).containsExactly(4L, 3L, 2L, 1L, 0L);
    List<String> total = page.locator("#funnel-total td").allTextContents();
    assertThat(total.subList(1, 6)).containsExactly("4", "3", "2", "1", "0");
    assertThat(page.locator("#trend-chart canvas").first()).isVisible();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("funnel-" + language + ".png"))
            .setFullPage(true));
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
