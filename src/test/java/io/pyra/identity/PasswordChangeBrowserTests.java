package io.pyra.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.PageClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user who fears their password is known changes it, keeping the token of their nightly script:
 * they stay signed in here, and every other way in with the old password is closed.
 */
@BrowserTest
class PasswordChangeBrowserTests {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;

  @Test
  void aUserChangesTheirPasswordKeepingTheirOwnTokenAndIsSignedOutEverywhereElse(Page page) {
    String username = TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "FRONT_DESK", "en");
    PageClient elsewhere = new PageClient(port).signIn(username, TestStaff.PASSWORD);
    ApiClient api = new ApiClient(port).signIn(username, TestStaff.PASSWORD);
    String scriptToken =
        api.post("/api/v1/me/tokens", Map.of("name", "nightly script", "lifetimeDays", 30))
            .json()
            .get("token")
            .asString();

    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(TestStaff.PASSWORD);
    page.locator("#sign-in").click();
    assertThat(page.locator("#welcome")).isVisible();
    page.navigate(url("/account"));
    assertThat(page.locator("#password-effect")).containsText("signs you out everywhere else");
    page.locator("#currentPassword").fill(TestStaff.PASSWORD);
    page.locator("#newPassword").fill(AccessRevocationTests.NEW_PASSWORD);
    page.locator("#repeatPassword").fill(AccessRevocationTests.NEW_PASSWORD);
    page.getByLabel("Keep the API tokens I created myself").check();
    page.locator("#change-password").click();

    assertThat(page.locator("#flash-success")).hasText("Your password has been changed.");
    page.navigate(url("/account"));
    assertThat(page.locator("#profile-username")).hasText(username);
    assertThat(elsewhere.get("/account").location()).endsWith("/login");
    assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(new ApiClient(port).withToken(scriptToken).get("/api/v1/me").status())
        .isEqualTo(200);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
