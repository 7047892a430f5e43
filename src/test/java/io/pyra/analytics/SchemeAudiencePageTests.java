package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.SaveCustomField;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A scheme's audience on the pages: the pyramid scheme form takes an org unit, a sector and
 * conditions on custom fields, keeps what was typed when it refuses it, and the pyramid page says
 * the audience in words in the reader's language; the grading scheme form shows the stored audience
 * and saves it back unchanged, or changed.
 */
@PyraIntegrationTest
class SchemeAudiencePageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomFieldService customFields;

  OrgFixtures fixtures;
  OrgUnit branch;
  ApiClient admin;
  String suffix;
  String sectorA;
  String sectorB;
  String seats;
  String plan;

  @BeforeEach
  void setUp() {
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    sectorA = "AUP" + suffix + "_A";
    sectorB = "AUP" + suffix + "_B";
    assertThat(
            admin
                .post(
                    "/api/v1/sectors",
                    Map.of("code", sectorA, "nameEn", "Schools " + suffix, "nameZh", "学校"))
                .status())
        .isEqualTo(201);
    assertThat(
            admin
                .post(
                    "/api/v1/sectors",
                    Map.of("code", sectorB, "nameEn", "Clinics " + suffix, "nameZh", "诊所"))
                .status())
        .isEqualTo(201);
    String lower = suffix.toLowerCase(Locale.ROOT);
    seats = field("seats" + lower, "Seats " + suffix, "座位数", "NUMBER", List.of());
    plan = field("plan" + lower, "Plan " + suffix, "套餐", "CHOICE", List.of("Gold", "Silver"));
  }

  @Test
  void aFormPostWithAConditionRowFarBeyondTheFiveIsRefusedWithoutAServerErrorAndStoresNothing() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String code = "AUX" + suffix;
    for (int row : List.of(256, 100_000)) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("code", code);
      form.put("name", "Far rows " + suffix);
      form.put("basis", "NET_REVENUE");
      form.put("windowMonths", "12");
      form.put("method", "RANK_SHARES");
      form.put("shareTop", "1");
      form.put("shareHigh", "4");
      form.put("shareMiddle", "15");
      form.put("shareLow", "80");
      form.put("audienceFields[" + row + "].code", seats);
      form.put("audienceFields[" + row + "].min", "1");
      PageClient.Page answer = pages.post("/analytics/pyramid-schemes/new", form);
      assertThat(answer.status()).as(row + ": " + answer.body()).isBetween(200, 499);
      assertThat(answer.status()).as("row " + row).isNotEqualTo(302);
    }
    assertThat(
            jdbc.sql("select count(*) from analytics_pyramid_scheme where code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void thePyramidSchemeFormKeepsARefusedAudienceAndThePyramidPageSaysTheAudienceInWords() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document blank = pages.get("/analytics/pyramid-schemes/new").document();
    assertThat(blank.select("#audienceSector option[value=" + sectorA + "]").text())
        .isEqualTo("Schools " + suffix + " (" + sectorA + ")");
    assertThat(blank.select("#audienceField0Code option[value=" + seats + "]")).hasSize(1);
    assertThat(blank.select("#audience-fields tbody tr")).hasSize(5);

    String code = "AUP" + suffix;
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", code);
    form.put("name", "Schools " + suffix);
    form.put("basis", "NET_REVENUE");
    form.put("windowMonths", "12");
    form.put("method", "RANK_SHARES");
    form.put("shareTop", "1");
    form.put("shareHigh", "4");
    form.put("shareMiddle", "15");
    form.put("shareLow", "80");
    form.put("audienceOrgUnit", branch.id().toString());
    form.put("audienceSector", sectorA);
    form.put("audienceFields[0].code", seats);
    form.put("audienceFields[0].min", "lots");
    form.put("audienceFields[0].max", "100");
    form.put("audienceFields[2].code", plan);
    form.put("audienceFields[2].equalTo", "gold");

    PageClient.Page refused = pages.post("/analytics/pyramid-schemes/new", form);
    assertThat(refused.status()).isEqualTo(200);
    Document page = refused.document();
    assertThat(page.getElementById("scheme-form").text())
        .contains("Audience condition 1 on " + seats + ": lots is not a number.");
    assertThat(page.select("#audienceSector option[selected]").val()).isEqualTo(sectorA);
    // what was typed stays in the box
    assertThat(page.getElementById("audienceOrgUnit").val()).isEqualTo(branch.id().toString());
    assertThat(page.select("#audienceField0Code option[selected]").val()).isEqualTo(seats);
    assertThat(page.getElementById("audienceField0Min").val()).isEqualTo("lots");
    assertThat(page.getElementById("audienceField0Max").val()).isEqualTo("100");
    assertThat(page.select("#audienceField2Code option[selected]").val()).isEqualTo(plan);
    assertThat(page.getElementById("audienceField2EqualTo").val()).isEqualTo("gold");
    assertThat(
            jdbc.sql("select count(*) from analytics_pyramid_scheme where code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();

    // the form as the page shows it again, corrected: saved as typed
    Map<String, String> again = formData(page, "scheme-form");
    again.put("audienceFields[0].min", "10");
    PageClient.Page saved = pages.post("/analytics/pyramid-schemes/new", again);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    JsonNode audience = pyramidScheme(code).get("audience");
    assertThat(audience.get("orgUnit").asString()).isEqualTo(branch.code());
    assertThat(audience.get("sector").asString()).isEqualTo(sectorA);
    assertThat(audience.get("fields")).hasSize(2);
    assertThat(audience.get("fields").get(0).get("code").asString()).isEqualTo(seats);
    assertThat(audience.get("fields").get(0).get("min").asString()).isEqualTo("10");
    assertThat(audience.get("fields").get(0).get("max").asString()).isEqualTo("100");
    assertThat(audience.get("fields").get(1).get("code").asString()).isEqualTo(plan);
    assertThat(audience.get("fields").get(1).get("equalTo").asString()).isEqualTo("Gold");

    assertThat(pages.get("/analytics/pyramid?scheme=" + code).document().text())
        .contains(
            "Audience: customers of "
                + branch.name()
                + " ("
                + branch.code()
                + ") and the org units below it · sector Schools "
                + suffix
                + " ("
                + sectorA
                + ") and its sub-sectors · Seats "
                + suffix
                + " from 10 to 100 · Plan "
                + suffix
                + " is Gold");
    PageClient chinese =
        new PageClient(port)
            .language("zh-CN")
            .signIn(
                fixtures
                    .member(branch)
                    .roles("CENTRE_PRINCIPAL")
                    .speaking("zh-CN")
                    .create()
                    .username(),
                OrgFixtures.PASSWORD);
    assertThat(
            chinese
                .get("/analytics/pyramid?scheme=" + code)
                .document()
                .getElementById("scheme-audience-words")
                .text())
        .contains("行业 学校（" + sectorA + "）及其子行业")
        .contains("座位数 在 10 到 100 之间")
        .contains("套餐 为 Gold");
    assertThat(
            pages
                .get("/analytics/pyramid?scheme=REVENUE_SHARES")
                .document()
                .getElementById("scheme-audience-words")
                .text())
        .isEqualTo("All customers");
  }

  @Test
  void theGradingSchemeFormShowsTheStoredAudienceAndSavesItBackOrChanged() {
    Map<String, Object> body = new HashMap<>();
    String code = "GAP" + suffix;
    body.put("code", code);
    body.put("name", "Clinics " + suffix);
    body.put("weights", Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60"));
    body.put("method", "RANK_SHARES");
    body.put("shares", Map.of("A", "20", "B", "30", "C", "50"));
    body.put(
        "audience",
        Map.of(
            "orgUnit",
            branch.id().toString(),
            "sector",
            sectorB,
            "fields",
            List.of(Map.of("code", seats, "min", "5"), Map.of("code", plan, "equalTo", "silver"))));
    ApiClient.Response created = admin.post("/api/v1/analytics/grading-schemes", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode before = created.json().get("audience");

    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String path = "/analytics/grading-schemes/" + code + "/edit";
    Document edit = pages.get(path).document();
    assertThat(edit.getElementById("audienceOrgUnit").val()).isEqualTo(branch.code());
    assertThat(edit.select("#audience-org-units option").eachAttr("value")).contains(branch.code());
    assertThat(edit.select("#audienceSector option[selected]").val()).isEqualTo(sectorB);
    assertThat(edit.select("#audienceField0Code option[selected]").val()).isEqualTo(seats);
    assertThat(edit.getElementById("audienceField0Min").val()).isEqualTo("5");
    assertThat(edit.select("#audienceField1Code option[selected]").val()).isEqualTo(plan);
    assertThat(edit.getElementById("audienceField1EqualTo").val()).isEqualTo("Silver");
    assertThat(edit.select("#audienceField2Code option[selected]").val()).isEmpty();

    // saved as shown: the same audience
    PageClient.Page saved = pages.post(path, formData(edit, "grading-scheme-form"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    JsonNode after = gradingScheme(code);
    assertThat(after.get("audience")).isEqualTo(before);
    assertThat(after.get("version").asLong()).isEqualTo(1);

    // changed: another sector, the plan condition dropped, a bad maximum refused first
    Map<String, String> changed = formData(pages.get(path).document(), "grading-scheme-form");
    changed.put("audienceSector", sectorA);
    changed.put("audienceFields[1].code", "");
    changed.put("audienceFields[1].equalTo", "");
    changed.put("audienceFields[0].max", "1");
    PageClient.Page refused = pages.post(path, changed);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().getElementById("grading-scheme-form").text())
        .contains("the minimum 5 is above the maximum 1");
    assertThat(gradingScheme(code).get("audience")).isEqualTo(before);
    changed.put("audienceFields[0].max", "");
    assertThat(pages.post(path, changed).status()).isEqualTo(302);
    JsonNode audience = gradingScheme(code).get("audience");
    assertThat(audience.get("sector").asString()).isEqualTo(sectorA);
    assertThat(audience.get("fields")).hasSize(1);
    assertThat(audience.get("fields").get(0).get("code").asString()).isEqualTo(seats);
    assertThat(pages.get("/analytics/grades?scheme=" + code).document().text())
        .contains("sector Schools " + suffix + " (" + sectorA + ") and its sub-sectors")
        .contains("Seats " + suffix + " at least 5");
  }

  /** What a browser submits of the form {@code id} as the page shows it. */
  private static Map<String, String> formData(Document page, String id) {
    Element element = page.getElementById(id);
    assertThat(element).isInstanceOf(FormElement.class);
    Map<String, String> data = new LinkedHashMap<>();
    ((FormElement) element).formData().forEach(kv -> data.put(kv.key(), kv.value()));
    data.remove("_csrf");
    return data;
  }

  private JsonNode pyramidScheme(String code) {
    for (JsonNode s : admin.get("/api/v1/analytics/pyramid-schemes").json().get("items")) {
      if (s.get("code").asString().equals(code)) {
        return s;
      }
    }
    throw new AssertionError("no pyramid scheme " + code);
  }

  private JsonNode gradingScheme(String code) {
    for (JsonNode s : admin.get("/api/v1/analytics/grading-schemes").json().get("items")) {
      if (s.get("code").asString().equals(code)) {
        return s;
      }
    }
    throw new AssertionError("no grading scheme " + code);
  }

  private String field(String code, String en, String zh, String type, List<String> choices) {
    return customFields
        .get(
            customFields
                .create(new SaveCustomField(code, en, zh, type, false, choices, 91, null, null))
                .id())
        .code();
  }
}
