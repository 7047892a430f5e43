package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PyraIntegrationTest
class SignInTests {

  private static final String PASSWORD = OrgFixtures.PASSWORD;

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired OrgUnitService orgUnits;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void aUserSignsInAndOut() {
    UserAccount user = newUser();
    PageClient browser = new PageClient(port).signIn(user.username(), PASSWORD);

    assertThat(browser.get("/").document().select("#welcome").text()).contains(user.displayName());
    PageClient.Page signedOut = browser.post("/logout", Map.of());
    assertThat(signedOut.location()).endsWith("/login?signedOut");
    assertThat(browser.get("/").location()).endsWith("/login");
  }

  @Test
  void anIdleSessionExpires() {
    UserAccount user = newUser();
    PageClient browser = new PageClient(port).signIn(user.username(), PASSWORD);
    assertThat(browser.get("/").status()).isEqualTo(200);

    // an hour without a request, well past the 30-minute idle timeout
    jdbc.sql(
            "update spring_session set last_access_time = last_access_time - 3600000, expiry_time = expiry_time - 3600000"
                + " where principal_name = ?")
        .param(user.username())
        .update();

    assertThat(browser.get("/").location()).endsWith("/login");
  }

  @Test
  void anUnknownUserAndAWrongPasswordGetTheSameClearMessage() {
    UserAccount user = newUser();

    assertThat(refusal(user.username(), "wrong-password-1"))
        .isEqualTo("The username or password is wrong.");
    assertThat(refusal("nobody-" + UUID.randomUUID(), PASSWORD))
        .isEqualTo("The username or password is wrong.");
  }

  @Test
  void aDeactivatedUserIsToldSoOnlyWithTheRightPassword() {
    UserAccount user = newUser();
    users.update(
        user.id(),
        new SaveUser(
            null,
            user.displayName(),
            user.email(),
            null,
            user.orgUnitId(),
            null,
            null,
            null,
            false,
            null,
            user.version()));

    assertThat(refusal(user.username(), PASSWORD))
        .isEqualTo("This account is deactivated. Ask your administrator.");
    assertThat(refusal(user.username(), "wrong-password-1"))
        .isEqualTo("The username or password is wrong.");
  }

  @Test
  void fiveFailuresRefuseTheUsernameForFifteenMinutesEvenWithTheRightPassword() {
    UserAccount user = newUser();
    for (int i = 0; i < 4; i++) {
      assertThat(refusal(user.username(), "wrong-password-" + i))
          .isEqualTo("The username or password is wrong.");
    }
    assertThat(refusal(user.username(), "wrong-password-5"))
        .contains("Too many failed sign-ins")
        .contains("15 more minute");

    assertThat(refusal(user.username(), PASSWORD)).contains("Too many failed sign-ins");
    ApiClient.Response api =
        new ApiClient(port)
            .post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD));
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.json().get("detail").asString()).contains("Too many failed sign-ins");
  }

  @Test
  void theRefusalIsInChineseForAChineseBrowser() {
    PageClient browser = new PageClient(port).language("zh-CN,zh;q=0.9");
    browser.get("/login");
    browser.post("/login", Map.of("username", "nobody", "password", "nothing-at-all"));

    assertThat(browser.get("/login").document().select("#login-error").text())
        .isEqualTo("用户名或密码错误。");
  }

  private String refusal(String username, String password) {
    PageClient browser = new PageClient(port);
    browser.get("/login");
    PageClient.Page result =
        browser.post("/login", Map.of("username", username, "password", password));
    assertThat(result.location()).endsWith("/login?error");
    return browser.get("/login").document().select("#login-error").text();
  }

  private UserAccount newUser() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    return org.member(org.root()).usernameStartingWith("user").create();
  }
}
