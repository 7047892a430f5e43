package io.pyra.integration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * A user imports a file with Chinese headers and the Chinese stage names the pages show, in the
 * pages' Chinese or English, on a wide and a narrow screen: the mapping is suggested, the dry run
 * names the bad stage and the repeated phone by their columns with the reason in the user's
 * language, the import creates the good rows with their stages, and the file of rejected rows holds
 * the original rows with the reason; fixed as it is, it imports. Screenshots go to {@code
 * target/screenshots/}.
 */
@BrowserTest
class ImportChineseBrowserTests {

  private static final String PASSWORD = "Quiet-Harbour-77";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @TempDir Path directory;
  @Autowired UserService users;
  @Autowired OrgUnitService orgUnits;
  @Autowired RoleService roles;
  @Autowired MessageSource messages;

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"1280, zh-CN", "1280, en", "390, zh-CN", "390, en"})
  void aChineseFileIsImportedAndItsRejectedRowsFixedAndImportedAgain(
      int width, String language, Page page) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    String shot = "import-chinese-" + width + "-" + language;
    String run = UUID.randomUUID().toString().substring(0, 6);
    String[] phones = {
      ImportFixtures.mobile(),
      ImportFixtures.mobile(),
      ImportFixtures.mobile(),
      ImportFixtures.mobile(),
      ImportFixtures.mobile()
    };
    String prospect = "张伟" + run;
    String fresh = "李娜" + run;
    String active = "王芳" + run;
    String suspect = "刘洋" + run;
    String badStage = "陈静" + run;
    String repeated = "杨磊" + run;
    String badRow = badStage + "," + phones[4] + ",飞跃,杭州";
    String repeatedRow = repeated + "," + phones[0] + ",活跃,上海";
    Path file = directory.resolve("客户名单-" + run + ".csv");
    Files.writeString(
        file,
        "\uFEFF客户名称,手机号码,客户阶段,城市\r\n"
            + (prospect + "," + phones[0] + ",潜在,北京\r\n")
            + (fresh + "," + phones[1] + ",新客户,上海\r\n")
            + (active + "," + phones[2] + ",活跃,广州\r\n")
            + (suspect + "," + phones[3] + ",疑似,深圳\r\n")
            + (badRow + "\r\n")
            + (repeatedRow + "\r\n"),
        StandardCharsets.UTF_8);
    String username = user(language);
    signIn(page, width, username);
    boolean chinese = locale.getLanguage().equals("zh");

    // upload: the Chinese headers map to their fields
    page.navigate(url("/imports"));
    page.locator("#new-import").click();
    page.locator("#file").setInputFiles(file);
    page.locator("#entity").selectOption("customers");
    page.locator("#upload").click();
    assertThat(page.locator("#target-0")).hasValue("name");
    assertThat(page.locator("#target-1")).hasValue("phone");
    assertThat(page.locator("#target-2")).hasValue("stage");
    assertThat(page.locator("#target-3")).hasValue("city");
    fitsTheScreen(page, "mapping");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve(shot + "-1-mapping.png"))
            .setFullPage(true));

    // dry run: four rows to create; the bad stage and the repeated phone named by their columns
    page.locator("#dry-run").click();
    assertThat(page.locator("#dry-run-rows")).isVisible();
    assertThat(page.locator("#count-create")).hasText("4");
    assertThat(page.locator("#count-error")).hasText("2");
    assertThat(page.locator("#row-6 .row-errors")).containsText("客户阶段: ");
    assertThat(page.locator("#row-6 .row-errors"))
        .containsText(chinese ? "“飞跃”不是已知的阶段" : "\"飞跃\" is not a stage");
    assertThat(page.locator("#row-7 .row-errors")).containsText("手机号码: ");
    assertThat(page.locator("#row-7 .row-errors"))
        .containsText(
            chinese
                ? "第 7 行“手机号码”列的电话与第 2 行相同"
                : "Row 7 has the same phone in column \"手机号码\" as row 2");
    fitsTheScreen(page, "dry run");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve(shot + "-2-dry-run.png"))
            .setFullPage(true));

    // the import: the progress page shows the counts of the run once it ran
    page.locator("#import").click();
    assertThat(page.locator("#import-status"))
        .hasText(messages.getMessage("imports.status.COMPLETED", null, locale));
    assertThat(page.locator("#import-bar")).hasText("100%");
    assertThat(page.locator("#count-created")).hasText("4");
    assertThat(page.locator("#count-errors")).hasText("2");
    fitsTheScreen(page, "progress");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve(shot + "-3-progress.png"))
            .setFullPage(true));

    ApiClient api = new ApiClient(port).signIn(username, PASSWORD);
    assertThat(stage(api, phones[0])).isEqualTo("PROSPECT");
    assertThat(stage(api, phones[1])).isEqualTo("NEW");
    assertThat(stage(api, phones[2])).isEqualTo("ACTIVE");
    assertThat(stage(api, phones[3])).isEqualTo("SUSPECT");
    assertThat(stage(api, phones[4])).isNull();

    // the rejected rows as uploaded, with the reason in the user's language
    Download download = page.waitForDownload(() -> page.locator("#rejected-csv").click());
    byte[] bytes = Files.readAllBytes(download.path());
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String rejected = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> lines = rejected.lines().toList();
    String reasonColumn = messages.getMessage("imports.rejected.reason-column", null, locale);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("客户名称,手机号码,客户阶段,城市," + reasonColumn);
    assertThat(lines.get(1)).startsWith(badRow + ",");
    assertThat(lines.get(1))
        .contains(chinese ? "客户阶段: “飞跃”不是已知的阶段" : "客户阶段: \"\"飞跃\"\" is not a stage");
    assertThat(lines.get(2)).startsWith(repeatedRow + ",");

    // fixed in the file as it is (the reason column stays) and imported again
    String fixedPhone = ImportFixtures.mobile();
    Path fixed = directory.resolve("客户名单-" + run + "-改正.csv");
    Files.write(
        fixed,
        ("\uFEFF"
                + rejected
                    .replace(",飞跃,", ",活跃,")
                    .replace(repeated + "," + phones[0], repeated + "," + fixedPhone))
            .getBytes(StandardCharsets.UTF_8));
    page.navigate(url("/imports/new"));
    page.locator("#file").setInputFiles(fixed);
    page.locator("#upload").click();
    assertThat(page.locator("#target-0")).hasValue("name");
    assertThat(page.locator("#target-2")).hasValue("stage");
    assertThat(page.locator("#target-4")).hasValue("");
    page.locator("#dry-run").click();
    assertThat(page.locator("#count-create")).hasText("2");
    assertThat(page.locator("#count-error")).hasText("0");
    page.locator("#import").click();
    assertThat(page.locator("#import-status"))
        .hasText(messages.getMessage("imports.status.COMPLETED", null, locale));
    assertThat(page.locator("#count-created")).hasText("2");
    assertThat(page.locator("#count-errors")).hasText("0");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve(shot + "-4-reimported.png"))
            .setFullPage(true));
    assertThat(stage(api, phones[4])).isEqualTo("ACTIVE");
    assertThat(stage(api, fixedPhone)).isEqualTo("ACTIVE");
  }

  /** The stage of the customer holding the phone, as the API shows it (null: none). */
  private static String stage(ApiClient api, String phone) {
    JsonNode items = api.get("/api/v1/customers/lookup?phone=%2B86" + phone).json().get("items");
    return items.isEmpty() ? null : items.get(0).get("stage").asString();
  }

  /** Neither the page nor any of its buttons and links goes past the right edge of the screen. */
  private static void fitsTheScreen(Page page, String where) {
    Object overflow =
        page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) overflow).intValue())
        .as("horizontal overflow on " + where)
        .isLessThanOrEqualTo(0);
    Object cut =
        page.evaluate(
            """
            () => [...document.querySelectorAll('main .btn, main a, main select, main input')]
              .filter(e => e.getBoundingClientRect().width > 0 && !e.closest('.table-responsive'))
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .map(e => e.id || e.textContent.trim())""");
    assertThat((List<?>) cut).as("controls past the screen's edge on " + where).isEmpty();
  }

  private void signIn(Page page, int width, String username) {
    page.setViewportSize(width, width < 768 ? 844 : 800);
    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.waitForLoadState(LoadState.LOAD);
  }

  private String user(String language) {
    String username = "importzh" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new SaveUser(
            username,
            "Import " + username,
            username + "@example.com",
            null,
            orgUnits.tree().get(0).id(),
            null,
            language,
            Set.of(roles.byCode("ADMINISTRATOR").id()),
            true,
            PASSWORD,
            null));
    return username;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
