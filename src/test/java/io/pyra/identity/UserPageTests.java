package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PyraIntegrationTest
class UserPageTests {

  static final String FRONT_DESK = UserApiTests.FRONT_DESK;
  static final String PASSWORD = UserApiTests.PASSWORD;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;

  @Test
  void anAdministratorCreatesAUserThroughTheFormAndFindsThemInTheList() {
    PageClient admin = admin();
    assertThat(
            admin.get("/admin/users/new").document().select("form#user-form input[name=username]"))
        .hasSize(1);
    String username = UserApiTests.unique("form");

    PageClient.Page saved = admin.post("/admin/users", form(username));

    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/admin/users");
    assertThat(admin.get("/admin/users").document().select("#flash-success").text())
        .contains(username);
    Document list =
        admin
            .get("/admin/users?q=" + username + "&roleId=" + FRONT_DESK + "&active=true")
            .document();
    Element row = list.select("#user-table tbody tr").first();
    assertThat(list.select("#user-table tbody tr")).hasSize(1);
    assertThat(row.select(".user-username").text()).isEqualTo(username);
    assertThat(row.text())
        .contains(
            "Person " + username,
            username + "@example.com",
            "+8613800138000",
            root().name(),
            "Front desk",
            "Active");
    assertThat(
            admin
                .get("/admin/users?q=" + username + "&active=false")
                .document()
                .select("#no-users"))
        .hasSize(1);
  }

  @Test
  void anHtmxRequestGetsOnlyTheResultsFragment() throws Exception {
    String username = create(UserApiTests.unique("htmx"));

    HttpResponse<String> fragment = htmxGet("/admin/users?q=" + username);

    assertThat(fragment.statusCode()).isEqualTo(200);
    Document body = Jsoup.parseBodyFragment(fragment.body());
    assertThat(fragment.body()).doesNotContain("<html", "<nav", "user-filter");
    assertThat(body.select("#results")).hasSize(1);
    assertThat(body.select("#results .user-username").text()).isEqualTo(username);
    Document page = admin().get("/admin/users?q=" + username).document();
    assertThat(page.select("nav.navbar")).hasSize(1);
    assertThat(page.select("form#user-filter")).hasSize(1);
    assertThat(page.select("#results .user-username").text()).isEqualTo(username);
  }

  @Test
  void aDuplicateUsernameIsShownNextToTheField() {
    String username = create(UserApiTests.unique("taken"));
    PageClient admin = admin();
    admin.get("/admin/users/new");
    Map<String, String> fields = form(username);
    fields.put("email", UserApiTests.unique("another") + "@example.com");

    PageClient.Page page = admin.post("/admin/users", fields);

    assertThat(page.status()).isEqualTo(200);
    Document document = page.document();
    assertThat(document.select("#username-error").text())
        .isEqualTo("The username " + username + " is already taken.");
    assertThat(document.select("input[name=username]").hasClass("is-invalid")).isTrue();
    assertThat(document.select("input[name=displayName]").val()).isEqualTo("Person " + username);
  }

  @Test
  void aStaleEditShowsTheConflictMessageAndOverwritesNothing() {
    String username = create(UserApiTests.unique("stale"));
    UUID id = users.byUsername(username).orElseThrow().id();
    PageClient first = admin();
    PageClient second = admin();
    Document firstForm = first.get("/admin/users/" + id + "/edit").document();
    Document secondForm = second.get("/admin/users/" + id + "/edit").document();
    assertThat(first.post("/admin/users/" + id, edit(firstForm, "Saved First", true)).status())
        .isEqualTo(302);

    PageClient.Page stale =
        second.post("/admin/users/" + id, edit(secondForm, "Saved Second", true));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.document().select(".alert-danger").text()).contains("changed by someone else");
    assertThat(users.get(id).displayName()).isEqualTo("Saved First");
  }

  @Test
  void aNewUserSignsInWithThePasswordTheAdministratorSet() {
    String username = UserApiTests.unique("signin");
    PageClient admin = admin();
    admin.get("/admin/users/new");
    assertThat(admin.post("/admin/users", form(username)).status()).isEqualTo(302);

    PageClient newcomer = new PageClient(port).signIn(username, PASSWORD);

    assertThat(newcomer.get("/").document().select("#welcome").text())
        .contains("Person " + username);
  }

  @Test
  void aDeactivatedUserCannotSignIn() {
    String username = create(UserApiTests.unique("leaver"));
    UUID id = users.byUsername(username).orElseThrow().id();
    PageClient admin = admin();
    Document form = admin.get("/admin/users/" + id + "/edit").document();
    assertThat(admin.post("/admin/users/" + id, edit(form, "Person " + username, false)).status())
        .isEqualTo(302);
    assertThat(users.get(id).active()).isFalse();

    PageClient leaver = new PageClient(port);
    leaver.get("/login");
    PageClient.Page refused =
        leaver.post("/login", Map.of("username", username, "password", PASSWORD));

    assertThat(refused.location()).contains("/login?error");
    assertThat(leaver.get("/login").document().select("#login-error").text())
        .isEqualTo("This account is deactivated. Ask your administrator.");
  }

  @Test
  void aUserWithoutUserManageCannotOpenTheForm() {
    String username = create(UserApiTests.unique("nomanage"));
    PageClient desk = new PageClient(port).signIn(username, PASSWORD);

    assertThat(desk.get("/admin/users/new").status()).isEqualTo(403);
    assertThat(desk.get("/admin/users").status()).isEqualTo(200);
  }

  // --- helpers ---

  private String create(String username) {
    users.create(
        new SaveUser(
            username,
            "Person " + username,
            username + "@example.com",
            null,
            root().id(),
            null,
            "en",
            Set.of(UUID.fromString(FRONT_DESK)),
            true,
            PASSWORD,
            null));
    return username;
  }

  private Map<String, String> form(String username) {
    Map<String, String> fields = new HashMap<>();
    fields.put("username", username);
    fields.put("displayName", "Person " + username);
    fields.put("email", username + "@example.com");
    fields.put("phone", "138 0013 8000");
    fields.put("orgUnitId", root().id().toString());
    fields.put("supervisorId", "");
    fields.put("locale", "en");
    fields.put("roleIds", FRONT_DESK);
    fields.put("_roleIds", "on");
    fields.put("active", "true");
    fields.put("_active", "on");
    fields.put("password", PASSWORD);
    fields.put("version", "");
    return fields;
  }

  /**
   * The edit form as the browser would send it back, with a new name and the active box ticked or
   * not.
   */
  private static Map<String, String> edit(Document form, String displayName, boolean active) {
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
    fields.put("displayName", displayName);
    if (active) {
      fields.put("active", "true");
    } else {
      fields.remove("active");
    }
    return fields;
  }

  private PageClient admin() {
    return new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private OrgUnit root() {
    return orgUnits.tree().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
  }

  /**
   * A GET as htmx sends it ({@code HX-Request: true}), in a session signed in as the administrator.
   */
  private HttpResponse<String> htmxGet(String path) throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://localhost:" + port;
    String login =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String csrf = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
    String form =
        "username=admin&password="
            + URLEncoder.encode(PyraIntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("HX-Request", "true")
            .header("Accept-Language", "en")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
