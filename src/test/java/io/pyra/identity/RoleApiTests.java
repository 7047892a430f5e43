package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Permission;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class RoleApiTests {

  private static final String ADMINISTRATOR_ID = "00000000-0000-7000-8000-000000000001";

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;

  private ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void createsACustomRoleWithItsGrants() {
    String code = TestStaff.code("COACH");
    ApiClient.Response created =
        admin.post(
            "/api/v1/roles",
            Map.of(
                "code",
                code,
                "name",
                "Coach",
                "description",
                "Coaches the front desk",
                "grants",
                Map.of("user.read", "SUBTREE", "org-unit.read", "ORG_UNIT")));

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/roles/" + id);
    ApiClient.Response read = admin.get("/api/v1/roles/" + id);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    JsonNode role = read.json();
    assertThat(role.get("code").asString()).isEqualTo(code);
    assertThat(role.get("name").asString()).isEqualTo("Coach");
    assertThat(role.get("description").asString()).isEqualTo("Coaches the front desk");
    assertThat(role.get("systemRole").asBoolean()).isFalse();
    assertThat(grants(role)).isEqualTo(Map.of("org-unit.read", "ORG_UNIT", "user.read", "SUBTREE"));
    assertThat(codes(admin.get("/api/v1/roles").json()))
        .contains(code, "ADMINISTRATOR", "FRONT_DESK");
  }

  @Test
  void changesTheGrantsWithTheETagAndRefusesAStaleChange() {
    String id = createRole(Map.of("user.read", "OWN"));
    String etag = admin.get("/api/v1/roles/" + id).header("ETag");

    ApiClient.Response changed =
        admin.patch(
            "/api/v1/roles/" + id,
            Map.of("grants", Map.of("user.read", "ALL", "user.manage", "ORG_UNIT")),
            etag);

    assertThat(changed.status()).isEqualTo(200);
    assertThat(grants(changed.json()))
        .isEqualTo(Map.of("user.read", "ALL", "user.manage", "ORG_UNIT"));
    String newEtag = changed.header("ETag");
    assertThat(newEtag).isNotEqualTo(etag);

    ApiClient.Response stale = admin.patch("/api/v1/roles/" + id, Map.of("grants", Map.of()), etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(admin.patch("/api/v1/roles/" + id, Map.of("name", "No tag"), null).status())
        .isEqualTo(428);

    ApiClient.Response after = admin.get("/api/v1/roles/" + id);
    assertThat(grants(after.json()))
        .isEqualTo(Map.of("user.read", "ALL", "user.manage", "ORG_UNIT"));
    assertThat(after.header("ETag")).isEqualTo(newEtag);
  }

  @Test
  void aChangeOfNameKeepsTheGrants() {
    String id = createRole(Map.of("audit.read", "ALL"));

    ApiClient.Response changed =
        admin.patch(
            "/api/v1/roles/" + id,
            Map.of("name", "Auditor"),
            admin.get("/api/v1/roles/" + id).header("ETag"));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("name").asString()).isEqualTo("Auditor");
    assertThat(grants(changed.json())).isEqualTo(Map.of("audit.read", "ALL"));
  }

  @Test
  void refusesDeletingARoleThatUsersHold() {
    String id = createRole(Map.of("user.read", "OWN"));
    String username = TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "FRONT_DESK", "en");
    UserAccount user = users.byUsername(username).orElseThrow();
    users.update(
        user.id(),
        new SaveUser(
            user.username(),
            user.displayName(),
            user.email(),
            null,
            user.orgUnitId(),
            null,
            "en",
            Set.of(UUID.fromString(id)),
            true,
            null,
            user.version()));

    ApiClient.Response response =
        admin.delete("/api/v1/roles/" + id, admin.get("/api/v1/roles/" + id).header("ETag"));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("in-use");
    assertThat(response.json().get("detail").asString()).contains("is still held by 1 user");
    assertThat(admin.get("/api/v1/roles/" + id).status()).isEqualTo(200);
  }

  @Test
  void refusesDeletingAShippedRole() {
    String id = roles.byCode("FRONT_DESK").id().toString();

    ApiClient.Response response =
        admin.delete("/api/v1/roles/" + id, admin.get("/api/v1/roles/" + id).header("ETag"));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("rule").asString())
        .isEqualTo("system-role");
    assertThat(response.json().get("detail").asString())
        .isEqualTo("Front desk is shipped with Pyra and cannot be deleted.");
    assertThat(admin.get("/api/v1/roles/" + id).status()).isEqualTo(200);
  }

  @Test
  void deletesAnUnusedCustomRole() {
    String id = createRole(Map.of());

    assertThat(admin.delete("/api/v1/roles/" + id, null).status()).isEqualTo(428);
    assertThat(admin.delete("/api/v1/roles/" + id, "\"99\"").status()).isEqualTo(412);
    assertThat(
            admin
                .delete("/api/v1/roles/" + id, admin.get("/api/v1/roles/" + id).header("ETag"))
                .status())
        .isEqualTo(204);
    assertThat(admin.get("/api/v1/roles/" + id).status()).isEqualTo(404);
  }

  @Test
  void refusesAnUnknownPermission() {
    String code = TestStaff.code("ROLE");
    ApiClient.Response response =
        admin.post(
            "/api/v1/roles",
            Map.of("code", code, "name", "Wizard", "grants", Map.of("magic.cast", "ALL")));

    assertThat(response.status()).isEqualTo(422);
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("grants");
    assertThat(error.get("rule").asString()).isEqualTo("unknown-permission");
    assertThat(error.get("message").asString()).isEqualTo("magic.cast is not a known permission.");
    assertThat(codes(admin.get("/api/v1/roles").json())).doesNotContain(code);
  }

  @Test
  void refusesAnUnknownScopeAs400NamingTheField() {
    ApiClient.Response response =
        admin.post(
            "/api/v1/roles",
            Map.of(
                "code",
                TestStaff.code("ROLE"),
                "name",
                "Everywhere",
                "grants",
                Map.of("user.read", "GALAXY")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asString())
        .isEqualTo("grants.user.read");
  }

  @Test
  void refusesADuplicateCode() {
    ApiClient.Response response =
        admin.post("/api/v1/roles", Map.of("code", "teacher", "name", "Another teacher"));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("unique");
  }

  @Test
  void theAdministratorsGrantsCannotBeReduced() {
    String etag = admin.get("/api/v1/roles/" + ADMINISTRATOR_ID).header("ETag");

    ApiClient.Response response =
        admin.patch(
            "/api/v1/roles/" + ADMINISTRATOR_ID,
            Map.of("grants", Map.of("user.read", "OWN")),
            etag);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("grants");
    assertThat(response.json().get("errors").get(0).get("rule").asString())
        .isEqualTo("administrator-all");
    ApiClient.Response after = admin.get("/api/v1/roles/" + ADMINISTRATOR_ID);
    assertThat(after.header("ETag")).isEqualTo(etag);
    assertThat(grants(after.json()))
        .hasSize(roles.catalogue().size())
        .allSatisfy((permission, scope) -> assertThat(scope).isEqualTo("ALL"));
  }

  @Test
  void listsThePermissionCatalogueWithLabels() {
    ApiClient.Response response = admin.get("/api/v1/permissions");

    assertThat(response.status()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    response.json().forEach(p -> codes.add(p.get("code").asString()));
    assertThat(codes)
        .containsExactlyElementsOf(roles.catalogue().stream().map(Permission::code).toList());
    assertThat(codes)
        .startsWith(
            "org-unit.read",
            "org-unit.manage",
            "role.read",
            "role.manage",
            "user.read",
            "user.manage",
            "audit.read");
    assertThat(response.json().get(0).get("label").asString()).isEqualTo("See org units");
    assertThat(response.json().get(0).get("resource").asString()).isEqualTo("org-unit");
  }

  @Test
  void aUserWhoMayOnlyReadRolesCannotChangeThem() {
    String username = TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "MANAGEMENT", "en");
    ApiClient manager = new ApiClient(port).signIn(username, TestStaff.PASSWORD);
    String code = TestStaff.code("ROLE");

    ApiClient.Response response =
        manager.post("/api/v1/roles", Map.of("code", code, "name", "Sneaky"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(manager.get("/api/v1/roles").status()).isEqualTo(200);
    assertThat(codes(admin.get("/api/v1/roles").json())).doesNotContain(code);
  }

  @Test
  void aUserWithoutRoleReadCannotListRoles() {
    String username = TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "TEACHER", "en");

    ApiClient.Response response =
        new ApiClient(port).signIn(username, TestStaff.PASSWORD).get("/api/v1/roles");

    assertThat(response.status()).isEqualTo(403);
  }

  private String createRole(Map<String, String> grants) {
    ApiClient.Response created =
        admin.post(
            "/api/v1/roles",
            Map.of("code", TestStaff.code("ROLE"), "name", "Role under test", "grants", grants));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private static Map<String, String> grants(JsonNode role) {
    Map<String, String> grants = new HashMap<>();
    role.get("grants").properties().forEach(e -> grants.put(e.getKey(), e.getValue().asString()));
    return grants;
  }

  private static List<String> codes(JsonNode list) {
    List<String> codes = new ArrayList<>();
    list.forEach(node -> codes.add(node.get("code").asString()));
    return codes;
  }
}
