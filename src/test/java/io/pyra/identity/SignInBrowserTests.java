package io.pyra.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.pyra.testing.BrowserTest;
import io.pyra.testing.PyraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class SignInBrowserTests {

  @LocalServerPort int port;

  @Test
  void theAdministratorSignsInAndOut(Page page) {
    page.navigate("http://localhost:" + port + "/");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));

    page.locator("#username").fill("admin");
    page.locator("#password").fill(PyraIntegrationTest.ADMIN_PASSWORD);
    page.locator("#sign-in").click();

    assertThat(page.locator("#welcome")).hasText("Welcome, Administrator");
    page.locator("#sign-out").click();
    assertThat(page.locator("#login-signed-out")).isVisible();
  }

  @Test
  void theLoginPageSpeaksChineseOnRequest(Page page) {
    page.navigate("http://localhost:" + port + "/login");
    page.getByText("简体中文").click();

    assertThat(page.locator("#sign-in")).hasText("登录");
    page.locator("#username").fill("admin");
    page.locator("#password").fill("wrong-password-1");
    page.locator("#sign-in").click();
    assertThat(page.locator("#login-error")).hasText("用户名或密码错误。");
  }
}
