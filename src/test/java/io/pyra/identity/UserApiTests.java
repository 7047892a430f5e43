package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class UserApiTests {

  static final String ADMINISTRATOR = "00000000-0000-7000-8000-000000000001";
  static final String CENTRE_PRINCIPAL = "00000000-0000-7000-8000-000000000003";
  static final String FRONT_DESK = "00000000-0000-7000-8000-000000000004";
  static final String PASSWORD = "Correct-Horse-42";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Test
  void createsAUserWithLocationAndETagAndNeverShowsThePasswordHash() {
    String username = unique("create");

    ApiClient.Response created =
        admin().post("/api/v1/users", user(username, root().id(), FRONT_DESK));

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/users/" + id);
    assertThat(created.header("ETag"))
        .isEqualTo("\"" + created.json().get("version").asLong() + "\"");
    assertThat(created.json().get("username").asString()).isEqualTo(username);
    assertThat(created.json().get("active").asBoolean()).isTrue();
    assertThat(created.json().get("roleIds").get(0).asString()).isEqualTo(FRONT_DESK);
    assertThat(created.body()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}");

    ApiClient.Response read = admin().get("/api/v1/users/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    assertThat(read.json().get("email").asString()).isEqualTo(username + "@example.com");
    assertThat(read.body()).doesNotContainIgnoringCase("password");
    assertThat(admin().get("/api/v1/users?q=" + username).body())
        .doesNotContainIgnoringCase("password");
  }

  @Test
  void refusesADuplicateUsernameAndStoresNothing() {
    String username = unique("dup");
    assertThat(admin().post("/api/v1/users", user(username, root().id())).status()).isEqualTo(201);
    long before = userCount();

    Map<String, Object> again = user(username.toUpperCase(Locale.ROOT), root().id());
    again.put("email", unique("other") + "@example.com");
    ApiClient.Response response = admin().post("/api/v1/users", again);

    assertThat(response.status()).isEqualTo(422);
    assertThat(errors(response)).containsEntry("username", "unique");
    assertThat(userCount()).isEqualTo(before);
  }

  @Test
  void refusesAnEmailThatAnotherUserHasInAnyCase() {
    String first = unique("mail");
    assertThat(admin().post("/api/v1/users", user(first, root().id())).status()).isEqualTo(201);

    Map<String, Object> second = user(unique("mail"), root().id());
    second.put("email", (first + "@Example.COM").toUpperCase(Locale.ROOT));
    ApiClient.Response response = admin().post("/api/v1/users", second);

    assertThat(response.status()).isEqualTo(422);
    assertThat(errors(response)).containsEntry("email", "unique");
  }

  @Test
  void refusesAnInvalidEmail() {
    Map<String, Object> body = user(unique("bad"), root().id());
    body.put("email", "not-an-address@");

    ApiClient.Response response = admin().post("/api/v1/users", body);

    assertThat(response.status()).isEqualTo(422);
    assertThat(errors(response)).containsEntry("email", "email");
  }

  @Test
  void refusesAnOrgUnitThatDoesNotExist() {
    ApiClient.Response response =
        admin().post("/api/v1/users", user(unique("nounit"), UUID.randomUUID()));

    assertThat(response.status()).isEqualTo(422);
    assertThat(errors(response)).containsKey("orgUnitId");
  }

  @Test
  void refusesAPhoneNumberThatCannotBeParsed() {
    Map<String, Object> body = user(unique("phone"), root().id());
    body.put("phone", "12ab-not-a-number");

    ApiClient.Response response = admin().post("/api/v1/users", body);

    assertThat(response.status()).isEqualTo(422);
    assertThat(errors(response)).containsEntry("phone", "phone");
  }

  @Test
  void storesThePhoneNumberInE164() {
    Map<String, Object> body = user(unique("e164"), root().id());
    body.put("phone", "138 0013 8000");

    ApiClient.Response response = admin().post("/api/v1/users", body);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().get("phone").asString()).isEqualTo("+8613800138000");
  }

  @Test
  void refusesAWeakPassword() {
    Map<String, Object> body = user(unique("weak"), root().id());
    body.put("password", "short");
    long before = userCount();

    ApiClient.Response response = admin().post("/api/v1/users", body);

    assertThat(response.status()).isEqualTo(422);
    assertThat(errors(response)).containsKey("password");
    assertThat(userCount()).isEqualTo(before);
  }

  @Test
  void patchChangesOnlyTheGivenFieldsAndANewPasswordWorks() {
    Map<String, Object> body = user(unique("patch"), root().id(), FRONT_DESK);
    body.put("phone", "13800138000");
    ApiClient.Response response = admin().post("/api/v1/users", body);
    JsonNode created = response.json();
    String id = created.get("id").asString();

    ApiClient.Response patched =
        admin()
            .patch(
                "/api/v1/users/" + id,
                Map.of("displayName", "Renamed Person", "password", "A-Brand-New-Secret-7"),
                response.header("ETag"));

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.header("ETag")).isNotEqualTo(response.header("ETag"));
    JsonNode user = patched.json();
    assertThat(user.get("displayName").asString()).isEqualTo("Renamed Person");
    assertThat(user.get("email").asString()).isEqualTo(created.get("email").asString());
    assertThat(user.get("phone").asString()).isEqualTo("+8613800138000");
    assertThat(user.get("roleIds").get(0).asString()).isEqualTo(FRONT_DESK);
    assertThat(user.get("active").asBoolean()).isTrue();
    assertThat(
            new ApiClient(port)
                .signIn(created.get("username").asString(), "A-Brand-New-Secret-7")
                .token())
        .isNotBlank();
  }

  @Test
  void refusesAStalePatchAndKeepsTheNewerChange() {
    ApiClient.Response created =
        admin().post("/api/v1/users", user(unique("stale"), root().id(), FRONT_DESK));
    String id = created.json().get("id").asString();
    ApiClient.Response first =
        admin()
            .patch(
                "/api/v1/users/" + id,
                Map.of("displayName", "First Change"),
                created.header("ETag"));
    assertThat(first.status()).isEqualTo(200);

    ApiClient.Response stale =
        admin()
            .patch(
                "/api/v1/users/" + id,
                Map.of("displayName", "Lost Change", "roleIds", List.of()),
                created.header("ETag"));

    assertThat(stale.status()).isEqualTo(412);
    ApiClient.Response read = admin().get("/api/v1/users/" + id);
    assertThat(read.json().get("displayName").asString()).isEqualTo("First Change");
    assertThat(read.json().get("roleIds").size()).isEqualTo(1);
    assertThat(read.header("ETag")).isEqualTo(first.header("ETag"));
  }

  @Test
  void patchWithoutIfMatchIsRefusedWith428() {
    String id =
        admin()
            .post("/api/v1/users", user(unique("nomatch"), root().id()))
            .json()
            .get("id")
            .asString();

    ApiClient.Response response =
        admin().patch("/api/v1/users/" + id, Map.of("displayName", "Changed"), null);

    assertThat(response.status()).isEqualTo(428);
    assertThat(admin().get("/api/v1/users/" + id).json().get("displayName").asString())
        .isNotEqualTo("Changed");
  }

  @Test
  void patchWithAnUnknownFieldIsA400() {
    String id =
        admin()
            .post("/api/v1/users", user(unique("unknown"), root().id()))
            .json()
            .get("id")
            .asString();

    ApiClient.Response response =
        admin().patch("/api/v1/users/" + id, Map.of("passwordHash", "x"), etag(id));

    assertThat(response.status()).isEqualTo(400);
    assertThat(errors(response)).containsEntry("passwordHash", "unknown-field");
  }

  @Test
  void refusesDeactivatingTheLastActiveAdministrator() {
    givenAdminIsTheOnlyActiveAdministrator(
        adminId -> {
          ApiClient.Response before = admin().get("/api/v1/users/" + adminId);

          ApiClient.Response response =
              admin()
                  .patch(
                      "/api/v1/users/" + adminId, Map.of("active", false), before.header("ETag"));

          assertThat(response.status()).isEqualTo(422);
          assertThat(errors(response)).containsEntry("active", "last-administrator");
          assertThat(response.json().get("detail").asString())
              .isEqualTo("This change would leave Pyra without an active administrator.");
          ApiClient.Response after = admin().get("/api/v1/users/" + adminId);
          assertThat(after.json().get("active").asBoolean()).isTrue();
          assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        });
  }

  @Test
  void refusesDroppingTheAdministratorRoleOfTheLastActiveAdministrator() {
    givenAdminIsTheOnlyActiveAdministrator(
        adminId -> {
          ApiClient.Response before = admin().get("/api/v1/users/" + adminId);

          ApiClient.Response response =
              admin()
                  .patch(
                      "/api/v1/users/" + adminId,
                      Map.of("roleIds", List.of(FRONT_DESK)),
                      before.header("ETag"));

          assertThat(response.status()).isEqualTo(422);
          assertThat(errors(response)).containsEntry("roleIds", "last-administrator");
          ApiClient.Response after = admin().get("/api/v1/users/" + adminId);
          assertThat(after.json().get("roleIds").get(0).asString()).isEqualTo(ADMINISTRATOR);
          assertThat(after.json().get("roleIds").size()).isEqualTo(1);
          assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        });
  }

  @Test
  void deactivatesAnAdministratorWhenAnotherOneRemains() {
    ApiClient.Response created =
        admin().post("/api/v1/users", user(unique("admin2"), root().id(), ADMINISTRATOR));
    String id = created.json().get("id").asString();

    ApiClient.Response response =
        admin().patch("/api/v1/users/" + id, Map.of("active", false), created.header("ETag"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("active").asBoolean()).isFalse();
  }

  @Test
  void aCentrePrincipalSeesOnlyTheUsersOfTheirBranchSubtree() {
    OrgUnit branch = unit(root(), OrgUnitKind.BRANCH);
    OrgUnit team = unit(branch, OrgUnitKind.TEAM);
    OrgUnit elsewhere = unit(root(), OrgUnitKind.BRANCH);
    String principal = unique("principal");
    String principalId = create(user(principal, branch.id(), CENTRE_PRINCIPAL));
    String memberId = create(user(unique("member"), team.id(), FRONT_DESK));
    String outsiderId = create(user(unique("outsider"), elsewhere.id(), FRONT_DESK));
    ApiClient client = new ApiClient(port).signIn(principal, PASSWORD);

    List<JsonNode> seen = allPages(client, "/api/v1/users?limit=2");

    List<String> ids = seen.stream().map(u -> u.get("id").asString()).toList();
    assertThat(ids).contains(principalId, memberId).doesNotContain(outsiderId);
    assertThat(seen)
        .allSatisfy(
            u ->
                assertThat(u.get("orgUnitId").asString())
                    .isIn(branch.id().toString(), team.id().toString()));
    assertThat(client.get("/api/v1/users/" + memberId).status()).isEqualTo(200);
    assertThat(client.get("/api/v1/users/" + outsiderId).status()).isEqualTo(404);
  }

  @Test
  void aFrontDeskUserMayNotCreateUsersAndNothingIsStored() {
    String frontDesk = unique("desk");
    create(user(frontDesk, root().id(), FRONT_DESK));
    ApiClient client = new ApiClient(port).signIn(frontDesk, PASSWORD);
    long before = userCount();
    String username = unique("refused");

    ApiClient.Response response = client.post("/api/v1/users", user(username, root().id()));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(userCount()).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from identity_user where username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aManagerScopedToTheirUnitIsRefusedOutsideItAndCannotSeeFurther() {
    OrgUnit branch = unit(root(), OrgUnitKind.BRANCH);
    OrgUnit team = unit(branch, OrgUnitKind.TEAM);
    OrgUnit elsewhere = unit(root(), OrgUnitKind.BRANCH);
    String code = "UNIT_HR_" + SEQUENCE.incrementAndGet() + "_" + suffix().toUpperCase(Locale.ROOT);
    UUID role =
        roles
            .create(
                new SaveRole(
                    code,
                    "Unit HR " + code,
                    null,
                    Map.of("user.read", Scope.SUBTREE, "user.manage", Scope.ORG_UNIT),
                    null))
            .id();
    String manager = unique("hr");
    create(user(manager, branch.id(), role.toString()));
    String colleagueId = create(user(unique("colleague"), branch.id()));
    String teamMemberId = create(user(unique("teammember"), team.id()));
    String outsiderId = create(user(unique("far"), elsewhere.id()));
    ApiClient client = new ApiClient(port).signIn(manager, PASSWORD);

    assertThat(
            client
                .patch(
                    "/api/v1/users/" + colleagueId,
                    Map.of("displayName", "Changed By HR"),
                    etag(colleagueId))
                .status())
        .isEqualTo(200);
    assertThat(
            client
                .patch(
                    "/api/v1/users/" + teamMemberId,
                    Map.of("displayName", "Not Allowed"),
                    etag(teamMemberId))
                .status())
        .isEqualTo(403);
    assertThat(
            client
                .patch(
                    "/api/v1/users/" + outsiderId,
                    Map.of("displayName", "Not Allowed"),
                    etag(outsiderId))
                .status())
        .isEqualTo(404);
    assertThat(
            client
                .patch(
                    "/api/v1/users/" + colleagueId,
                    Map.of("orgUnitId", team.id().toString()),
                    etag(colleagueId))
                .status())
        .isEqualTo(403);
    assertThat(client.post("/api/v1/users", user(unique("inteam"), team.id())).status())
        .isEqualTo(403);
    assertThat(client.post("/api/v1/users", user(unique("inbranch"), branch.id())).status())
        .isEqualTo(201);
    assertThat(admin().get("/api/v1/users/" + teamMemberId).json().get("displayName").asString())
        .isNotEqualTo("Not Allowed");
    assertThat(admin().get("/api/v1/users/" + colleagueId).json().get("orgUnitId").asString())
        .isEqualTo(branch.id().toString());
  }

  @Test
  void aUserManagerCannotGiveARoleThatGrantsMoreThanTheirOwn() {
    String code =
        "USER_ADMIN_" + SEQUENCE.incrementAndGet() + "_" + suffix().toUpperCase(Locale.ROOT);
    UUID role =
        roles
            .create(
                new SaveRole(
                    code,
                    "User admin " + code,
                    null,
                    Map.of("user.read", Scope.ALL, "user.manage", Scope.ALL),
                    null))
            .id();
    String manager = unique("useradmin");
    create(user(manager, root().id(), role.toString()));
    String colleague = create(user(unique("plain"), root().id()));
    ApiClient client = new ApiClient(port).signIn(manager, PASSWORD);
    long before = userCount();

    ApiClient.Response escalated =
        client.post(
            "/api/v1/users",
            user(unique("newadmin"), root().id(), "00000000-0000-7000-8000-000000000001"));
    ApiClient.Response raised =
        client.patch(
            "/api/v1/users/" + colleague,
            Map.of("roleIds", List.of("00000000-0000-7000-8000-000000000001")),
            etag(colleague));

    assertThat(escalated.status()).isEqualTo(422);
    assertThat(errors(escalated)).containsEntry("roleIds", "beyond-own-rights");
    assertThat(raised.status()).isEqualTo(422);
    assertThat(userCount()).isEqualTo(before);
    assertThat(admin().get("/api/v1/users/" + colleague).json().get("roleIds")).isEmpty();
    assertThat(
            client
                .post("/api/v1/users", user(unique("sameRights"), root().id(), role.toString()))
                .status())
        .isEqualTo(201);
  }

  @Test
  void listsByFilterInAStableOrderPageByPage() {
    OrgUnit branch = unit(root(), OrgUnitKind.BRANCH);
    String a = create(named(user(unique("pa"), branch.id(), FRONT_DESK), "Same Name"));
    String b = create(named(user(unique("pb"), branch.id()), "Same Name"));
    String c = create(named(user(unique("pc"), branch.id(), FRONT_DESK), "Another Name"));

    ApiClient.Response first = admin().get("/api/v1/users?orgUnitId=" + branch.id() + "&limit=2");
    assertThat(first.json().get("items").size()).isEqualTo(2);
    String cursor = first.json().get("nextCursor").asString();
    ApiClient.Response second =
        admin().get("/api/v1/users?orgUnitId=" + branch.id() + "&limit=2&cursor=" + cursor);

    List<String> ids = new ArrayList<>();
    first.json().get("items").forEach(u -> ids.add(u.get("id").asString()));
    second.json().get("items").forEach(u -> ids.add(u.get("id").asString()));
    assertThat(second.json().get("nextCursor").isNull()).isTrue();
    List<String> sameName = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    assertThat(ids).containsExactly(c, sameName.get(0), sameName.get(1));
    ApiClient.Response byRole =
        admin().get("/api/v1/users?orgUnitId=" + branch.id() + "&roleId=" + FRONT_DESK);
    assertThat(byRole.json().get("items").size()).isEqualTo(2);
    ApiClient.Response byText = admin().get("/api/v1/users?q=ANOTHER&orgUnitId=" + branch.id());
    assertThat(byText.json().get("items").get(0).get("id").asString()).isEqualTo(c);
    assertThat(byText.json().get("items").size()).isEqualTo(1);
  }

  // --- helpers ---

  private void givenAdminIsTheOnlyActiveAdministrator(java.util.function.Consumer<String> test) {
    String adminId =
        jdbc.sql("select id from identity_user where username = 'admin'")
            .query(UUID.class)
            .single()
            .toString();
    List<UUID> others =
        jdbc.sql(
                """
            select u.id from identity_user u join identity_user_role ur on ur.user_id = u.id
             where ur.role_id = ? and u.active = true and u.username <> 'admin'""")
            .param(UUID.fromString(ADMINISTRATOR))
            .query(UUID.class)
            .list();
    others.forEach(id -> setActive(id, false));
    try {
      test.accept(adminId);
    } finally {
      others.forEach(id -> setActive(id, true));
    }
  }

  private String etag(Object id) {
    return admin().get("/api/v1/users/" + id).header("ETag");
  }

  private void setActive(UUID id, boolean active) {
    String etag = admin().get("/api/v1/users/" + id).header("ETag");
    assertThat(admin().patch("/api/v1/users/" + id, Map.of("active", active), etag).status())
        .isEqualTo(200);
  }

  private List<JsonNode> allPages(ApiClient client, String path) {
    List<JsonNode> all = new ArrayList<>();
    String cursor = null;
    do {
      ApiClient.Response page = client.get(path + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).isEqualTo(200);
      page.json().get("items").forEach(all::add);
      JsonNode next = page.json().get("nextCursor");
      cursor = next == null || next.isNull() ? null : next.asString();
    } while (cursor != null);
    return all;
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private OrgUnit root() {
    return orgUnits.tree().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
  }

  private OrgUnit unit(OrgUnit parent, OrgUnitKind kind) {
    String code = "U" + SEQUENCE.incrementAndGet() + "-" + suffix().toUpperCase(Locale.ROOT);
    return orgUnits.create(
        new SaveOrgUnit(parent.id(), kind, code, "Unit " + code, "Asia/Shanghai", null));
  }

  private String create(Map<String, Object> body) {
    ApiClient.Response response = admin().post("/api/v1/users", body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  static Map<String, Object> user(String username, UUID orgUnitId, String... roleIds) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("displayName", "Person " + username);
    body.put("email", username + "@example.com");
    body.put("orgUnitId", orgUnitId.toString());
    body.put("locale", "en");
    body.put("roleIds", Set.of(roleIds));
    body.put("password", PASSWORD);
    return body;
  }

  private static Map<String, Object> named(Map<String, Object> body, String displayName) {
    body.put("displayName", displayName);
    return body;
  }

  private static Map<String, String> errors(ApiClient.Response response) {
    Map<String, String> errors = new LinkedHashMap<>();
    response
        .json()
        .get("errors")
        .forEach(e -> errors.put(e.get("field").asString(), e.get("rule").asString()));
    return errors;
  }

  private long userCount() {
    return jdbc.sql("select count(*) from identity_user").query(Long.class).single();
  }

  static String unique(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + suffix();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
