package io.pyra.customer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.pyra.customer.directory.NamePinyinBackfill;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.OrgFixtures;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A front desk types "wang" in the top bar's search and sees 王小明; the customer list says how many
 * customers it holds and numbers its pages.
 */
@BrowserTest
class PinyinSearchBrowserTests {

  private static final int PAGE_SIZE = 50;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired NamePinyinBackfill backfill;

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, en", "390, zh-CN"})
  void typingPinyinInTheTopBarFindsTheChineseNameAndTheListIsCountedAndNumbered(
      int width, String language, Page page) {
    FindFixtures fixtures = new FindFixtures(orgUnits, users, roles, jdbc);
    OrgUnit unit = fixtures.unit(fixtures.root().id());
    var frontDesk =
        new OrgFixtures(orgUnits, users, roles)
            .member(unit.id())
            .roles("FRONT_DESK")
            .speaking(language)
            .create();
    var wang = fixtures.customer("王小明", fixtures.admin(), unit.id());
    int others = PAGE_SIZE + 4;
    for (int i = 0; i < others; i++) {
      fixtures.customer(String.format("Filler %03d", i), fixtures.admin(), unit.id());
    }
    backfill.run();
    int total = others + 1;

    page.setViewportSize(width, width < 768 ? 844 : 800);
    page.navigate("http://localhost:" + port + "/login");
    page.locator("#username").fill(frontDesk.username());
    page.locator("#password").fill(FindFixtures.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.waitForLoadState(LoadState.LOAD);

    page.locator("#global-search").pressSequentially("wang");
    assertThat(page.locator("#search-suggestions .search-suggestion"))
        .hasText(new String[] {"王小明 " + wang.code()});
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                Path.of(
                    "target", "screenshots", "pinyin-search-" + width + "-" + language + ".png")));
    page.locator("#global-search").press("Enter");
    assertThat(page.locator("#search-results .search-result")).hasCount(1);
    assertThat(page.locator("#search-results")).containsText("王小明");

    page.navigate("http://localhost:" + port + "/customers");
    assertThat(page.locator("#customer-count"))
        .hasText(language.equals("en") ? total + " customers" : "共 " + total + " 位客户");
    assertThat(page.locator("#page-numbers .page-number")).hasText(new String[] {"1", "2"});
    assertThat(page.locator("#page-numbers .active .page-number")).hasText("1");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                Path.of(
                    "target", "screenshots", "customer-count-" + width + "-" + language + ".png")));
    page.locator("#page-numbers .page-number").nth(1).click();
    assertThat(page.locator("#page-numbers .active .page-number")).hasText("2");
    assertThat(page.locator("#customer-table .customer-code")).hasCount(total - PAGE_SIZE);
  }
}
