package io.pyra.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pyra.analytics.figures.CustomerDays;
import io.pyra.analytics.grading.CustomerGrades;
import io.pyra.analytics.grading.GradingScheme;
import io.pyra.analytics.grading.GradingSchemes;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager opens the grading report from the sidebar, overrides the grade of a C customer: without
 * a reason the form refuses in their language; with one, the report shows the override beside the
 * automatic grade. The Content-Security-Policy holds.
 */
@BrowserTest
class GradingBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
  @Autowired GradingSchemes schemes;
  @Autowired CustomerGrades grades;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, Say why the grade is changed.", "zh-CN, 请说明调整等级的原因。"})
  void aManagerOverridesAGradeWithAReasonAndSeesItBesideTheAutomaticGrade(
      String language, String reasonRequired, Page page) {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = org.branch();
    UserAccount consultant = org.user(branch, "COURSE_CONSULTANT");
    UserAccount manager = org.member(branch).roles("MANAGEMENT").speaking(language).create();
    // three buyers, 300, 200 and 100, all paid on time: 3 graded, A ⌈0.6⌉ = 1, B up to ⌈1.5⌉ = 2
    LocalDate today = LocalDate.now(ZONE);
    ValueFixtures value = new ValueFixtures(port, jdbc, days);
    String lowest = null;
    UUID lowestId = null;
    for (int i = 1; i <= 3; i++) {
      UUID customer = value.customer(consultant, "Graded " + i, "ACTIVE");
      UUID order =
          value.sale(customer, consultant, today.minusDays(i), String.valueOf(400 - 100 * i), "0");
      value.payment(order, today.minusDays(i), String.valueOf(400 - 100 * i));
      lowest = value.code(customer);
      lowestId = customer;
    }
    String code = "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    GradingScheme scheme =
        schemes.create(
            new GradingSchemes.SchemeInput(
                code,
                "Branch " + code,
                BigDecimal.TEN,
                BigDecimal.valueOf(30),
                BigDecimal.valueOf(60),
                BigDecimal.ZERO,
                "RANK_SHARES",
                BigDecimal.valueOf(20),
                BigDecimal.valueOf(30),
                BigDecimal.valueOf(50),
                null,
                null,
                12,
                new io.pyra.analytics.audience.Audiences.Input(branch.code(), null, null)));
    grades.compute(scheme, today);

    page.addInitScript(WATCH_CSP);
    page.setViewportSize(1400, 900);
    page.navigate(url("/login"));
    page.locator("#username").fill(manager.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.locator("#nav-grades").click();
    assertThat(page.locator("#grades-filter")).isVisible();
    page.locator("#scheme").selectOption(code);
    page.locator("#show").click();

    Locator row = page.locator("#grade-" + lowest);
    assertThat(page.locator("#grades .grade-row")).hasCount(3);
    assertThat(row.locator(".automatic-grade")).hasText("C");
    assertThat(row.locator(".effective-grade")).hasText("C");
    assertThat(page.locator("#count-effective-A")).hasText("1");

    row.locator(".override-link").click();
    page.locator("#grade").selectOption("A");
    page.locator("#save-override").click();
    assertThat(page.locator("#override-form")).containsText(reasonRequired);
    assertThat(
            jdbc.sql("select count(*) from analytics_grade_override where customer_id = ?")
                .param(lowestId)
                .query(Long.class)
                .single())
        .as("refused: nothing stored")
        .isZero();

    page.locator("#reason").fill("Won the district tender");
    page.locator("#save-override").click();
    assertThat(page.locator("#flash-success")).isVisible();
    row = page.locator("#grade-" + lowest);
    assertThat(row.locator(".automatic-grade")).hasText("C");
    assertThat(row.locator(".override-grade")).hasText("A");
    assertThat(row.locator(".override-reason")).hasText("Won the district tender");
    assertThat(row.locator(".effective-grade")).hasText("A");
    assertThat(page.locator("#count-effective-A")).hasText("2");
    assertThat(page.locator("#count-automatic-A")).hasText("1");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("grades-" + language + ".png"))
            .setFullPage(true));
    assertThat((List<?>) page.evaluate("window.__cspViolations"))
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
