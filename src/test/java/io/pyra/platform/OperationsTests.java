package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operations and integrators rely on: health, metrics, the API document, security headers. */
@PyraIntegrationTest
class OperationsTests {

  @LocalServerPort int port;

  @Test
  void healthAnswersWithLivenessAndReadiness() {
    ApiClient client = new ApiClient(port);

    assertThat(client.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    assertThat(client.get("/actuator/health/liveness").json().get("status").asString())
        .isEqualTo("UP");
    assertThat(client.get("/actuator/health/readiness").json().get("status").asString())
        .isEqualTo("UP");
  }

  @Test
  void prometheusMetricsAreServedToAHolderOfTheOperationsPermission() {
    ApiClient.Response response =
        new ApiClient(port)
            .signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD)
            .get("/actuator/prometheus");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    ApiClient client = new ApiClient(port);
    ApiClient.Response document = client.get("/v3/api-docs");

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.json().get("info").get("title").asString()).isEqualTo("Pyra CRM API");
    assertThat(document.json().get("paths").has("/api/v1/auth/token")).isTrue();
    assertThat(client.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndNoFraming() {
    PageClient.Page login = new PageClient(port).get("/login");

    assertThat(login.header("Content-Security-Policy"))
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(login.document().select("script:not([src])")).isEmpty();
    assertThat(login.document().select("[style]")).isEmpty();
  }

  @Test
  void everyStylesheetAndScriptAPageLinksIsServed() {
    PageClient browser = new PageClient(port);
    PageClient.Page login = browser.get("/login");
    var assets =
        login.document().select("link[rel=stylesheet][href], script[src]").stream()
            .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
            .toList();

    assertThat(assets).anyMatch(a -> a.contains("htmx")).anyMatch(a -> a.contains("bootstrap"));
    ApiClient client = new ApiClient(port);
    for (String asset : assets) {
      assertThat(client.get(asset).status()).as(asset).isEqualTo(200);
    }
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() {
    PageClient browser = new PageClient(port);
    browser.get("/login");

    PageClient.Page refused =
        browser.postRaw(
            "/login", Map.of("username", "admin", "password", PyraIntegrationTest.ADMIN_PASSWORD));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(browser.get("/").location()).endsWith("/login");
  }
}
