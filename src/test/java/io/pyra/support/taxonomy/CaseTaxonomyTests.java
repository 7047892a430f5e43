package io.pyra.support.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The case categories and root causes (issue 15, item 1): shipped trees in both languages, edited
 * over the API and on their pages with support.configure, read with case.read, and a term a case
 * uses (as a {@link CaseTermUsage} says) is not deleted.
 */
@PyraIntegrationTest
class CaseTaxonomyTests {

  static final String CATEGORIES = "/api/v1/support/case-categories";
  static final String CAUSES = "/api/v1/support/root-causes";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired CaseCategories categories;
  @Autowired RootCauses causes;

  @Test
  void theShippedTreesNameTheSchoolsComplaintsAndTheirCausesInBothLanguages() {
    ApiClient admin = admin();
    List<String> categoryTree = tree(admin.get(CATEGORIES).json());
    assertThat(categoryTree)
        .containsSubsequence(
            "TEACHING",
            "  TEACHING_QUALITY",
            "  TEACHER_CHANGE",
            "  COURSE_CONTENT",
            "  LEARNING_RESULTS",
            "SERVICE",
            "  SCHEDULING",
            "  STAFF_ATTITUDE")
        .contains("BILLING", "  REFUND_REQUEST", "FACILITIES", "TECHNICAL", "OTHER");
    JsonNode change = admin.get(CATEGORIES + "/teacher_change").json();
    assertThat(change.get("nameEn").asString()).isEqualTo("Teacher change");
    assertThat(change.get("nameZh").asString()).isEqualTo("更换老师");
    assertThat(change.get("parent").asString()).isEqualTo("TEACHING");

    List<String> causeTree = tree(admin.get(CAUSES).json());
    assertThat(causeTree)
        .containsSubsequence("PEOPLE", "  STAFF_TURNOVER", "  TRAINING", "  WORKLOAD", "PROCESS")
        .contains(
            "COMMUNICATION",
            "  OVER_PROMISE",
            "PRODUCT",
            "SYSTEM",
            "CUSTOMER_EXPECTATION",
            "THIRD_PARTY");
    assertThat(admin.get(CAUSES + "/STAFF_TURNOVER").json().get("nameZh").asString())
        .isEqualTo("人员流动");
  }

  @Test
  void aTermIsAddedRenamedAndDeletedUnlessACaseUsesIt() {
    ApiClient admin = admin();
    String code = OrgFixtures.code("NOISE");
    ApiClient.Response created =
        admin.post(
            CATEGORIES,
            Map.of("code", code, "nameEn", "Noise", "nameZh", "噪音", "parent", "FACILITIES"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("parent").asString()).isEqualTo("FACILITIES");
    assertThat(
            admin
                .post(CATEGORIES, Map.of("code", code, "nameEn", "Again", "nameZh", "再次"))
                .refusedFields())
        .containsEntry("code", "unique");
    assertThat(
            admin
                .post(CATEGORIES, Map.of("code", "bad code", "nameEn", "Bad", "nameZh", "错"))
                .refusedFields())
        .containsEntry("code", "pattern");

    String path = CATEGORIES + "/" + code;
    ApiClient.Response renamed =
        admin.patch(path, Map.of("nameEn", "Noise in class"), created.header("ETag"));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.json().get("nameEn").asString()).isEqualTo("Noise in class");
    assertThat(admin.patch(path, Map.of("nameEn", "x"), null).status()).isEqualTo(428);
    assertThat(admin.patch(path, Map.of("nameEn", "x"), created.header("ETag")).status())
        .isEqualTo(412);

    // a case uses it: refused, with the reason, and the term is still there
    String id = categories.getByCode(code).id().toString();
    TermsInUse.USED.add(CaseTermUsage.CASE_CATEGORY + "/" + id);
    try {
      ApiClient.Response refused = admin.delete(path, renamed.header("ETag"));
      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      assertThat(refused.body()).contains("is used by cases");
      assertThat(admin.get(path).status()).isEqualTo(200);
    } finally {
      TermsInUse.USED.remove(CaseTermUsage.CASE_CATEGORY + "/" + id);
    }
    // a parent with sub-terms is refused too
    ApiClient.Response parent = admin.get(CATEGORIES + "/FACILITIES");
    assertThat(admin.delete(CATEGORIES + "/FACILITIES", parent.header("ETag")).status())
        .isEqualTo(422);

    assertThat(admin.delete(path, renamed.header("ETag")).status()).isEqualTo(204);
    assertThat(admin.get(path).status()).isEqualTo(404);

    // root causes ask the same question under their own name
    ApiClient.Response cause = admin.get(CAUSES + "/WORKLOAD");
    TermsInUse.USED.add(CaseTermUsage.ROOT_CAUSE + "/" + causes.getByCode("WORKLOAD").id());
    try {
      assertThat(admin.delete(CAUSES + "/WORKLOAD", cause.header("ETag")).status()).isEqualTo(422);
    } finally {
      TermsInUse.USED.clear();
    }
    assertThat(admin.get(CAUSES + "/WORKLOAD").status()).isEqualTo(200);
  }

