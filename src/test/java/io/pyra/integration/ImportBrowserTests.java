package io.pyra.integration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.PyraIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user imports a spreadsheet export with Chinese headers: mapping, dry run, import with progress,
 * errors.
 */
@BrowserTest
class ImportBrowserTests {

  @LocalServerPort int port;
  @TempDir Path directory;

  @Test
  void aUserMapsTheColumnsDryRunsImportsWatchingTheProgressAndDownloadsTheErrors(Page page)
      throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String good = "李雷" + suffix;
    Path file = directory.resolve("客户-" + suffix + ".csv");
    Files.writeString(
        file,
        "\uFEFF客户名称,手机,邮箱,说明\r\n"
            + good
            + ","
            + ImportFixtures.mobile()
            + ",li."
            + suffix
            + "@example.com,老客户\r\n"
            + "韩梅梅"
            + suffix
            + ","
            + ImportFixtures.mobile()
            + ",not-an-email,新客户\r\n",
        StandardCharsets.UTF_8);

    page.navigate("http://localhost:" + port + "/login");
    page.locator("#username").fill("admin");
    page.locator("#password").fill(PyraIntegrationTest.ADMIN_PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();

    page.navigate("http://localhost:" + port + "/imports");
    page.locator("#new-import").click();
    page.locator("#file").setInputFiles(file);
    page.locator("#entity").selectOption("customers");
    page.locator("#upload").click();

    assertThat(page.locator("#target-0")).hasValue("name");
    assertThat(page.locator("#target-1")).hasValue("phone");
    assertThat(page.locator("#target-2")).hasValue("email");
    assertThat(page.locator("#target-3")).hasValue("");
    page.locator("#target-3").selectOption("background");
    page.locator("#dry-run").click();

    assertThat(page.locator("#dry-run-rows")).isVisible();
    assertThat(page.locator("#count-create")).hasText("1");
    assertThat(page.locator("#count-error")).hasText("1");
    assertThat(page.locator("#row-2 .row-action")).hasText("Create");
    assertThat(page.locator("#row-3 .row-action")).hasText("Error");
    assertThat(page.locator("#row-3 .row-errors")).containsText("邮箱");

    page.locator("#import").click();
    assertThat(page.locator("#import-bar")).hasText("100%");
    assertThat(page.locator("#import-status")).hasText("Completed");
    assertThat(page.locator("#count-created")).hasText("1");
    assertThat(page.locator("#count-errors")).hasText("1");
    assertThat(page.locator("#import-progress")).not().hasAttribute("hx-trigger", "every 1s");

    Download download = page.waitForDownload(() -> page.locator("#errors-csv").click());
    String errors = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertThat(errors).contains("row,column,field,rule,reason");
    assertThat(errors).contains("3,邮箱");

    page.navigate("http://localhost:" + port + "/imports");
    assertThat(page.locator("#import-table")).containsText(file.getFileName().toString());
  }
}
