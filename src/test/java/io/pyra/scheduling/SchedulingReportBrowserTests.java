package io.pyra.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager opens the occupancy report from the sidebar, chooses the centre and the months, reads
 * the figures of the table and sees the chart drawn by ECharts; switches to Chinese and reads the
 * labels in Chinese; downloads the CSV file with the same figures. The data is {@link ReportWorld}.
 */
@BrowserTest
class SchedulingReportBrowserTests {

  private static final String WATCH_CSP =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aManagerReadsTheOccupancyOfACentreAndDownloadsIt(Page page) throws IOException {
    SchedulingFixtures fixtures = new SchedulingFixtures(orgUnits, users, roles, jdbc, port);
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ReportWorld world = new ReportWorld(fixtures, jdbc, admin);

    page.addInitScript(WATCH_CSP);
    page.setViewportSize(1280, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(world.manager.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.locator("#nav-scheduling-reports").click();
    page.waitForURL("**/scheduling/reports**");
    page.locator("#report-centre").selectOption(world.centre.id().toString());
    page.locator("#period-from").fill("2033-01");
    page.locator("#period-to").fill("2033-03");
    page.locator("#apply-filter").click();
    assertThat(page.locator("#period-shown")).containsText("2033-01");

    // room A in January: 7 booked hours of 31 × 14 − 14 − 4 = 416 open ones
    Locator first = page.locator("#occupancy tr.report-row").first();
    assertThat(first.locator("td"))
        .hasText(
            new String[] {
              "2033-01",
              world.codeOf("A"),
              "Room A " + world.tag,
              "Lecture room",
              "7.00",
              "416.00",
              "1.7"
            });
    // projector C in March: closed all month, nothing to divide by
    assertThat(page.locator("#occupancy tr.report-row").nth(8).locator("td.col-percent"))
        .hasText("—");
    assertThat(page.locator("#report-chart canvas").first()).isVisible();
    Object bars =
        page.locator("#report-chart")
            .evaluate(
                "el => { const c = echarts.getInstanceByDom(el);"
                    + " return c ? c.getOption().series[0].data.length : null; }");
    assertThat(((Number) bars).intValue()).isEqualTo(3);

    page.locator("#locale-switch").selectOption("zh-CN");
    assertThat(page.locator("h1")).hasText("排课报表");
    assertThat(page.locator("#tab-occupancy")).hasText("使用率");
    assertThat(page.locator("#occupancy th").nth(4)).hasText("已预订小时");
    assertThat(page.locator("#occupancy tr.report-row").first().locator("td").nth(3)).hasText("教室");
    assertThat(page.locator("#report-chart canvas").first()).isVisible();

    Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertThat(csv).contains("月份,编号,资源,类型,已预订小时,可用小时,使用率 %");
    assertThat(csv)
        .contains("2033-01," + world.codeOf("A") + ",Room A " + world.tag + ",教室,7.00,416.00,1.7");
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
