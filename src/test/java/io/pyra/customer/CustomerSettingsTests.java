package io.pyra.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator edits the sector taxonomy and defines custom fields. */
@PyraIntegrationTest
class CustomerSettingsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theDefaultTaxonomyIsShippedInBothLanguages() {
    ApiClient.Response sectors = admin().get("/api/v1/sectors");

    assertThat(sectors.status()).isEqualTo(200);
    List<String> codes = sectors.json().valueStream().map(s -> s.get("code").asString()).toList();
    assertThat(codes)
        .contains(
            "REAL_ESTATE",
            "HOTELS",
            "INFRASTRUCTURE",
            "RAIL",
            "PUBLIC",
            "EDUCATION",
            "INDUSTRIAL",
            "TELECOM");
    assertThat(codes.indexOf("HOTELS")).isGreaterThan(codes.indexOf("REAL_ESTATE"));
    assertThat(
            sectors
                .json()
                .valueStream()
                .filter(s -> s.get("code").asString().equals("HOTELS"))
                .findFirst()
                .orElseThrow()
                .get("nameZh")
                .asString())
        .isEqualTo("酒店");
  }

  @Test
  void anAdministratorAddsASectorAndASubSectorButNoThirdLevel() {
    String code = "LEISURE_" + suffix();
    ApiClient.Response sector =
        admin().post("/api/v1/sectors", Map.of("code", code, "nameEn", "Leisure", "nameZh", "休闲"));
    assertThat(sector.status()).isEqualTo(201);
    String sectorId = sector.json().get("id").asString();

    ApiClient.Response sub =
        admin()
            .post(
                "/api/v1/sectors",
                Map.of(
                    "parentId",
                    sectorId,
                    "code",
                    code + "_GYMS",
                    "nameEn",
                    "Gyms",
                    "nameZh",
                    "健身房"));
    assertThat(sub.status()).isEqualTo(201);
    ApiClient.Response third =
        admin()
            .post(
                "/api/v1/sectors",
                Map.of(
                    "parentId",
                    sub.json().get("id").asString(),
                    "code",
                    code + "_X",
                    "nameEn",
                    "X",
                    "nameZh",
                    "X"));
    assertThat(third.status()).isEqualTo(422);
    assertThat(third.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");

    ApiClient.Response duplicate =
        admin().post("/api/v1/sectors", Map.of("code", code, "nameEn", "Again", "nameZh", "再"));
    assertThat(duplicate.status()).isEqualTo(422);
    assertThat(duplicate.json().get("errors").get(0).get("rule").asString()).isEqualTo("unique");
  }

  @Test
  void aSectorWithSubSectorsIsNotDeletedButCanBeDeactivated() {
    ApiClient admin = admin();
    String code = "ARTS_" + suffix();
    String id =
        admin
            .post("/api/v1/sectors", Map.of("code", code, "nameEn", "Arts", "nameZh", "艺术"))
            .json()
            .get("id")
            .asString();
    admin.post(
        "/api/v1/sectors",
        Map.of("parentId", id, "code", code + "_MUSIC", "nameEn", "Music", "nameZh", "音乐"));
    String etag = admin.get("/api/v1/sectors/" + id).header("ETag");

    ApiClient.Response refused = admin.delete("/api/v1/sectors/" + id, etag);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("detail").asString()).contains("deactivate it instead");

    ApiClient.Response deactivated =
        admin.patch("/api/v1/sectors/" + id, Map.of("active", false), etag);
    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.json().get("active").asBoolean()).isFalse();
    assertThat(admin.patch("/api/v1/sectors/" + id, Map.of("nameEn", "Stale"), etag).status())
        .isEqualTo(412);
  }

  @Test
  void anAdministratorDefinesCustomFieldsOfEveryType() {
    ApiClient admin = admin();
    for (String type : List.of("TEXT", "NUMBER", "DATE", "BOOLEAN")) {
      ApiClient.Response created =
          admin.post(
              "/api/v1/customer-fields",
              Map.of(
                  "code",
                  "f" + type.toLowerCase() + suffix(),
                  "labelEn",
                  type,
                  "labelZh",
                  type,
                  "type",
                  type));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
    Map<String, Object> choice =
        new HashMap<>(
            Map.of(
                "code",
                "level" + suffix(),
                "labelEn",
                "Level",
                "labelZh",
                "级别",
                "type",
                "CHOICE",
                "required",
                false,
                "choices",
                List.of("A1", "B2", "C1")));
    ApiClient.Response created = admin.post("/api/v1/customer-fields", choice);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("choices").valueStream().map(c -> c.asString()).toList())
        .containsExactly("A1", "B2", "C1");
  }

  @Test
  void aFieldOfAnUnknownTypeOrAChoiceWithoutChoicesIsRefused() {
    long before = jdbc.sql("select count(*) from customer_field").query(Long.class).single();

    ApiClient.Response unknown =
        admin()
            .post(
                "/api/v1/customer-fields",
                Map.of("code", "x" + suffix(), "labelEn", "X", "labelZh", "X", "type", "COLOUR"));
    ApiClient.Response noChoices =
        admin()
            .post(
                "/api/v1/customer-fields",
                Map.of(
                    "code",
                    "y" + suffix(),
                    "labelEn",
                    "Y",
                    "labelZh",
                    "Y",
                    "type",
                    "MULTI_CHOICE"));

    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
    assertThat(noChoices.status()).isEqualTo(422);
    assertThat(noChoices.json().get("errors").get(0).get("field").asString()).isEqualTo("choices");
    assertThat(jdbc.sql("select count(*) from customer_field").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void theCustomFieldPagesCreateAFieldAndShowErrorsNextToTheField() {
    PageClient browser = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    browser.get("/admin/customer-fields/new");
    String code = "interest" + suffix();

    PageClient.Page saved =
        browser.post(
            "/admin/customer-fields/new",
            Map.of(
                "code",
                code,
                "type",
                "MULTI_CHOICE",
                "labelEn",
                "Interests",
                "labelZh",
                "兴趣",
                "choices",
                "IELTS\nBusiness English\nKids",
                "position",
                "10",
                "active",
                "true"));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(
            browser
                .get("/admin/customer-fields")
                .document()
                .select("#fields tr[data-code=" + code + "]")
                .text())
        .contains("Interests", "兴趣", "Several choices", "IELTS, Business English, Kids");

    browser.get("/admin/customer-fields/new");
    PageClient.Page refused =
        browser.post(
            "/admin/customer-fields/new",
            Map.of("code", code, "type", "TEXT", "labelEn", "", "labelZh", "x", "position", "1"));
    assertThat(refused.document().select("#code-error").text()).contains("already used");
    assertThat(refused.document().select("#labelEn-error").text()).contains("is required");
  }

  @Test
  void onlyThoseWhoConfigureCustomersMayChangeTheSettings() {
    String username = "desk" + suffix();
    ApiClient admin = admin();
    String root = admin.get("/api/v1/org-units").json().get(0).get("id").asString();
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    Map.of(
                        "username",
                        username,
                        "displayName",
                        "Desk " + username,
                        "email",
                        username + "@example.com",
                        "orgUnitId",
                        root,
                        "locale",
                        "en",
                        "roleIds",
                        List.of("00000000-0000-7000-8000-000000000004"),
                        "password",
                        "Front-Desk-2026"))
                .status())
        .isEqualTo(201);
    ApiClient desk = new ApiClient(port).signIn(username, "Front-Desk-2026");

    assertThat(desk.get("/api/v1/sectors").status()).isEqualTo(200);
    assertThat(
            desk.post(
                    "/api/v1/sectors",
                    Map.of("code", "NOPE_" + suffix(), "nameEn", "N", "nameZh", "N"))
                .status())
        .isEqualTo(403);
    assertThat(
            desk.post(
                    "/api/v1/customer-fields",
                    Map.of(
                        "code", "nope" + suffix(), "labelEn", "N", "labelZh", "N", "type", "TEXT"))
                .status())
        .isEqualTo(403);
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "");
  }
}
