package io.pyra.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.interaction.TimelineTestData.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager signs in and lands on the dashboard: every card's chart is drawn by ECharts (a canvas
 * of nonzero size in the chart's element) with the same numbers as the table beside it, the page
 * fits the screen at 1,280 and 390 px in English and Chinese, and the Content-Security-Policy is
 * never violated. The contact analysis draws its chart by type with the sub-types. Screenshots go
 * to {@code target/screenshots/}.
 */
@BrowserTest
class DashboardBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Each card's chart, and the cells of its table that hold the chart's first series. */
  private static final Map<String, String> CHARTS =
      Map.of(
          "records-chart", "#records-table .records-row .this-week",
          "overdue-chart", "#overdue-table .overdue-row .count",
          "quiet-chart", "#quiet-table .quiet-row .count",
          "new-customers-chart", "#new-customers-table .new-customers-row .count");

  /** Every Content-Security-Policy violation of the page, collected from its first script on. */
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
          series: option.series.map(s => ({ name: s.name, values: s.data.map(Number) })),
          canvas: el.querySelectorAll('canvas').length
        };
      }""";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "1280, zh-CN", "390, en", "390, zh-CN"})
  void aManagerLandsOnTheDashboardWithEveryChartDrawnBesideItsNumbers(
      int width, String language, Page page) {
    TimelineTestData data = new TimelineTestData(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = data.unit(data.root());
    UserAccount consultant = data.user(branch.id(), "COURSE_CONSULTANT");
    UUID customer = data.customer("Dashboard", consultant);
    Instant now = Instant.now();
    data.task(
        customer,
        consultant,
        "Call back",
        now.minus(3, ChronoUnit.DAYS),
        now.minus(1, ChronoUnit.DAYS),
        "OPEN");
    data.record(
        customer,
        consultant,
        "RETURN_VISIT",
        LocalDate.now(ZONE).atTime(0, 5).atZone(ZONE).toInstant(),
        "Return visit");
    UserAccount manager = data.user(data.root().id(), "MANAGEMENT", language);
    String name = "dashboard-" + width + "-" + language;

    List<String> console = new ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
            console.add(m.text());
          }
        });
    page.addInitScript(WATCH_CSP);
    page.setViewportSize(width, width < 768 ? 844 : 800);
    signIn(page, manager.username());
    assertThat(page.locator("#dashboard")).isVisible();
    assertThat(page).hasURL(url("/"));

    for (Map.Entry<String, String> chart : CHARTS.entrySet()) {
      assertChartBesideItsNumbers(page, chart.getKey(), chart.getValue());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> records =
        (Map<String, Object>) page.locator("#records-chart").evaluate(CHART_DATA);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> series = (List<Map<String, Object>>) records.get("series");
    assertThat(series).hasSize(2);
    assertThat(series.get(0).get("name")).isEqualTo(language.equals("en") ? "This week" : "本周");
    assertThat(page.locator("#card-contact-records-title"))
        .hasText(language.equals("en") ? "Contact records: this week and last" : "联系记录：本周与上周");
    assertThat(page.locator("#overdue-table")).containsText(consultant.displayName());

    // a tooltip, drawn on the canvas, breaks no policy either
    page.locator("#records-chart canvas").first().hover();
    assertFits(page, name);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    assertNoCspViolation(page, name);

    // the quiet customers' list links to the customers
    Locator quiet = page.locator("#quiet-customers a");
    if (quiet.count() > 0) {
      assertThat(quiet.first()).hasAttribute("href", Pattern.compile("^/customers/"));
    }

    if (width > 768) {
      // narrowed, the charts follow the window
      page.setViewportSize(390, 844);
      page.waitForFunction(
          "() => Array.from(document.querySelectorAll('[data-chart] canvas'))"
              + ".every(c => c.getBoundingClientRect().right <= window.innerWidth + 0.5)");
      assertFits(page, name + " narrowed");
      page.setViewportSize(width, 800);
    }

    // the contact analysis draws its chart by type with the sub-types the table lists
    page.navigate(url("/reports/contacts"));
    Locator typeChart = page.locator("#type-chart");
    assertThat(typeChart.locator("canvas").first()).isVisible();
    @SuppressWarnings("unchecked")
    Map<String, Object> types = (Map<String, Object>) typeChart.evaluate(CHART_DATA);
    assertThat(types).as("ECharts instance of the chart by type").isNotNull();
    @SuppressWarnings("unchecked")
    List<String> categories = (List<String>) types.get("categories");
    assertThat(categories).hasSize(page.locator("#type-table .type-row").count());
    assertThat(categories).anyMatch(c -> c.startsWith("› "));
    assertThat(numbers(types)).isEqualTo(cells(page, "#type-table .type-row .count"));
    for (String id : List.of("channel-chart", "location-chart", "month-chart")) {
      assertThat(page.locator("#" + id + " canvas").first()).isVisible();
    }
    assertFits(page, name + " contact analysis");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("contact-analysis-" + width + "-" + language + ".png"))
            .setFullPage(true));
    assertNoCspViolation(page, name + " contact analysis");
    assertThat(console).as("console messages of the Content-Security-Policy").isEmpty();
  }

  private void assertChartBesideItsNumbers(Page page, String id, String cells) {
    Locator element = page.locator("#" + id);
    Locator canvas = element.locator("canvas").first();
    assertThat(canvas).isVisible();
    BoundingBox box = canvas.boundingBox();
    assertThat(box.width).as(id + " width").isGreaterThan(0);
    assertThat(box.height).as(id + " height").isGreaterThan(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> chart = (Map<String, Object>) element.evaluate(CHART_DATA);
    assertThat(chart).as("ECharts instance of " + id).isNotNull();
    assertThat(numbers(chart)).as(id + " against its table").isEqualTo(cells(page, cells));
  }

  @SuppressWarnings("unchecked")
  private static List<Long> numbers(Map<String, Object> chart) {
    List<Map<String, Object>> series = (List<Map<String, Object>>) chart.get("series");
    List<Long> values = new ArrayList<>();
    for (Object v : (List<Object>) series.get(0).get("values")) {
      values.add(((Number) v).longValue());
    }
    return values;
  }

  private static List<Long> cells(Page page, String selector) {
    return page.locator(selector).allTextContents().stream()
        .map(String::strip)
        .map(Long::valueOf)
        .toList();
  }

  private static void assertFits(Page page, String where) {
    Object scrollWidth = page.evaluate("document.scrollingElement.scrollWidth");
    Object innerWidth = page.evaluate("window.innerWidth");
    assertThat(((Number) scrollWidth).intValue())
        .as("page width of " + where)
        .isLessThanOrEqualTo(((Number) innerWidth).intValue());
  }

  private static void assertNoCspViolation(Page page, String where) {
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations on " + where)
        .isEmpty();
  }

  private void signIn(Page page, String username) {
    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(TimelineTestData.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
