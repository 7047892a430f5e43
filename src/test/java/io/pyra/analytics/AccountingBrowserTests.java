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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A centre principal opens customer-based accounting and resource allocation from the sidebar,
 * chooses a scheme and a period, and sees the figures of their branch in their language: a customer
 * who bought 20,000 (cost 8,000) and had one 30-minute call (5 a call, 120 an hour: 65 to serve).
 * The administrator changes a follow-up rule on its page, beside the other value settings.
 */
@BrowserTest
class AccountingBrowserTests {

  private static final String WATCH_CSP =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, Top, Total, 'Top, high and middle'", "zh-CN, 顶层, 合计, 顶层、高层和中层"})
  void aPrincipalSeesAccountingAndAllocationOfTheirBranch(
      String language, String top, String total, String group, Page page) {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = org.branch();
    UserAccount consultant = org.user(branch, "COURSE_CONSULTANT");
    UserAccount principal =
        org.member(branch).roles("CENTRE_PRINCIPAL").speaking(language).create();
    EffortFixtures effort = new EffortFixtures(port);
    String scheme = effort.scheme();
    effort.rates(Map.of("PHONE", "5"), Map.of("COURSE_CONSULTANT", "120"), 15);
    effort.plan(70, 20, 10);
    LocalDate today = LocalDate.now(ValueFixtures.ZONE);
    ValueFixtures value = new ValueFixtures(port, jdbc, days);
    UUID customer = value.customer(consultant, "Browser buyer", "ACTIVE");
    value.sale(customer, consultant, today.minusDays(3), "20000", "8000");
    effort.record(consultant, customer, "PHONE", 30);

    page.addInitScript(WATCH_CSP);
    page.setViewportSize(1280, 900);
    page.navigate("http://localhost:" + port + "/login");
    page.locator("#username").fill(principal.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();

    page.locator("#nav-accounting").click();
    page.locator("#scheme").selectOption(scheme);
    page.locator("#from").fill(today.minusDays(30).toString());
    page.locator("#show").click();
    assertThat(page.locator("#accounting-TOP th")).hasText(top);
    // profit 20,000 − 8,000 − 65 = 11,935; ROI 11,935 ÷ 8,065 = 148.0 %
    assertThat(page.locator("#accounting-TOP td"))
        .containsText(new String[] {"1", "20,000.00", "8,000.00", "65.00", "11,935.00", "148.0 %"});
    assertThat(page.locator("#accounting-TOTAL th")).hasText(total);

    page.locator("#nav-allocation").click();
    page.locator("#scheme").selectOption(scheme);
    page.locator("#from").fill(today.minusDays(30).toString());
    page.locator("#show").click();
    assertThat(page.locator("#total-TOP_HIGH_MIDDLE th")).hasText(group);
    // all 30 minutes on the top three tiers: 100 % against 70 % planned, a gap of 30 points
    assertThat(page.locator("#total-TOP_HIGH_MIDDLE td.gap")).hasText("30.0 %");
    assertThat(page.locator("#total-TOP_HIGH_MIDDLE td.gap"))
        .hasClass(java.util.regex.Pattern.compile("table-warning"));
    assertThat(page.locator("#allocation-chart canvas").first()).isVisible();
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  @Test
  void anAdministratorChangesAFollowUpRuleOnItsPage(Page page) {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    tools.jackson.databind.JsonNode shipped = null;
    for (tools.jackson.databind.JsonNode rule : admin.get("/api/v1/follow-up-rules").json()) {
      if ("B".equals(rule.path("grade").asString(""))) {
        shipped = rule;
      }
    }
    assertThat(shipped).isNotNull();
    String path = "/api/v1/follow-up-rules/" + shipped.get("id").asString();
    try {
      page.addInitScript(WATCH_CSP);
      page.setViewportSize(1280, 900);
      page.navigate("http://localhost:" + port + "/login");
      page.locator("#username").fill("admin");
      page.locator("#password").fill(PyraIntegrationTest.ADMIN_PASSWORD);
      page.locator("#sign-in").click();
      assertThat(page.locator("#welcome")).isVisible();

      page.locator("#nav-follow-up-rules").click();
      assertThat(page.locator("#rule-B .rule-days")).hasText(shipped.get("maxDays").asString());
      page.locator("#rule-B .edit-rule").click();
      page.locator("#maxDays").fill("0");
      page.locator("#save").click();
      assertThat(page.locator("#maxDays-error")).containsText("from 1 to 730");
      page.locator("#maxDays").fill("75");
      page.locator("#note").fill("Call before the new term");
      page.locator("#save").click();
      assertThat(page.locator("#flash-success")).containsText("Grade B");
      assertThat(page.locator("#rule-B .rule-days")).hasText("75");
      assertThat(page.locator("#rule-B .rule-note")).hasText("Call before the new term");
      assertThat((List<?>) page.evaluate("window.__cspViolations"))
          .as("Content-Security-Policy violations")
          .isEmpty();
    } finally {
      Map<String, Object> body = new java.util.HashMap<>();
      body.put("grade", "B");
      body.put("maxDays", shipped.get("maxDays").asInt());
      body.put("dueInDays", shipped.get("dueInDays").asInt());
      body.put("active", shipped.get("active").asBoolean());
      body.put("note", null);
      ApiClient.Response restored = admin.put(path, body, admin.get(path).header("ETag"));
      assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    }
  }
}
