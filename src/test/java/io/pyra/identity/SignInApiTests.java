package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PyraIntegrationTest
class SignInApiTests {

  @LocalServerPort int port;

  @Test
  void administratorGetsATokenWithTheConfiguredPassword() {
    ApiClient.Response response =
        new ApiClient(port)
            .post(
                "/api/v1/auth/token",
                Map.of("username", "admin", "password", PyraIntegrationTest.ADMIN_PASSWORD));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("token").asString()).startsWith("pyra_");
    assertThat(response.json().get("expiresAt").asString()).isNotBlank();
  }

  @Test
  void wrongPasswordIsRefusedAsProblemDetails() {
    ApiClient.Response response =
        new ApiClient(port)
            .post(
                "/api/v1/auth/token", Map.of("username", "admin", "password", "not-the-password"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString())
        .isEqualTo("The username or password is wrong.");
  }

  @Test
  void apiWithoutTokenAnswers401ProblemDetails() {
    ApiClient.Response response = new ApiClient(port).get("/api/v1/anything");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
  }
}
