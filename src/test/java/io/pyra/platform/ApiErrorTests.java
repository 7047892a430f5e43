package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One error model: every failure of the API is a problem detail naming the field and the rule. */
@PyraIntegrationTest
class ApiErrorTests {

  @LocalServerPort int port;

  @Test
  void malformedJsonIsRefusedAsProblemDetails() {
    ApiClient.Response response =
        new ApiClient(port).postRaw("/api/v1/auth/token", "application/json", "{\"username\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains("not valid JSON");
  }

  @Test
  void aValueOfTheWrongTypeNamesTheField() {
    ApiClient.Response response =
        new ApiClient(port)
            .postRaw(
                "/api/v1/auth/token",
                "application/json",
                "{\"username\": {\"nested\": true}, \"password\": \"x\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("type");
  }

  @Test
  void anUnknownFieldIsNamed() {
    ApiClient.Response response =
        new ApiClient(port)
            .postRaw(
                "/api/v1/auth/token",
                "application/json",
                "{\"username\": \"admin\", \"password\": \"x\", \"role\": \"god\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
    assertThat(response.json().get("errors").get(0).get("rule").asString())
        .isEqualTo("unknown-field");
  }

  @Test
  void aMissingFieldIsNamedInTheCallersLanguage() {
    ApiClient client = new ApiClient(port);
    ApiClient.Response response =
        client.send(
            client
                .builder("/api/v1/auth/token")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\": \"x\"}")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    assertThat(response.json().get("errors").get(0).get("message").asString())
        .isEqualTo("用户名为必填项。");
  }

  @Test
  void aTwentyMegabyteBodyIsRefusedBeforeItIsRead() {
    String body = "{\"username\": \"" + "x".repeat(20 * 1024 * 1024) + "\"}";
    ApiClient.Response response =
        new ApiClient(port).postRaw("/api/v1/auth/token", "application/json", body);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("detail").asString()).contains("larger than the limit");
  }
}