  @Test
  void caseReadersSeeTheTreesAndOnlySupportConfigureChangesThem() {
    OrgFixtures fixtures = new OrgFixtures(orgUnits, users, roles);
    var branch = fixtures.branch();
    UserAccount agent = fixtures.user(branch, "CALL_CENTRE_AGENT");
    UserAccount finance = fixtures.user(branch, "FINANCE");
    ApiClient reader = new ApiClient(port).signIn(agent.username(), OrgFixtures.PASSWORD);
    assertThat(reader.get(CATEGORIES).status()).isEqualTo(200);
    assertThat(reader.get(CAUSES + "/TRAINING").status()).isEqualTo(200);
    assertThat(
            reader
                .post(CAUSES, Map.of("code", "NEW_CAUSE", "nameEn", "New", "nameZh", "新"))
                .status())
        .isEqualTo(403);
    ApiClient outsider = new ApiClient(port).signIn(finance.username(), OrgFixtures.PASSWORD);
    assertThat(outsider.get(CATEGORIES).status()).isEqualTo(403);
    assertThat(outsider.get(CAUSES).status()).isEqualTo(403);

    PageClient readerPages = new PageClient(port).signIn(agent.username(), OrgFixtures.PASSWORD);
    Document list = readerPages.get("/support/root-causes").document();
    assertThat(list.select("#root-cause-TRAINING td").first().text())
        .isEqualTo("Insufficient training");
    assertThat(list.select("#new-root-cause, .add-below")).as("no changes offered").isEmpty();
    assertThat(readerPages.get("/support/root-causes/new").status()).isEqualTo(403);
    assertThat(
            new PageClient(port)
                .signIn(finance.username(), OrgFixtures.PASSWORD)
                .get("/support/case-categories")
                .status())
        .isEqualTo(403);
  }

  @Test
  void thePagesListAndEditTheTreesInBothLanguages() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document english = pages.get("/support/case-categories?lang=en").document();
    assertThat(english.select("h1").text()).isEqualTo("Case categories");
    assertThat(english.select("#case-category-TEACHER_CHANGE td").first().text())
        .isEqualTo("Teacher change");
    assertThat(english.select("#nav-case-categories")).isNotEmpty();
    assertThat(english.select("#nav-root-causes")).isNotEmpty();
    assertThat(english.select("#nav-sla-policies")).isNotEmpty();
    Document chinese = pages.get("/support/case-categories?lang=zh-CN").document();
    assertThat(chinese.select("h1").text()).isEqualTo("工单分类");
    assertThat(chinese.select("#nav-root-causes").text()).isEqualTo("根本原因");
    Document causeList = pages.get("/support/root-causes?lang=zh-CN").document();
    assertThat(causeList.select("h1").text()).isEqualTo("根本原因");
    assertThat(causeList.select("#root-cause-OVER_PROMISE td").get(1).text()).isEqualTo("过度承诺");

    Document form = pages.get("/support/root-causes/new?parent=PROCESS&lang=en").document();
    assertThat(form.select("h1").text()).isEqualTo("New root cause");
    assertThat(form.select("#parent option[selected]").attr("value")).isEqualTo("PROCESS");
    String code = OrgFixtures.code("HANDBOOK");
    Map<String, String> fields = new HashMap<>();
    fields.put("parent", "PROCESS");
    fields.put("code", code);
    fields.put("nameEn", "");
    fields.put("nameZh", "手册过时");
    fields.put("sortOrder", "40");
    PageClient.Page refused = pages.post("/support/root-causes/new?lang=zh-CN", fields);
    assertThat(refused.document().select("#nameEn-error").text()).isNotBlank();
    fields.put("nameEn", "Outdated handbook");
    PageClient.Page saved = pages.post("/support/root-causes/new?lang=en", fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document after = pages.get("/support/root-causes?lang=en").document();
    assertThat(after.select("#flash-success").text())
        .isEqualTo("Root cause Outdated handbook saved.");
    assertThat(after.select("#root-cause-" + code + " td").first().text())
        .isEqualTo("Outdated handbook");
    ApiClient admin = admin();
    ApiClient.Response made = admin.get(CAUSES + "/" + code);
    assertThat(made.json().get("parent").asString()).isEqualTo("PROCESS");
    assertThat(admin.delete(CAUSES + "/" + code, made.header("ETag")).status()).isEqualTo(204);
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  /** The codes in tree order, two spaces per level. */
  private static List<String> tree(JsonNode terms) {
    List<String> rows = new ArrayList<>();
    for (JsonNode t : terms) {
      rows.add("  ".repeat(t.get("depth").asInt()) + t.get("code").asString());
    }
    return rows;
  }
}
