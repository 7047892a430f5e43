package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The one error model holds for failures that no controller sees (content types, addresses,
 * Tomcat's own refusals, CSRF) and for input Jackson or the database would once have taken or
 * choked on: control characters, null list items, 1.5 for a whole number, 2 for true/false, a weak
 * ETag. Each answer is an RFC 9457 problem naming the field and the rule.
 */
@PyraIntegrationTest
class ApiErrorModelTests {

  @LocalServerPort int port;

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void aNulInTheUnauthenticatedSignInIsRefusedNamingTheFieldInTheCallersLanguage() {
    ApiClient client = new ApiClient(port);
    ApiClient.Response response =
        client.send(
            client
                .builder("/api/v1/auth/token")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"ad\\u0000min\", \"password\": \"x\"}")));

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("username");
    assertThat(error(response).get("rule").asString()).isEqualTo("control-character");
    assertThat(error(response).get("message").asString()).contains("控制字符");
  }

  @Test
  void anOverLongNameInTheSignInIsRefusedWithItsLimitSpelledOut() {
    ApiClient.Response response =
        new ApiClient(port)
            .post("/api/v1/auth/token", Map.of("username", "u".repeat(255), "password", "x"));

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("username");
    assertThat(error(response).get("rule").asString()).isEqualTo("max-length");
    assertThat(error(response).get("message").asString()).contains("254").doesNotContain("{");
  }

  @Test
  void aControlCharacterInANestedPropertyIsNamedByItsFullPath() {
    ApiClient.Response response =
        admin()
            .postRaw(
                "/api/v1/customers",
                "application/json",
                "{\"kind\": \"ORGANIZATION\", \"name\": \"Bell Ltd\", \"address\": {\"city\": \"Bei\\u0007jing\"}}");

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("address.city");
    assertThat(error(response).get("rule").asString()).isEqualTo("control-character");
  }

  @Test
  void aNulInAQueryParameterIsRefusedNamingTheParameter() {
    ApiClient.Response response = admin().get("/api/v1/users?q=a%00b");

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("q");
    assertThat(error(response).get("rule").asString()).isEqualTo("control-character");
  }

  @Test
  void aNulInAPostedFormIsRefusedBeforeItReachesTheSignIn() {
    ApiClient client = new ApiClient(port);
    ApiClient.Response response =
        client.send(
            client
                .builder("/login")
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ad%00min&password=x")));

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("username");
    assertThat(error(response).get("rule").asString()).isEqualTo("control-character");
  }

  @Test
  void aWildcardContentTypeIsUnsupportedMediaType() {
    ApiClient.Response response = admin().postRaw("/api/v1/sectors", "*/*", "{}");

    assertProblem(response, 415);
  }

  @Test
  void multipartWithoutABoundaryOrWithABrokenBodyIsABadRequest() {
    ApiClient admin = admin();

    assertProblem(admin.postRaw("/api/v1/sectors", "multipart/form-data", "{}"), 400);
    assertProblem(
        admin.postRaw(
            "/api/v1/imports?entity=customers",
            "multipart/form-data; boundary=zz",
            "--zz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"),
        400);
  }

  @Test
  void aNullInsideAListIsNamedByItsIndex() {
    ApiClient.Response response =
        admin()
            .post(
                "/api/v1/users",
                Map.of(
                    "username",
                    "nulls",
                    "displayName",
                    "Nulls",
                    "roleIds",
                    java.util.Arrays.asList((Object) null)));

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("roleIds[0]");
    assertThat(error(response).get("rule").asString()).isEqualTo("null-item");
  }

  @Test
  void anEmptyListEntryInTheVCardExportIsRefusedNamingIds() {
    ApiClient.Response response = admin().get("/api/v1/customers/export.vcf?ids=,");

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("ids");
  }

  @Test
  void aBadDateIsNamedNotCalledMalformedJson() {
    ApiClient.Response response =
        admin().post("/api/v1/interactions", Map.of("occurredAt", "yesterday"));

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("occurredAt");
    assertThat(error(response).get("rule").asString()).isEqualTo("date-time");
  }

  @Test
  void anUnknownNestedKeyIsNamedByItsFullPath() {
    ApiClient.Response response =
        admin()
            .post(
                "/api/v1/customers",
                Map.of(
                    "kind",
                    "ORGANIZATION",
                    "name",
                    "Nested Ltd",
                    "address",
                    Map.of("city", "Xi'an", "x", 1)));

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("address.x");
    assertThat(error(response).get("rule").asString()).isEqualTo("unknown-field");
  }

  @Test
  void aProblemRepeatsNoMoreThanAHundredCharactersOfAValue() {
    ApiClient.Response response =
        admin()
            .post(
                "/api/v1/customers",
                Map.of(
                    "kind",
                    "ORGANIZATION",
                    "name",
                    "Echo Ltd",
                    "phones",
                    List.of(Map.of("number", "9".repeat(100_000), "label", "work"))));

    assertThat(response.status()).isBetween(400, 499);
    assertThat(response.body().length()).isLessThan(2_000);
    assertThat(response.body()).doesNotContain("9".repeat(101));
  }

  @Test
  void oneAndAHalfForAWholeNumberIsRefusedNotCutToOne() {
    ApiClient.Response response =
        admin().post("/api/v1/me/tokens", Map.of("name", "half", "lifetimeDays", 1.5));

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("lifetimeDays");
  }

  @Test
  void theNumberTwoIsNotTrue() {
    ApiClient admin = admin();
    String id = admin.get("/api/v1/me").json().get("id").asString();
    String etag = admin.get("/api/v1/users/" + id).header("ETag");

    ApiClient.Response response = admin.patch("/api/v1/users/" + id, Map.of("active", 2), etag);

    assertProblem(response, 400);
    assertThat(error(response).get("field").asString()).isEqualTo("active");
    assertThat(admin.get("/api/v1/users/" + id).header("ETag")).isEqualTo(etag);
  }

  @Test
  void aWeakETagNeverMatches() {
    ApiClient admin = admin();
    JsonNode sector = admin.get("/api/v1/sectors").json().get(0);
    String path = "/api/v1/sectors/" + sector.get("id").asString();
    String etag = admin.get(path).header("ETag");

    ApiClient.Response response = admin.delete(path, "W/" + etag);

    assertProblem(response, 412);
    assertThat(response.json().get("type").asString()).endsWith("/weak-etag");
    assertThat(admin.get(path).status()).isEqualTo(200);
  }

  @Test
  void noSuchAddressAndNoSuchMethodAreProblems() {
    ApiClient admin = admin();

    assertProblem(admin.get("/api/v1/customers/"), 404);
    assertProblem(admin.get("/api/v1/nothing-here"), 404);
    assertProblem(
        admin.send(
            admin
                .builder("/api/v1/users")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")),
        405);
    assertProblem(admin.get("/api/v1/users/not-a-uuid"), 400);
  }

  @Test
  void tomcatsOwnRefusalOfAnOverLongHeaderIsAProblem() {
    ApiClient client = new ApiClient(port);
    ApiClient.Response response =
        client.send(client.builder("/api/v1/me").header("X-Long", "a".repeat(20_000)).GET());

    assertProblem(response, 400);
  }

  @Test
  void aFormPostWithoutItsCsrfTokenIsAProblemForAJsonClientAndAPageForABrowser() {
    ApiClient client = new ApiClient(port);
    ApiClient.Response json =
        client.send(
            client
                .builder("/login")
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")));
    ApiClient.Response page =
        client.send(
            client
                .builder("/login")
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")));

    assertProblem(json, 403);
    assertThat(json.json().get("type").asString()).endsWith("/csrf");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.header("Content-Type")).startsWith("text/html");
  }

  private static void assertProblem(ApiClient.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(status);
  }

  private static JsonNode error(ApiClient.Response response) {
    return response.json().get("errors").get(0);
  }
}
