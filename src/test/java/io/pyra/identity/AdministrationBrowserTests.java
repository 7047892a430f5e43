package io.pyra.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.PyraIntegrationTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator sets up a branch and its principal; the principal sees only what the role
 * allows.
 */
@BrowserTest
class AdministrationBrowserTests {

  private static final String PASSWORD = "Branch-Lead-2026";

  @LocalServerPort int port;

  @Test
  void anAdministratorCreatesABranchAndItsPrincipalWhoSeesOnlyTheirBranch(Page page) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String branch = "Pudong Centre " + suffix;
    String username = "principal-" + suffix;

    signIn(page, "admin", PyraIntegrationTest.ADMIN_PASSWORD);
    page.locator("#nav-org-units").click();
    page.locator("#new-org-unit").click();
    selectByText(page.locator("#parentId"), "Head office");
    page.locator("#kind").selectOption("BRANCH");
    page.locator("#code").fill("PD-" + suffix);
    page.locator("#name").fill(branch);
    page.locator("#save").click();
    assertThat(page.locator("#org-units")).containsText(branch);

    page.locator("#nav-users").click();
    page.locator("#new-user").click();
    page.locator("#username").fill(username);
    page.locator("#displayName").fill("Li Principal " + suffix);
    page.locator("#email").fill(username + "@example.com");
    page.locator("#phone").fill("138 0013 8000");
    page.locator("#password").fill(PASSWORD);
    selectByText(page.locator("#orgUnitId"), branch);
    page.locator("#roles")
        .getByText("Centre principal", new Locator.GetByTextOptions().setExact(true))
        .click();
    page.locator("#save-user").click();
    assertThat(page.locator("#flash-success")).isVisible();
    assertThat(page.locator("#user-table")).containsText(username);

    page.locator("#sign-out").click();
    // the sign-out must reach the server before the next page is asked for, or it is cancelled
    assertThat(page.locator("#login-signed-out")).isVisible();
    signIn(page, username, PASSWORD);

    assertThat(page.locator("#welcome")).containsText("Li Principal");
    assertThat(page.locator("#nav-users")).isVisible();
    assertThat(page.locator("#nav-org-units")).isVisible();
    assertThat(page.locator("#nav-roles")).hasCount(0);
    assertThat(page.locator("#nav-audit")).hasCount(0);

    page.locator("#nav-users").click();
    assertThat(page.locator("#user-table")).containsText(username);
    assertThat(page.locator("#user-table")).not().containsText("admin@pyra.local");
    assertThat(page.locator("#new-user")).hasCount(0);

    page.locator("#nav-org-units").click();
    assertThat(page.locator("#org-units")).containsText(branch);
    assertThat(page.locator("#org-units")).not().containsText("Head office");

    page.navigate("http://localhost:" + port + "/admin/audit");
    assertThat(page.locator("#error-title")).hasText("Not allowed");
    page.navigate("http://localhost:" + port + "/admin/roles");
    assertThat(page.locator("#error-title")).hasText("Not allowed");
  }

  @Test
  void theLanguageChosenInTheMenuIsKeptForTheNextSignIn(Page page) {
    signIn(page, "admin", PyraIntegrationTest.ADMIN_PASSWORD);
    page.locator("#locale-switch").selectOption("zh-CN");
    assertThat(page.locator("#nav-users")).hasText("用户");

    page.locator("#sign-out").click();
    assertThat(page.locator("#login-signed-out")).isVisible();
    signIn(page, "admin", PyraIntegrationTest.ADMIN_PASSWORD);
    assertThat(page.locator("#welcome")).hasText(Pattern.compile("欢迎.*"));

    page.locator("#locale-switch").selectOption("en");
    assertThat(page.locator("#nav-users")).hasText("Users");
  }

  private void signIn(Page page, String username, String password) {
    page.navigate("http://localhost:" + port + "/login");
    page.locator("#username").fill(username);
    page.locator("#password").fill(password);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    // the page's script (deferred) handles the language menu: it has run once the document is
    // loaded
    page.waitForLoadState(LoadState.DOMCONTENTLOADED);
  }

  private static void selectByText(Locator select, String text) {
    String value =
        select
            .locator("option", new Locator.LocatorOptions().setHasText(text))
            .first()
            .getAttribute("value");
    select.selectOption(value);
  }
}
