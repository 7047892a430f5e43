package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A changed password or a deactivation shuts every other door: the user's other page sessions (kept
 * in the database, so on every node) and their API tokens stop working at once.
 */
@PyraIntegrationTest
class AccessRevocationTests {

  static final String NEW_PASSWORD = "Fresh-Harbour-77";

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;

  private String username;
  private UUID id;

  @BeforeEach
  void aFrontDeskUser() {
    username = TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "FRONT_DESK", "en");
    id = users.byUsername(username).orElseThrow().id();
  }

  @Test
  void anAdministratorsResetOverTheApiEndsTheUsersSessionsAndAllTheirTokens() {
    Access access = signedInEverywhere();
    ApiClient admin = admin();

    ApiClient.Response reset =
        admin.patch("/api/v1/users/" + id, Map.of("password", NEW_PASSWORD), etag(admin));

    assertThat(reset.status()).isEqualTo(200);
    assertThat(sessionWorks(access.firstSession())).isFalse();
    assertThat(sessionWorks(access.secondSession())).isFalse();
    assertThat(tokenWorks(access.signInToken())).isFalse();
    assertThat(tokenWorks(access.personalToken())).isFalse();
    assertThat(sessionWorks(new PageClient(port).signIn(username, NEW_PASSWORD))).isTrue();
    JsonNode entry = revocation(admin);
    assertThat(change(entry, "reason")).isEqualTo("PASSWORD_RESET");
    assertThat(change(entry, "tokensRevoked")).isEqualTo("2");
    assertThat(change(entry, "sessionsEnded")).isEqualTo("2");
    assertThat(entry.get("actorName").asString()).isEqualTo("admin");
  }

  @Test
  void anAdministratorsResetOnTheUserFormEndsTheUsersSessionsAndAllTheirTokens() {
    Access access = signedInEverywhere();
    PageClient admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Map<String, String> fields = formFields(admin.get("/admin/users/" + id + "/edit").document());
    fields.put("password", NEW_PASSWORD);

    PageClient.Page saved = admin.post("/admin/users/" + id, fields);

    assertThat(saved.status()).isEqualTo(302);
    assertThat(sessionWorks(access.firstSession())).isFalse();
    assertThat(sessionWorks(access.secondSession())).isFalse();
    assertThat(tokenWorks(access.signInToken())).isFalse();
    assertThat(tokenWorks(access.personalToken())).isFalse();
    assertThat(sessionWorks(admin)).isTrue();
    assertThat(change(revocation(admin()), "reason")).isEqualTo("PASSWORD_RESET");
  }

  @Test
  void aSaveOfTheUserFormWithoutANewPasswordSignsNobodyOut() {
    Access access = signedInEverywhere();
    PageClient admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Map<String, String> fields = formFields(admin.get("/admin/users/" + id + "/edit").document());
    fields.put("displayName", "Renamed " + username);

    assertThat(admin.post("/admin/users/" + id, fields).status()).isEqualTo(302);

    assertThat(sessionWorks(access.firstSession())).isTrue();
    assertThat(tokenWorks(access.signInToken())).isTrue();
    assertThat(tokenWorks(access.personalToken())).isTrue();
  }

  @Test
  void changingOnesOwnPasswordOnTheAccountPageKeepsThisSessionAndEndsTheOthersAndEveryToken() {
    Access access = signedInEverywhere();
    PageClient here = access.firstSession();
    Document account = here.get("/account").document();
    assertThat(account.select("#keepPersonalTokens").hasAttr("checked")).isFalse();

    PageClient.Page changed =
        here.post(
            "/account/password",
            Map.of(
                "currentPassword",
                TestStaff.PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "repeatPassword",
                NEW_PASSWORD));

    assertThat(changed.status()).isEqualTo(302);
    assertThat(sessionWorks(here)).isTrue();
    assertThat(sessionWorks(access.secondSession())).isFalse();
    assertThat(tokenWorks(access.signInToken())).isFalse();
    assertThat(tokenWorks(access.personalToken())).isFalse();
    JsonNode entry = revocation(admin());
    assertThat(change(entry, "reason")).isEqualTo("PASSWORD_CHANGED");
    assertThat(change(entry, "sessionsEnded")).isEqualTo("1");
    assertThat(change(entry, "personalTokensKept")).isEqualTo("false");
    assertThat(entry.get("actorName").asString()).isEqualTo(username);
  }

  @Test
  void whoChoosesToKeepTheirOwnTokensOnTheAccountPageKeepsThemButNotTheSignInTokens() {
    Access access = signedInEverywhere();
    PageClient here = access.firstSession();
    here.get("/account");

    PageClient.Page changed =
        here.post(
            "/account/password",
            Map.of(
                "currentPassword",
                TestStaff.PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "repeatPassword",
                NEW_PASSWORD,
                "keepPersonalTokens",
                "true"));

    assertThat(changed.status()).isEqualTo(302);
    assertThat(sessionWorks(here)).isTrue();
    assertThat(sessionWorks(access.secondSession())).isFalse();
    assertThat(tokenWorks(access.signInToken())).isFalse();
    assertThat(tokenWorks(access.personalToken())).isTrue();
    assertThat(change(revocation(admin()), "personalTokensKept")).isEqualTo("true");
  }

  @Test
  void aRefusedChangeOfPasswordSignsNobodyOut() {
    Access access = signedInEverywhere();
    PageClient here = access.firstSession();
    here.get("/account");

    PageClient.Page refused =
        here.post(
            "/account/password",
            Map.of(
                "currentPassword",
                "not-the-password",
                "newPassword",
                NEW_PASSWORD,
                "repeatPassword",
                NEW_PASSWORD));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(sessionWorks(access.secondSession())).isTrue();
    assertThat(tokenWorks(access.signInToken())).isTrue();
    assertThat(tokenWorks(access.personalToken())).isTrue();
  }

  @Test
  void changingOnesOwnPasswordOverTheApiKeepsTheOwnTokensWhenAskedAndEndsSessionsAndSignInTokens() {
    Access access = signedInEverywhere();
    ApiClient script = new ApiClient(port).withToken(access.personalToken());

    ApiClient.Response changed =
        script.post(
            "/api/v1/me/password",
            Map.of(
                "currentPassword",
                TestStaff.PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "keepPersonalTokens",
                true));

    assertThat(changed.status()).isEqualTo(204);
    assertThat(tokenWorks(access.personalToken())).isTrue();
    assertThat(tokenWorks(access.signInToken())).isFalse();
    assertThat(sessionWorks(access.firstSession())).isFalse();
    assertThat(sessionWorks(access.secondSession())).isFalse();
    assertThat(change(revocation(admin()), "reason")).isEqualTo("PASSWORD_CHANGED");
  }

  @Test
  void changingOnesOwnPasswordOverTheApiEndsEveryTokenByDefaultTheCallersToo() {
    Access access = signedInEverywhere();
    ApiClient script = new ApiClient(port).withToken(access.signInToken());

    ApiClient.Response changed =
        script.post(
            "/api/v1/me/password",
            Map.of("currentPassword", TestStaff.PASSWORD, "newPassword", NEW_PASSWORD));

    assertThat(changed.status()).isEqualTo(204);
    assertThat(tokenWorks(access.signInToken())).isFalse();
    assertThat(tokenWorks(access.personalToken())).isFalse();
    assertThat(sessionWorks(access.firstSession())).isFalse();
    assertThat(new ApiClient(port).signIn(username, NEW_PASSWORD).get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void aWrongCurrentPasswordOverTheApiIsA422NamingTheFieldAndEndsNothing() {
    Access access = signedInEverywhere();

    ApiClient.Response refused =
        new ApiClient(port)
            .withToken(access.signInToken())
            .post(
                "/api/v1/me/password",
                Map.of("currentPassword", "not-the-password", "newPassword", NEW_PASSWORD));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.body()).contains("currentPassword");
    assertThat(tokenWorks(access.signInToken())).isTrue();
    assertThat(tokenWorks(access.personalToken())).isTrue();
    assertThat(sessionWorks(access.firstSession())).isTrue();
  }

  @Test
  void guessingTheCurrentPasswordWithAStolenTokenIsThrottledLikeSigningIn() {
    Access access = signedInEverywhere();
    ApiClient thief = new ApiClient(port).withToken(access.personalToken());
    for (int guess = 1; guess <= 5; guess++) {
      ApiClient.Response wrong =
          thief.post(
              "/api/v1/me/password",
              Map.of("currentPassword", "guess-number-" + guess, "newPassword", NEW_PASSWORD));
      assertThat(wrong.status()).isEqualTo(422);
      assertThat(wrong.body()).contains("currentPassword");
    }

    ApiClient.Response right =
        thief.post(
            "/api/v1/me/password",
            Map.of("currentPassword", TestStaff.PASSWORD, "newPassword", NEW_PASSWORD));

    assertThat(right.status()).isEqualTo(422);
    assertThat(right.body()).contains("throttled").contains("Too many wrong passwords");
    assertThat(tokenWorks(access.signInToken())).isTrue();
    assertThat(sessionWorks(access.secondSession())).isTrue();
    assertThat(
            new ApiClient(port)
                .post("/api/v1/auth/token", Map.of("username", username, "password", NEW_PASSWORD))
                .status())
        .isEqualTo(401);
  }

  @Test
  void deactivatingAUserEndsTheirSessionsAndTokensForGoodEvenWhenTheyAreActivatedAgain() {
    Access access = signedInEverywhere();
    ApiClient admin = admin();

    assertThat(admin.patch("/api/v1/users/" + id, Map.of("active", false), etag(admin)).status())
        .isEqualTo(200);
    assertThat(admin.patch("/api/v1/users/" + id, Map.of("active", true), etag(admin)).status())
        .isEqualTo(200);

    assertThat(sessionWorks(access.firstSession())).isFalse();
    assertThat(tokenWorks(access.signInToken())).isFalse();
    assertThat(tokenWorks(access.personalToken())).isFalse();
    assertThat(change(revocation(admin), "reason")).isEqualTo("DEACTIVATED");
  }

  /** Two page sessions (two browsers), a token from an API sign-in and a personal token. */
  private record Access(
      PageClient firstSession,
      PageClient secondSession,
      String signInToken,
      String personalToken) {}

  private Access signedInEverywhere() {
    PageClient first = new PageClient(port).signIn(username, TestStaff.PASSWORD);
    PageClient second = new PageClient(port).signIn(username, TestStaff.PASSWORD);
    ApiClient api = new ApiClient(port).signIn(username, TestStaff.PASSWORD);
    ApiClient.Response created =
        api.post("/api/v1/me/tokens", Map.of("name", "nightly script", "lifetimeDays", 30));
    assertThat(created.status()).isEqualTo(201);
    Access access = new Access(first, second, api.token(), created.json().get("token").asString());
    assertThat(sessionWorks(first)).isTrue();
    assertThat(sessionWorks(second)).isTrue();
    assertThat(tokenWorks(access.signInToken())).isTrue();
    assertThat(tokenWorks(access.personalToken())).isTrue();
    return access;
  }

  private static boolean sessionWorks(PageClient browser) {
    PageClient.Page account = browser.get("/account");
    return account.status() == 200 && account.document().select("#profile-username").size() == 1;
  }

  private boolean tokenWorks(String token) {
    return new ApiClient(port).withToken(token).get("/api/v1/me").status() == 200;
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private String etag(ApiClient admin) {
    return admin.get("/api/v1/users/" + id).header("ETag");
  }

  /** The newest audit entry that ended the user's access. */
  private JsonNode revocation(ApiClient admin) {
    JsonNode items = admin.get("/api/v1/audit?recordType=user&recordId=" + id).json().get("items");
    for (JsonNode item : items) {
      if ("ACCESS_REVOKED".equals(item.get("action").asString())) {
        return item;
      }
    }
    throw new AssertionError("no ACCESS_REVOKED entry for " + username + ": " + items);
  }

  private static String change(JsonNode entry, String field) {
    for (JsonNode change : entry.get("changes")) {
      if (field.equals(change.get("field").asString())) {
        return change.get("after").asString();
      }
    }
    throw new AssertionError("no change " + field + " in " + entry);
  }

  private static Map<String, String> formFields(Document form) {
    Map<String, String> fields = new HashMap<>();
    for (Element input : form.select("form#user-form input, form#user-form select")) {
      String name = input.attr("name");
      if (name.isEmpty() || "checkbox".equals(input.attr("type")) && !input.hasAttr("checked")) {
        continue;
      }
      fields.put(
          name,
          input.tagName().equals("select") ? input.select("option[selected]").val() : input.val());
    }
    return fields;
  }
}
