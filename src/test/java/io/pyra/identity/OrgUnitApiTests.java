package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class OrgUnitApiTests {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;

  private ApiClient admin;
  private String rootId;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    rootId = orgUnits.tree().get(0).id().toString();
  }

  @Test
  void createsATreeFromTheCompanyDownToATeam() {
    ApiClient.Response region =
        create(rootId, "REGION", TestStaff.code("REG"), "East region", "Asia/Shanghai");
    assertThat(region.status()).isEqualTo(201);
    String regionId = region.json().get("id").asString();
    assertThat(region.header("Location")).endsWith("/api/v1/org-units/" + regionId);
    assertThat(region.header("ETag")).isEqualTo("\"0\"");
    assertThat(region.json().get("depth").asInt()).isEqualTo(1);

    // without a time zone the unit takes its parent's
    Map<String, Object> branchBody =
        new HashMap<>(
            Map.of(
                "parentId",
                regionId,
                "kind",
                "BRANCH",
                "code",
                TestStaff.code("BR"),
                "name",
                "Hangzhou centre"));
    ApiClient.Response branch = admin.post("/api/v1/org-units", branchBody);
    assertThat(branch.status()).isEqualTo(201);
    assertThat(branch.json().get("timeZone").asString()).isEqualTo("Asia/Shanghai");
    String branchId = branch.json().get("id").asString();
    ApiClient.Response team =
        create(branchId, "TEAM", TestStaff.code("TM"), "Front desk team", "Asia/Shanghai");
    assertThat(team.status()).isEqualTo(201);
    String teamId = team.json().get("id").asString();

    JsonNode list = admin.get("/api/v1/org-units").json();
    List<String> ids = ids(list);
    assertThat(ids.get(0)).isEqualTo(rootId);
    assertThat(ids).containsSubsequence(regionId, branchId, teamId);
    JsonNode teamNode = find(list, teamId);
    assertThat(teamNode.get("parentId").asString()).isEqualTo(branchId);
    assertThat(teamNode.get("kind").asString()).isEqualTo("TEAM");
    assertThat(teamNode.get("name").asString()).isEqualTo("Front desk team");
    assertThat(teamNode.get("depth").asInt()).isEqualTo(3);
    assertThat(find(list, rootId).get("parentId").isNull()).isTrue();
  }

  @Test
  void readingGivesTheVersionAsETagAndAChangeNeedsIt() {
    String id =
        create(rootId, "REGION", TestStaff.code("REG"), "North", "Asia/Shanghai")
            .json()
            .get("id")
            .asString();
    ApiClient.Response read = admin.get("/api/v1/org-units/" + id);
    assertThat(read.status()).isEqualTo(200);
    String etag = read.header("ETag");
    assertThat(etag).isEqualTo("\"0\"");

    ApiClient.Response changed =
        admin.patch("/api/v1/org-units/" + id, Map.of("name", "North region"), etag);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("name").asString()).isEqualTo("North region");
    assertThat(changed.header("ETag")).isEqualTo("\"1\"");

    ApiClient.Response stale =
        admin.patch("/api/v1/org-units/" + id, Map.of("name", "Overwritten"), etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    ApiClient.Response missing =
        admin.patch("/api/v1/org-units/" + id, Map.of("name", "Overwritten"), null);
    assertThat(missing.status()).isEqualTo(428);

    ApiClient.Response after = admin.get("/api/v1/org-units/" + id);
    assertThat(after.json().get("name").asString()).isEqualTo("North region");
    assertThat(after.header("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void refusesADuplicateCodeNamingTheField() {
    String code = TestStaff.code("DUP");
    assertThat(create(rootId, "REGION", code, "First", "UTC").status()).isEqualTo(201);

    ApiClient.Response duplicate = create(rootId, "REGION", code.toLowerCase(), "Second", "UTC");

    assertThat(duplicate.status()).isEqualTo(422);
    assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    assertThat(duplicate.json().get("errors").get(0).get("rule").asString()).isEqualTo("unique");
    assertThat(duplicate.json().get("errors").get(0).get("message").asString())
        .contains(code, "already used");
  }

  @Test
  void refusesAnUnknownParent() {
    ApiClient.Response response =
        create(UUID.randomUUID().toString(), "REGION", TestStaff.code("ORPH"), "Orphan", "UTC");

    assertThat(response.status()).isEqualTo(422);
    assertThat(fields(response)).containsExactly("parentId");
    assertThat(response.json().get("errors").get(0).get("message").asString())
        .isEqualTo("The parent unit does not exist.");
  }

  @Test
  void refusesAnUnknownTimeZone() {
    String code = TestStaff.code("TZ");
    ApiClient.Response response = create(rootId, "REGION", code, "Atlantis", "Atlantis/Capital");

    assertThat(response.status()).isEqualTo(422);
    assertThat(fields(response)).containsExactly("timeZone");
    assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("time-zone");
    assertThat(response.json().get("errors").get(0).get("message").asString())
        .contains("Atlantis/Capital");
    assertThat(codes(admin.get("/api/v1/org-units").json())).doesNotContain(code);
  }

  @Test
  void refusesMovingAUnitUnderItsOwnDescendant() {
    String regionId =
        create(rootId, "REGION", TestStaff.code("REG"), "West", "UTC").json().get("id").asString();
    String branchId =
        create(regionId, "BRANCH", TestStaff.code("BR"), "West centre", "UTC")
            .json()
            .get("id")
            .asString();
    String teamId =
        create(branchId, "TEAM", TestStaff.code("TM"), "West team", "UTC")
            .json()
            .get("id")
            .asString();
    String etag = admin.get("/api/v1/org-units/" + regionId).header("ETag");

    ApiClient.Response response =
        admin.patch("/api/v1/org-units/" + regionId, Map.of("parentId", teamId), etag);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
    assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("cycle");
    ApiClient.Response after = admin.get("/api/v1/org-units/" + regionId);
    assertThat(after.json().get("parentId").asString()).isEqualTo(rootId);
    assertThat(after.header("ETag")).isEqualTo(etag);
  }

  @Test
  void movingAUnitTakesItsUnitsAlong() {
    String east =
        create(rootId, "REGION", TestStaff.code("REG"), "East", "UTC").json().get("id").asString();
    String south =
        create(rootId, "REGION", TestStaff.code("REG"), "South", "UTC").json().get("id").asString();
    String branch =
        create(east, "BRANCH", TestStaff.code("BR"), "Moving centre", "UTC")
            .json()
            .get("id")
            .asString();
    String team =
        create(branch, "TEAM", TestStaff.code("TM"), "Moving team", "UTC")
            .json()
            .get("id")
            .asString();

    ApiClient.Response moved =
        admin.patch(
            "/api/v1/org-units/" + branch,
            Map.of("parentId", south),
            admin.get("/api/v1/org-units/" + branch).header("ETag"));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("parentId").asString()).isEqualTo(south);
    List<String> ids = ids(admin.get("/api/v1/org-units").json());
    assertThat(ids).containsSubsequence(south, branch, team);
    assertThat(orgUnits.subtree(UUID.fromString(south)))
        .extracting(u -> u.id().toString())
        .contains(branch, team);
    assertThat(orgUnits.subtree(UUID.fromString(east)))
        .extracting(u -> u.id().toString())
        .containsExactly(east);
  }

  @Test
  void refusesDeletingAnOrgUnitThatStillHasUnitsBelowIt() {
    String regionId =
        create(rootId, "REGION", TestStaff.code("REG"), "Busy region", "UTC")
            .json()
            .get("id")
            .asString();
    create(regionId, "BRANCH", TestStaff.code("BR"), "Busy centre", "UTC");
    String etag = admin.get("/api/v1/org-units/" + regionId).header("ETag");

    ApiClient.Response response = admin.delete("/api/v1/org-units/" + regionId, etag);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("rule").asString())
        .isEqualTo("has-children");
    assertThat(response.json().get("detail").asString())
        .isEqualTo("Busy region still has org units under it: move or delete them first.");
    assertThat(admin.get("/api/v1/org-units/" + regionId).status()).isEqualTo(200);
  }

  @Test
  void refusesDeletingAnOrgUnitThatStillHasUsers() {
    String unitId =
        create(rootId, "BRANCH", TestStaff.code("BR"), "Staffed centre", "UTC")
            .json()
            .get("id")
            .asString();
    TestStaff.user(users, roles, UUID.fromString(unitId), "FRONT_DESK", "en");
    String etag = admin.get("/api/v1/org-units/" + unitId).header("ETag");

    ApiClient.Response response = admin.delete("/api/v1/org-units/" + unitId, etag);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("has-users");
    assertThat(response.json().get("detail").asString()).contains("Staffed centre", "1 user");
    assertThat(admin.get("/api/v1/org-units/" + unitId).status()).isEqualTo(200);
  }

  @Test
  void deletesAnEmptyOrgUnitWithItsETagOnly() {
    String unitId =
        create(rootId, "BRANCH", TestStaff.code("BR"), "Short-lived", "UTC")
            .json()
            .get("id")
            .asString();

    assertThat(admin.delete("/api/v1/org-units/" + unitId, null).status()).isEqualTo(428);
    assertThat(admin.delete("/api/v1/org-units/" + unitId, "\"7\"").status()).isEqualTo(412);
    assertThat(admin.get("/api/v1/org-units/" + unitId).status()).isEqualTo(200);
    assertThat(admin.delete("/api/v1/org-units/" + unitId, "\"0\"").status()).isEqualTo(204);
    assertThat(admin.get("/api/v1/org-units/" + unitId).status()).isEqualTo(404);
  }

  @Test
  void answersMalformedJsonWith400() {
    ApiClient.Response response =
        admin.postRaw("/api/v1/org-units", "application/json", "{\"code\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("detail").asString()).contains("not valid JSON");
  }

  @Test
  void answersAnUnknownFieldWith400NamingIt() {
    ApiClient.Response response =
        admin.post(
            "/api/v1/org-units",
            Map.of(
                "parentId",
                rootId,
                "kind",
                "REGION",
                "code",
                TestStaff.code("X"),
                "name",
                "Colourful",
                "timeZone",
                "UTC",
                "colour",
                "red"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("colour");
  }

  @Test
  void answersAnUnknownKindWith400NamingTheField() {
    ApiClient.Response response =
        admin.post(
            "/api/v1/org-units",
            Map.of(
                "parentId",
                rootId,
                "kind",
                "GALAXY",
                "code",
                TestStaff.code("X"),
                "name",
                "Far away",
                "timeZone",
                "UTC"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("kind");
  }

  @Test
  void refusesChangesToAUserWithoutOrgUnitManage() {
    String username = TestStaff.user(users, roles, UUID.fromString(rootId), "MANAGEMENT", "en");
    ApiClient manager = new ApiClient(port).signIn(username, TestStaff.PASSWORD);
    String code = TestStaff.code("NO");

    ApiClient.Response created =
        manager.post(
            "/api/v1/org-units",
            Map.of(
                "parentId",
                rootId,
                "kind",
                "REGION",
                "code",
                code,
                "name",
                "Not allowed",
                "timeZone",
                "UTC"));
    ApiClient.Response changed =
        manager.patch("/api/v1/org-units/" + rootId, Map.of("name", "Renamed"), "\"0\"");

    assertThat(created.status()).isEqualTo(403);
    assertThat(created.header("Content-Type")).startsWith("application/problem+json");
    assertThat(changed.status()).isEqualTo(403);
    assertThat(manager.get("/api/v1/org-units").status()).isEqualTo(200);
    assertThat(codes(admin.get("/api/v1/org-units").json())).doesNotContain(code);
  }

  @Test
  void aUserWithoutOrgUnitReadSeesNoOrgUnits() {
    String username = TestStaff.user(users, roles, UUID.fromString(rootId), "FRONT_DESK", "en");

    ApiClient.Response response =
        new ApiClient(port).signIn(username, TestStaff.PASSWORD).get("/api/v1/org-units");

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void aUserReadingAtSubtreeScopeSeesOnlyTheirSubtree() {
    String regionId =
        create(rootId, "REGION", TestStaff.code("REG"), "Scoped region", "UTC")
            .json()
            .get("id")
            .asString();
    String branchId =
        create(regionId, "BRANCH", TestStaff.code("BR"), "Scoped centre", "UTC")
            .json()
            .get("id")
            .asString();
    String teamId =
        create(branchId, "TEAM", TestStaff.code("TM"), "Scoped team", "UTC")
            .json()
            .get("id")
            .asString();
    String siblingId =
        create(regionId, "BRANCH", TestStaff.code("BR"), "Other centre", "UTC")
            .json()
            .get("id")
            .asString();
    String username =
        TestStaff.user(users, roles, UUID.fromString(branchId), "CENTRE_PRINCIPAL", "en");
    ApiClient principal = new ApiClient(port).signIn(username, TestStaff.PASSWORD);

    ApiClient.Response list = principal.get("/api/v1/org-units");

    assertThat(list.status()).isEqualTo(200);
    assertThat(ids(list.json())).containsExactly(branchId, teamId);
    assertThat(principal.get("/api/v1/org-units/" + teamId).status()).isEqualTo(200);
    assertThat(principal.get("/api/v1/org-units/" + siblingId).status()).isEqualTo(404);
    assertThat(principal.get("/api/v1/org-units/" + rootId).status()).isEqualTo(404);
  }

  @Test
  void answersAnUnknownIdWith404() {
    ApiClient.Response response = admin.get("/api/v1/org-units/" + UUID.randomUUID());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  private ApiClient.Response create(
      String parentId, String kind, String code, String name, String timeZone) {
    return admin.post(
        "/api/v1/org-units",
        Map.of(
            "parentId", parentId, "kind", kind, "code", code, "name", name, "timeZone", timeZone));
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(node -> ids.add(node.get("id").asString()));
    return ids;
  }

  private static List<String> codes(JsonNode list) {
    List<String> codes = new ArrayList<>();
    list.forEach(node -> codes.add(node.get("code").asString()));
    return codes;
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode node : list) {
      if (node.get("id").asString().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no org unit " + id + " in " + list);
  }

  private static List<String> fields(ApiClient.Response response) {
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
    return fields;
  }
}
