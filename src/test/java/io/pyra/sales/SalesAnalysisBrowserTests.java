package io.pyra.sales;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.sales.SalesAnalysisFixtures.line;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A centre principal opens the sales analysis of their branch: the chart by month is drawn by
 * ECharts with the numbers of the table beside it, in English and Chinese; choosing to group by
 * product and showing it redraws the chart for the products. The Content-Security-Policy holds.
 */
@BrowserTest
class SalesAnalysisBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String WATCH_CSP =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

  private static final String CHART_DATA =
      """
      el => {
        const chart = echarts.getInstanceByDom(el);
        if (!chart) return null;
        const option = chart.getOption();
        const axis = option.yAxis[0].type === 'category' ? option.yAxis[0] : option.xAxis[0];
        return {
          categories: axis.data.map(String),
          series: option.series.map(s => ({ name: s.name, values: s.data.map(Number) }))
        };
      }""";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "zh-CN"})
  void aPrincipalSeesTheSalesOfTheirBranchAsATableAndAChart(String language, Page page) {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    SalesAnalysisFixtures sales = new SalesAnalysisFixtures(jdbc);
    OrgUnit branch = org.branch();
    UserAccount seller = org.user(branch, "COURSE_CONSULTANT");
    UserAccount principal =
        org.member(branch).roles("CENTRE_PRINCIPAL").speaking(language).create();
    var course = sales.product("Course", sales.category("Courses"));
    var book = sales.product("Book", null);
    sales.order(
        "ORDER",
        "COMPLETED",
        null,
        seller.id(),
        branch.id(),
        LocalDate.of(2025, 1, 9),
        "CNY",
        "1",
        null,
        line(course, "2", "450.50", "0", "100"),
        line(book, "1", "30", "0", "10"));
    sales.order(
        "ORDER",
        "SIGNED",
        null,
        seller.id(),
        branch.id(),
        LocalDate.of(2025, 3, 2),
        "CNY",
        "1",
        null,
        line(course, "1", "800", "0", "100"));

    page.addInitScript(WATCH_CSP);
    page.setViewportSize(1280, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(principal.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.navigate(url("/sales/analysis?from=2025-01-01&to=2025-03-31"));

    Locator chart = page.locator("#summary-chart");
    assertThat(chart.locator("canvas").first()).isVisible();
    @SuppressWarnings("unchecked")
    Map<String, Object> drawn = (Map<String, Object>) chart.evaluate(CHART_DATA);
    assertThat(drawn).as("ECharts instance of the chart by month").isNotNull();
    assertThat(drawn.get("categories")).isEqualTo(List.of("2025-01", "2025-02", "2025-03"));
    assertThat(firstSeries(drawn)).isEqualTo(List.of(931L, 0L, 800L));
    assertThat(firstSeries(drawn)).isEqualTo(gross(page));

    page.locator("#group-by").selectOption("product");
    page.locator("#apply-filter").click();
    Locator products = page.locator("#summary-chart");
    assertThat(products.locator("canvas").first()).isVisible();
    @SuppressWarnings("unchecked")
    Map<String, Object> byProduct = (Map<String, Object>) products.evaluate(CHART_DATA);
    assertThat(firstSeries(byProduct)).isEqualTo(List.of(1701L, 30L));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("sales-analysis-" + language + ".png"))
            .setFullPage(true));
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<Long> firstSeries(Map<String, Object> chart) {
    List<Map<String, Object>> series = (List<Map<String, Object>>) chart.get("series");
    List<Long> values = new ArrayList<>();
    for (Object v : (List<Object>) series.get(0).get("values")) {
      values.add(((Number) v).longValue());
    }
    return values;
  }

  /** The gross column of the table's rows (not the total), in whole units. */
  private static List<Long> gross(Page page) {
    return page
        .locator("#summary-table .summary-row:not(#summary-total) .col-3")
        .allTextContents()
        .stream()
        .map(t -> new BigDecimal(t.strip()).setScale(0, RoundingMode.HALF_EVEN).longValue())
        .toList();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
