package io.pyra.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A text longer than its limit, or a list with more entries than allowed, is refused with a 422
 * naming the field, the rule and the limit, and nothing is written: never a database error, never
 * silently kept.
 */
@PyraIntegrationTest
class InputLimitApiTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aSectorNameOverTwoHundredCharactersIsRefusedNamingTheField() {
    String code = code("S");
    ApiClient.Response response =
        admin()
            .post(
                "/api/v1/sectors", Map.of("code", code, "nameEn", "x".repeat(201), "nameZh", "行业"));

    assertRefused(response, "nameEn", "max-length");
    assertThat(response.json().get("errors").get(0).get("message").asString()).contains("200");
    assertThat(count("customer_sector", "code", code)).isZero();
  }

  @Test
  void customFieldLabelsAndChoicesOverTheirLimitsAreRefused() {
    String code = code("f").toLowerCase();
    Map<String, Object> field =
        new HashMap<>(
            Map.of(
                "code",
                code,
                "labelEn",
                "L".repeat(201),
                "labelZh",
                "标签",
                "type",
                "CHOICE",
                "choices",
                List.of("A", "c".repeat(101))));

    ApiClient.Response response = admin().post("/api/v1/customer-fields", field);

    assertRefused(response, "labelEn", "max-length");
    assertRefused(response, "choices[1]", "max-length");
    field.put("labelEn", "Level");
    field.put("choices", IntStream.range(0, 31).mapToObj(i -> "choice " + i).toList());
    assertRefused(admin().post("/api/v1/customer-fields", field), "choices", "max-items");
    assertThat(count("customer_field", "code", code)).isZero();
  }

  @Test
  void aRoleDescriptionOverFiveHundredCharactersIsRefused() {
    String code = code("R");
    ApiClient.Response response =
        admin()
            .post(
                "/api/v1/roles",
                Map.of(
                    "code",
                    code,
                    "name",
                    "Coach",
                    "description",
                    "d".repeat(501),
                    "grants",
                    Map.of()));

    assertRefused(response, "description", "max-length");
    assertThat(count("identity_role", "code", code)).isZero();
  }

  @Test
  void aContactWithAHundredThousandCharacterNameTitleAndNotesIsRefusedNamingEachField() {
    ApiClient admin = admin();
    String customerId = customer(admin);
    String huge = "z".repeat(100_000);

    ApiClient.Response response =
        admin.post(
            "/api/v1/customers/" + customerId + "/contacts",
            Map.of("name", huge, "title", huge, "notes", huge));

    assertRefused(response, "name", "max-length");
    assertRefused(response, "title", "max-length");
    assertRefused(response, "notes", "max-length");
    assertThat(count("customer_contact", "customer_id", UUID.fromString(customerId))).isZero();

    ApiClient.Response added =
        admin.post("/api/v1/customers/" + customerId + "/contacts", Map.of("name", "Li Lei"));
    assertThat(added.status()).isEqualTo(201);
    ApiClient.Response changed =
        admin.patch(
            "/api/v1/customers/" + customerId + "/contacts/" + added.json().get("id").asString(),
            Map.of("title", huge),
            added.header("ETag"));
    assertRefused(changed, "title", "max-length");
  }

  @Test
  void aUserWithMoreRolesThanAllowedIsRefused() {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    List<String> roleIds = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      roleIds.add(UUID.randomUUID().toString());
    }
    String rootId = admin().get("/api/v1/org-units").json().get(0).get("id").asString();

    ApiClient.Response response =
        admin()
            .post(
                "/api/v1/users",
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "Many Roles",
                    "email",
                    username + "@example.com",
                    "orgUnitId",
                    rootId,
                    "roleIds",
                    roleIds,
                    "password",
                    "Sunny-Garden-42"));

    assertRefused(response, "roleIds", "max-items");
    assertThat(count("identity_user", "username", username)).isZero();
  }

  @Test
  void aTooLongDuplicateReasonOrNameOnAChangeIsRefusedAndNothingChanges() {
    ApiClient admin = admin();
    String customerId = customer(admin);
    ApiClient.Response read = admin.get("/api/v1/customers/" + customerId);

    ApiClient.Response reason =
        admin.patch(
            "/api/v1/customers/" + customerId,
            Map.of("duplicateReason", "r".repeat(501)),
            read.header("ETag"));
    assertRefused(reason, "duplicateReason", "max-length");
    ApiClient.Response name =
        admin.patch(
            "/api/v1/customers/" + customerId,
            Map.of("name", "n".repeat(301), "address", Map.of("city", "c".repeat(101))),
            read.header("ETag"));
    assertRefused(name, "name", "max-length");
    assertRefused(name, "address.city", "max-length");

    ApiClient.Response after = admin.get("/api/v1/customers/" + customerId);
    assertThat(after.header("ETag")).isEqualTo(read.header("ETag"));
    assertThat(after.json().get("name")).isEqualTo(read.json().get("name"));
  }

  @Test
  void anAuditFilterOverItsLimitIsRefusedNamingTheFilter() {
    ApiClient.Response response =
        admin().get("/api/v1/audit?user=" + "u".repeat(101) + "&recordType=customer");

    assertRefused(response, "user", "max-length");
  }

  @Test
  void theLimitIsExplainedInTheCallersLanguage() {
    ApiClient admin = admin();
    String body =
        JsonMapper.builder()
            .build()
            .writeValueAsString(
                Map.of("code", code("S"), "nameEn", "Leisure", "nameZh", "休".repeat(201)));
    ApiClient.Response response =
        admin.send(
            admin
                .builder("/api/v1/sectors")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

    assertRefused(response, "nameZh", "max-length");
    assertThat(response.json().get("detail").asString()).contains("最多 200 个字符");
  }

  private static void assertRefused(ApiClient.Response response, String field, String rule) {
    assertThat(response.status())
        .as(response.body().substring(0, Math.min(500, response.body().length())))
        .isEqualTo(422);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    List<String> broken = new ArrayList<>();
    for (JsonNode error : response.json().get("errors")) {
      broken.add(error.get("field").asString() + ":" + error.get("rule").asString());
    }
    assertThat(broken).contains(field + ":" + rule);
  }

  private String customer(ApiClient admin) {
    ApiClient.Response created =
        admin.post(
            "/api/v1/customers",
            Map.of(
                "kind",
                "PERSON",
                "name",
                "Limits " + UUID.randomUUID().toString().substring(0, 8)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private long count(String table, String column, Object value) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")
        .param(value)
        .query(Long.class)
        .single();
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private static String code(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
