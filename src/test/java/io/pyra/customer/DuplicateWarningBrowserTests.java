package io.pyra.customer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pyra.customer.CustomerStaff.mobile;
import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A user types the phone of an existing customer into the new-customer form and saves: the warning
 * is where they look (inside the screen, focused) and nothing is saved. The front desk, which may
 * not merge, is offered to open the existing customer; an administrator merges, and the new entry
 * is never saved on the way to the merge page. At 1,280 and 390 px, in English and Chinese;
 * screenshots go to {@code target/screenshots/}.
 */
@BrowserTest
class DuplicateWarningBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  OrgFixtures org;
  OrgUnit branch;

  @BeforeEach
  void setUp() {
    org = new OrgFixtures(orgUnits, users, roles);
    branch = org.unit(org.root());
  }

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "1280, zh-CN", "390, en", "390, zh-CN"})
  void theFrontDeskSeesTheWarningAtTheTopAndMayOnlyOpenTheExistingCustomer(
      int width, String language, Page page) {
    UserAccount clerk = org.member(branch).roles("FRONT_DESK").speaking(language).create();
    String phone = mobile();
    JsonNode existing = existing(clerk, phone);
    long before = customers();

    signIn(page, width, clerk);
    String entry = unique("Walk-in");
    submitNewCustomer(page, entry, phone);

    Locator warning = page.locator("#duplicates");
    assertWhereTheUserLooks(page, warning);
    assertThat(warning).containsText(existing.get("code").asString());
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                SCREENSHOTS.resolve("duplicates-front-desk-" + width + "-" + language + ".png")));
    assertThat(page.locator("#duplicates button.merge-into")).hasCount(0);
    Locator open = page.locator("#duplicates a.open-existing");
    assertThat(open).isVisible();
    assertThat(open).hasText(language.equals("en") ? "Open the existing customer" : "打开已有客户");
    assertThat(customers()).isEqualTo(before);
    assertThat(named(entry)).isZero();

    open.click();
    assertThat(page.locator("#customer-code")).hasText(existing.get("code").asString());
    assertThat(customers()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "1280, zh-CN", "390, en", "390, zh-CN"})
  void anAdministratorMergesWithoutTheNewEntryBeingSavedFirst(
      int width, String language, Page page) {
    UserAccount admin = org.member(branch).roles("ADMINISTRATOR").speaking(language).create();
    String phone = mobile();
    JsonNode existing = existing(admin, phone);
    long before = customers();

    signIn(page, width, admin);
    String entry = unique("Second entry");
    submitNewCustomer(page, entry, phone);

    Locator warning = page.locator("#duplicates");
    assertWhereTheUserLooks(page, warning);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("duplicates-admin-" + width + "-" + language + ".png")));
    Locator merge = page.locator("#duplicates button.merge-into");
    assertThat(merge).hasCount(1);
    assertThat(merge).hasAttribute("value", existing.get("id").asString());

    merge.click();
    assertThat(page.locator("#merge-table")).isVisible();
    assertThat(page.locator("#merge-table")).containsText(entry);
    assertThat(customers()).isEqualTo(before);
    assertThat(named(entry)).isZero();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                SCREENSHOTS.resolve("duplicates-merge-new-" + width + "-" + language + ".png")));

    page.locator("#merge-name-merged").check();
    page.locator("#confirm-merge").click();
    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#customer-code")).hasText(existing.get("code").asString());
    assertThat(page.locator("#customer-name")).hasText(entry);
    assertThat(customers()).isEqualTo(before);
  }

  /** The warning is on screen from its top to its bottom, and has the focus. */
  private static void assertWhereTheUserLooks(Page page, Locator warning) {
    assertThat(warning).isVisible();
    assertThat(warning).isFocused();
    BoundingBox box = warning.boundingBox();
    Number height = (Number) page.evaluate("window.innerHeight");
    assertThat(box.y).as("top of the warning").isGreaterThanOrEqualTo(0);
    assertThat(box.y + box.height)
        .as("bottom of the warning, window height " + height)
        .isLessThanOrEqualTo(height.doubleValue());
  }

  private void submitNewCustomer(Page page, String name, String phone) {
    page.navigate(url("/customers/new"));
    page.locator("#name").fill(name);
    page.locator("#phone-0").fill(phone);
    page.locator("#save").click();
  }

  private JsonNode existing(UserAccount owner, String phone) {
    Map<String, Object> body = person(unique("Existing"), phone);
    body.put("ownerId", owner.id().toString());
    body.put("orgUnitId", branch.id().toString());
    ApiClient.Response created =
        new ApiClient(port)
            .signIn("admin", io.pyra.testing.PyraIntegrationTest.ADMIN_PASSWORD)
            .post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private void signIn(Page page, int width, UserAccount user) {
    page.setViewportSize(width, width < 768 ? 844 : 800);
    page.navigate(url("/login"));
    page.locator("#username").fill(user.username());
    page.locator("#password").fill(OrgFixtures.PASSWORD);
    page.locator("#sign-in").click();
    page.waitForURL(Pattern.compile("^(?!.*/login).*$"));
  }

  private long customers() {
    return jdbc.sql("select count(*) from customer_customer").query(Long.class).single();
  }

  private long named(String name) {
    return jdbc.sql("select count(*) from customer_customer where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
