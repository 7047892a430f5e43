package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.errors;
import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class InteractionTypeApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  @Test
  void theShippedHierarchyIsListedInTreeOrderWithTheReturnVisitFlag() {
    InteractionStaff staff = new InteractionStaff(orgUnits, users, roles, port);
    UserAccount agent = staff.user(staff.branch().id(), "CALL_CENTRE_AGENT");

    JsonNode list = staff.as(agent).get("/api/v1/interaction-types").json();

    Map<String, JsonNode> byCode = new HashMap<>();
    java.util.List<String> order = new java.util.ArrayList<>();
    list.forEach(
        t -> {
          byCode.put(t.get("code").asString(), t);
          order.add(t.get("code").asString());
        });
    assertThat(order)
        .containsSubsequence(
            "INQUIRY",
            "COURSE_INQUIRY",
            "PRICE_INQUIRY",
            "ORDER",
            "COMPLAINT",
            "INFORMATION_GATHERING",
            "HELP_REQUEST",
            "CONSULTATION",
            "VISIT",
            "RETURN_VISIT");
    assertThat(byCode.get("COURSE_INQUIRY").get("parent").asString()).isEqualTo("INQUIRY");
    assertThat(byCode.get("COURSE_INQUIRY").get("depth").asInt()).isEqualTo(1);
    assertThat(byCode.get("RETURN_VISIT").get("returnVisit").asBoolean()).isTrue();
    assertThat(byCode.get("RETURN_VISIT").get("nameZh").asString()).isEqualTo("回访");
    assertThat(byCode.get("VISIT").get("countsAsReturnVisit").asBoolean()).isFalse();
  }

  @Test
  void theAdministratorAddsMovesRenamesAndDeactivatesTypesAndBadInputIsRefused() {
    InteractionStaff staff = new InteractionStaff(orgUnits, users, roles, port);
    ApiClient admin = staff.admin();
    String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    ApiClient.Response created =
        admin.post(
            "/api/v1/interaction-types",
            Map.of(
                "code",
                code,
                "parent",
                "COMPLAINT",
                "nameEn",
                "Complaint about a teacher",
                "nameZh",
                "投诉教师",
                "sortOrder",
                5));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/interaction-types/" + code);
    assertThat(created.json().get("parent").asString()).isEqualTo("COMPLAINT");

    assertThat(
            errors(
                admin.post(
                    "/api/v1/interaction-types",
                    Map.of("code", code, "nameEn", "x", "nameZh", "x"))))
        .containsEntry("code", "unique");
    assertThat(
            errors(
                admin.post(
                    "/api/v1/interaction-types",
                    Map.of("code", "bad code", "nameEn", "x", "nameZh", "x"))))
        .containsEntry("code", "pattern");
    assertThat(
            errors(
                admin.post(
                    "/api/v1/interaction-types",
                    Map.of("code", code + "_X", "parent", "NOPE", "nameEn", "x", "nameZh", "x"))))
        .containsEntry("parent", "unknown");
    assertThat(errors(admin.post("/api/v1/interaction-types", Map.of("code", code + "_Y"))))
        .containsEntry("nameEn", "required")
        .containsEntry("nameZh", "required");

    String path = "/api/v1/interaction-types/" + code;
    assertThat(admin.patch(path, Map.of("nameEn", "Teacher complaint"), null).status())
        .isEqualTo(428);
    assertThat(admin.patch(path, Map.of("nameEn", "Teacher complaint"), "\"77\"").status())
        .isEqualTo(412);
    ApiClient.Response renamed =
        admin.patch(
            path,
            Map.of("nameEn", "Teacher complaint", "returnVisit", true),
            created.header("ETag"));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.json().get("nameEn").asString()).isEqualTo("Teacher complaint");
    assertThat(renamed.json().get("nameZh").asString()).isEqualTo("投诉教师");
    assertThat(renamed.json().get("countsAsReturnVisit").asBoolean()).isTrue();

    String child = code + "_C";
    admin.post(
        "/api/v1/interaction-types",
        Map.of("code", child, "parent", code, "nameEn", "c", "nameZh", "c"));
    assertThat(errors(admin.patch(path, Map.of("parent", child), renamed.header("ETag"))))
        .containsEntry("parent", "cycle");
    ApiClient.Response moved = admin.patch(path, Map.of("parent", ""), renamed.header("ETag"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("parent").isNull()).isTrue();
    assertThat(
            admin
                .get("/api/v1/interaction-types/" + child)
                .json()
                .get("countsAsReturnVisit")
                .asBoolean())
        .isTrue();
  }

  @Test
  void aDeactivatedTypeCanNoLongerBeChosenButOldRecordsKeepIt() {
    InteractionStaff staff = new InteractionStaff(orgUnits, users, roles, port);
    ApiClient admin = staff.admin();
    String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    ApiClient.Response type =
        admin.post(
            "/api/v1/interaction-types", Map.of("code", code, "nameEn", "Fair", "nameZh", "展会"));
    UserAccount agent = staff.user(staff.branch().id(), "CALL_CENTRE_AGENT");
    ApiClient api = staff.as(agent);
    String customerId = staff.customer(agent, null).get("id").asString();
    ApiClient.Response old = api.post("/api/v1/interactions", record(customerId, code, null));
    assertThat(old.status()).isEqualTo(201);

    assertThat(
            admin
                .patch(
                    "/api/v1/interaction-types/" + code,
                    Map.of("active", false),
                    type.header("ETag"))
                .status())
        .isEqualTo(200);

    ApiClient.Response refused = api.post("/api/v1/interactions", record(customerId, code, null));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsEntry("type", "inactive");
    assertThat(
            api.get("/api/v1/interactions/" + old.json().get("id").asString())
                .json()
                .get("type")
                .asString())
        .isEqualTo(code);
    assertThat(
            api.post(
                    "/api/v1/interaction-types",
                    Map.of("code", code + "_Z", "nameEn", "x", "nameZh", "x"))
                .status())
        .isEqualTo(403);
  }
}
