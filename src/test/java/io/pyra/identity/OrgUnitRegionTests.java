package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An org unit's phone region: a two-letter country code of its own, or its parent's; the company at
 * the top falls back to the configured default (CN in the tests).
 */
@PyraIntegrationTest
class OrgUnitRegionTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  private ApiClient admin;
  private OrgUnit root;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    root = orgUnits.tree().get(0);
  }

  @Test
  void aUnitWithoutARegionTakesItsParentsAndTheTopTheDefault() {
    ApiClient.Response branch = create(root.id().toString(), "BRANCH", "hk");
    assertThat(branch.status()).as(branch.body()).isEqualTo(201);
    assertThat(branch.json().get("region").asString()).isEqualTo("HK");
    assertThat(branch.json().get("effectiveRegion").asString()).isEqualTo("HK");
    String branchId = branch.json().get("id").asString();

    ApiClient.Response team = create(branchId, "TEAM", null);
    assertThat(team.status()).isEqualTo(201);
    assertThat(team.json().get("region").isNull()).isTrue();
    assertThat(team.json().get("effectiveRegion").asString()).isEqualTo("HK");

    JsonNode top = admin.get("/api/v1/org-units/" + root.id()).json();
    assertThat(top.get("effectiveRegion").asString())
        .isEqualTo(root.region() == null ? "CN" : root.region());

    // the branch moves to Macau: the team below it follows
    ApiClient.Response read = admin.get("/api/v1/org-units/" + branchId);
    ApiClient.Response moved =
        admin.patch("/api/v1/org-units/" + branchId, Map.of("region", "MO"), read.header("ETag"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    String teamId = team.json().get("id").asString();
    assertThat(admin.get("/api/v1/org-units/" + teamId).json().get("effectiveRegion").asString())
        .isEqualTo("MO");
  }

  @Test
  void refusesARegionThatIsNoCountryCodeNamingTheField() {
    for (String bad : new String[] {"XX", "1Z", "China"}) {
      ApiClient.Response response = create(root.id().toString(), "REGION", bad);
      assertThat(response.status()).as(bad).isEqualTo(422);
      JsonNode error = response.json().get("errors").get(0);
      assertThat(error.get("field").asString()).isEqualTo("region");
    }
    assertThat(
            create(root.id().toString(), "REGION", "XX")
                .json()
                .get("errors")
                .get(0)
                .get("message")
                .asString())
        .isEqualTo("Phone region: XX is not a two-letter country code (e.g. CN, HK).");
  }

  @Test
  void theFormShowsTheRegionRuleNextToTheFieldInEitherLanguage() {
    for (String[] language :
        new String[][] {
          {"en", "Phone region: ZQ is not a two-letter country code (e.g. CN, HK)."},
          {"zh-CN", "电话地区：ZQ 不是两个字母的国家或地区代码（如 CN、HK）。"}
        }) {
      String username = TestStaff.user(users, roles, root.id(), "ADMINISTRATOR", language[0]);
      PageClient pages =
          new PageClient(port).language(language[0]).signIn(username, TestStaff.PASSWORD);
      pages.get("/admin/org-units/new");
      String code = TestStaff.code("RG");
      Map<String, String> fields = new HashMap<>();
      fields.put("parentId", root.id().toString());
      fields.put("kind", "BRANCH");
      fields.put("code", code);
      fields.put("name", "Kowloon centre");
      fields.put("timeZone", "Asia/Hong_Kong");
      fields.put("region", "ZQ");
      fields.put("version", "");

      PageClient.Page page = pages.post("/admin/org-units/new", fields);

      assertThat(page.status()).isEqualTo(200);
      Document form = page.document();
      assertThat(form.select("#region-error").text()).isEqualTo(language[1]);
      assertThat(form.select("#region").hasClass("is-invalid")).isTrue();
      assertThat(orgUnits.tree()).noneMatch(unit -> unit.code().equals(code));

      fields.put("region", "hk");
      PageClient.Page saved = pages.post("/admin/org-units/new", fields);
      assertThat(saved.status()).isEqualTo(302);
      OrgUnit unit =
          orgUnits.tree().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
      assertThat(unit.region()).isEqualTo("HK");
      // the region is chosen from the countries by name, in the reader's language
      org.jsoup.nodes.Element chosen =
          pages
              .get("/admin/org-units/" + unit.id() + "/edit")
              .document()
              .selectFirst("#region option[selected]");
      assertThat(chosen.val()).isEqualTo("HK");
      assertThat(chosen.text())
          .isEqualTo(
              java.util.Locale.of("", "HK")
                  .getDisplayCountry(java.util.Locale.forLanguageTag(language[0])));
    }
  }

  private ApiClient.Response create(String parentId, String kind, String region) {
    Map<String, Object> body = new HashMap<>();
    body.put("parentId", parentId);
    body.put("kind", kind);
    body.put("code", TestStaff.code("RG"));
    body.put("name", "Unit with a region");
    body.put("timeZone", "Asia/Hong_Kong");
    if (region != null) {
      body.put("region", region);
    }
    return admin.post("/api/v1/org-units", body);
  }
}
