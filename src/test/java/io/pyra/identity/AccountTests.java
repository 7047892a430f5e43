package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class AccountTests {

  static final UUID FRONT_DESK = UUID.fromString("00000000-0000-7000-8000-000000000004");
  static final String PASSWORD = OrgFixtures.PASSWORD;

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired OrgUnitService orgUnits;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void refusesAWrongCurrentPasswordNextToTheField() {
    UserAccount user = newUser();
    PageClient page = signedIn(user);
    page.get("/account");

    PageClient.Page result =
        page.post(
            "/account/password",
            Map.of(
                "currentPassword",
                "not-my-password",
                "newPassword",
                "Brand-New-Secret-2",
                "repeatPassword",
                "Brand-New-Secret-2"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.document().select("#currentPassword-error").text())
        .isEqualTo("The current password is wrong.");
    assertThat(result.document().select("#currentPassword").hasClass("is-invalid")).isTrue();
    assertSignInWorks(user.username(), PASSWORD);
  }

  @Test
  void refusesATooShortNewPasswordNextToTheField() {
    UserAccount user = newUser();
    PageClient page = signedIn(user);
    page.get("/account");

    PageClient.Page result =
        page.post(
            "/account/password",
            Map.of("currentPassword", PASSWORD, "newPassword", "short", "repeatPassword", "short"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.document().select("#newPassword-error").text())
        .isEqualTo("The password must be at least 10 characters long.");
    assertThat(result.document().select("#currentPassword-error")).isEmpty();
    assertSignInWorks(user.username(), PASSWORD);
  }

  @Test
  void refusesANewPasswordThatTheRepeatDoesNotMatch() {
    UserAccount user = newUser();
    PageClient page = signedIn(user);
    page.get("/account");

    PageClient.Page result =
        page.post(
            "/account/password",
            Map.of(
                "currentPassword",
                PASSWORD,
                "newPassword",
                "Brand-New-Secret-2",
                "repeatPassword",
                "Brand-New-Secret-3"));

    assertThat(result.document().select("#repeatPassword-error").text())
        .isEqualTo("The two new passwords do not match.");
    assertSignInWorks(user.username(), PASSWORD);
  }

  @Test
  void afterAPasswordChangeTheOldPasswordFailsAndTheNewOneWorks() {
    UserAccount user = newUser();
    PageClient page = signedIn(user);
    page.get("/account");

    PageClient.Page result =
        page.post(
            "/account/password",
            Map.of(
                "currentPassword",
                PASSWORD,
                "newPassword",
                "Brand-New-Secret-2",
                "repeatPassword",
                "Brand-New-Secret-2"));

    assertThat(result.status()).isEqualTo(302);
    assertThat(result.location()).endsWith("/account");
    assertThat(page.get("/account").document().select("#flash-success").text())
        .isEqualTo("Your password has been changed.");
    PageClient.Page old = signInAttempt(user.username(), PASSWORD);
    assertThat(old.location()).contains("/login?error");
    assertSignInWorks(user.username(), "Brand-New-Secret-2");
  }

  @Test
  void accountPageShowsTheProfile() {
    UserAccount user = newUser();
    Document account = signedIn(user).get("/account").document();

    assertThat(account.select("#profile-username").text()).isEqualTo(user.username());
    assertThat(account.select("#profile-email").text()).isEqualTo(user.email());
    assertThat(account.select("#profile-roles").text()).isEqualTo("Front desk");
    assertThat(account.select("#preferred-locale option[selected]").val()).isEqualTo("en");
  }

  @Test
  void switchingToChineseMakesTheNextPageChineseAndSurvivesSigningOutAndIn() {
    UserAccount user = newUser();
    PageClient page = signedIn(user);
    assertThat(page.get("/").document().select("#welcome").text()).startsWith("Welcome");

    PageClient.Page switched = page.post("/account/locale", Map.of("locale", "zh-CN"));

    assertThat(switched.status()).isEqualTo(302);
    Document home = page.get("/").document();
    assertThat(home.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(home.select("#welcome").text()).startsWith("\u6b22\u8fce");
    assertThat(users.get(user.id()).locale()).isEqualTo("zh-CN");

    page.post("/logout", Map.of());
    PageClient again = signedIn(user);
    assertThat(again.get("/").document().select("#welcome").text()).startsWith("\u6b22\u8fce");

    again.post("/account/locale", Map.of("locale", "en"));
    assertThat(again.get("/account").document().select("h1").text()).isEqualTo("My account");
  }

  @Test
  void anUnknownLanguageChangesNothing() {
    UserAccount user = newUser();
    PageClient page = signedIn(user);
    page.get("/");

    PageClient.Page result = page.post("/account/locale", Map.of("locale", "fr"));

    assertThat(result.status()).isEqualTo(302);
    assertThat(users.get(user.id()).locale()).isEqualTo("en");
    assertThat(page.get("/").document().select("#welcome").text()).startsWith("Welcome");
  }

  @Test
  void aTokenCreatedOnThePageIsShownOnceWorksUntilRevoked() {
    UserAccount user = newUser();
    PageClient page = signedIn(user);
    page.get("/account/tokens");

    PageClient.Page created =
        page.post("/account/tokens", Map.of("name", "Nightly export", "lifetimeDays", "30"));

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.header("Cache-Control")).contains("no-store");
    Document result = created.document();
    String secret = result.select("#token-secret").val();
    assertThat(secret).startsWith("pyra_");
    assertThat(result.select("#token-once").text()).contains("shown only this once");

    ApiClient api = new ApiClient(port).withToken(secret);
    ApiClient.Response me = api.get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isEqualTo(user.username());

    Document list = page.get("/account/tokens").document();
    Element row = list.select("tr.token:has(td.token-name:containsOwn(Nightly export))").first();
    assertThat(row).isNotNull();
    assertThat(row.select(".token-prefix").text()).isEqualTo(secret.substring(0, 12));
    assertThat(row.attr("data-status")).isEqualTo("ACTIVE");
    assertThat(row.select(".token-last-used").text()).isNotEqualTo("Never");
    assertThat(list.body().text()).doesNotContain(secret);
    String id = row.id().substring("token-".length());

    PageClient.Page revoked = page.post("/account/tokens/" + id + "/revoke", Map.of());

    assertThat(revoked.status()).isEqualTo(302);
    assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    Element after = page.get("/account/tokens").document().getElementById("token-" + id);
    assertThat(after.attr("data-status")).isEqualTo("REVOKED");
    assertThat(after.select("button.token-revoke")).isEmpty();
  }

  @Test
  void aTokenLifetimeOutsideOneTo366DaysIsRefusedOnThePage() {
    UserAccount user = newUser();
    PageClient page = signedIn(user);
    page.get("/account/tokens");

    Document result =
        page.post("/account/tokens", Map.of("name", "Too long", "lifetimeDays", "400")).document();

    assertThat(result.select("#lifetimeDays-error").text())
        .isEqualTo("A token is valid for 1 to 366 days.");
    assertThat(result.select("#token-secret")).isEmpty();
    assertThat(page.get("/account/tokens").document().select("td.token-name:containsOwn(Too long)"))
        .isEmpty();
  }

  @Test
  void aTokenCreatedThroughTheApiWorksUntilRevoked() {
    UserAccount user = newUser();
    ApiClient session = new ApiClient(port).signIn(user.username(), PASSWORD);

    ApiClient.Response created =
        session.post("/api/v1/me/tokens", Map.of("name", "CI", "lifetimeDays", 7));

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asString();
    String secret = created.json().get("token").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/me/tokens/" + id);
    assertThat(Instant.parse(created.json().get("expiresAt").asString()))
        .isBetween(
            Instant.now().plusSeconds(7 * 86400 - 60), Instant.now().plusSeconds(7 * 86400 + 60));

    ApiClient token = new ApiClient(port).withToken(secret);
    assertThat(token.get("/api/v1/me").status()).isEqualTo(200);
    JsonNode listed = session.get("/api/v1/me/tokens").json();
    assertThat(listed.valueStream().map(t -> t.get("id").asString())).contains(id);
    assertThat(session.get("/api/v1/me/tokens").body()).doesNotContain(secret);
    assertThat(session.get("/api/v1/me/tokens/" + id).json().get("status").asString())
        .isEqualTo("ACTIVE");

    assertThat(session.delete("/api/v1/me/tokens/" + id, null).status()).isEqualTo(204);

    ApiClient.Response refused = token.get("/api/v1/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(session.get("/api/v1/me/tokens/" + id).json().get("status").asString())
        .isEqualTo("REVOKED");
  }

  @Test
  void anExpiredTokenIsRefused() {
    UserAccount user = newUser();
    ApiClient session = new ApiClient(port).signIn(user.username(), PASSWORD);
    ApiClient.Response created =
        session.post("/api/v1/me/tokens", Map.of("name", "Short-lived", "lifetimeDays", 1));
    ApiClient token = new ApiClient(port).withToken(created.json().get("token").asString());
    assertThat(token.get("/api/v1/me").status()).isEqualTo(200);

    jdbc.sql("update identity_api_token set expires_at = ? where id = ?")
        .params(
            SqlTime.utc(Instant.now().minusSeconds(60)),
            UUID.fromString(created.json().get("id").asString()))
        .update();

    assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(
            session
                .get("/api/v1/me/tokens/" + created.json().get("id").asString())
                .json()
                .get("status")
                .asString())
        .isEqualTo("EXPIRED");
  }

  @Test
  void tokenCreationBreakingARuleAnswers422WithTheField() {
    ApiClient session = new ApiClient(port).signIn(newUser().username(), PASSWORD);

    ApiClient.Response tooLong =
        session.post("/api/v1/me/tokens", Map.of("name", "x", "lifetimeDays", 367));
    ApiClient.Response noName = session.post("/api/v1/me/tokens", Map.of("lifetimeDays", 3));

    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.json().get("errors").get(0).get("field").asString())
        .isEqualTo("lifetimeDays");
    assertThat(noName.status()).isEqualTo(422);
    assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
  }

  @Test
  void nobodyCanRevokeSomeoneElsesToken() {
    ApiClient owner = new ApiClient(port).signIn(newUser().username(), PASSWORD);
    String id =
        owner
            .post("/api/v1/me/tokens", Map.of("name", "Mine", "lifetimeDays", 3))
            .json()
            .get("id")
            .asString();
    ApiClient other = new ApiClient(port).signIn(newUser().username(), PASSWORD);

    assertThat(other.delete("/api/v1/me/tokens/" + id, null).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/me/tokens/" + id).status()).isEqualTo(404);
    assertThat(owner.get("/api/v1/me/tokens/" + id).json().get("status").asString())
        .isEqualTo("ACTIVE");
  }

  private List<String> frontDeskGrants() {
    return jdbc.sql(
            """
            select rp.permission_code || ':' || rp.scope from identity_role_permission rp
              join identity_role r on r.id = rp.role_id where r.code = 'FRONT_DESK'""")
        .query(String.class)
        .list();
  }

  @Test
  void meDescribesTheCallerWithRolesAndScopedPermissions() {
    UserAccount user = newUser();

    JsonNode me = new ApiClient(port).signIn(user.username(), PASSWORD).get("/api/v1/me").json();

    assertThat(me.get("id").asString()).isEqualTo(user.id().toString());
    assertThat(me.get("displayName").asString()).isEqualTo(user.displayName());
    assertThat(me.get("email").asString()).isEqualTo(user.email());
    assertThat(me.get("orgUnitId").asString()).isEqualTo(user.orgUnitId().toString());
    assertThat(me.get("locale").asString()).isEqualTo("en");
    assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("FRONT_DESK");
    assertThat(
            me.get("permissions")
                .valueStream()
                .map(p -> p.get("permission").asString() + ":" + p.get("scope").asString()))
        .containsExactlyInAnyOrderElementsOf(frontDeskGrants());
  }

  @Test
  void tokenEndpointsNeedASignedInCaller() {
    assertThat(new ApiClient(port).get("/api/v1/me").status()).isEqualTo(401);
    assertThat(
            new ApiClient(port)
                .post("/api/v1/me/tokens", Map.of("name", "x", "lifetimeDays", 1))
                .status())
        .isEqualTo(401);
  }

  private UserAccount newUser() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    return org.member(org.root()).roleIds(FRONT_DESK).usernameStartingWith("acct-").create();
  }

  private PageClient signedIn(UserAccount user) {
    return new PageClient(port).signIn(user.username(), PASSWORD);
  }

  private PageClient.Page signInAttempt(String username, String password) {
    PageClient page = new PageClient(port);
    page.get("/login");
    return page.post("/login", Map.of("username", username, "password", password));
  }

  private void assertSignInWorks(String username, String password) {
    PageClient.Page result = signInAttempt(username, password);
    assertThat(result.status()).isEqualTo(302);
    assertThat(result.location()).doesNotContain("error");
  }
}
