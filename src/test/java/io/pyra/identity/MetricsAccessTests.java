package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The metrics name every URI template and the load on each: only a user granted {@code
 * operations.metrics} reads them. The health probes stay open to anyone.
 */
@PyraIntegrationTest
class MetricsAccessTests {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;

  @Test
  void anAnonymousScrapeIsA401Problem() {
    ApiClient.Response response = new ApiClient(port).get("/actuator/prometheus");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("jvm_memory_used_bytes");
    assertThat(new ApiClient(port).get("/actuator").status()).isEqualTo(401);
  }

  @Test
  void aTokenThatIsNoneOfPyrasIsA401Problem() {
    ApiClient.Response response =
        new ApiClient(port).withToken("pyra_not-a-real-token").get("/actuator/prometheus");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void aUserWithoutTheOperationsPermissionIsA403ProblemByTokenAndBySession() {
    String username = TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "MANAGEMENT", "en");

    ApiClient.Response byToken =
        new ApiClient(port).signIn(username, TestStaff.PASSWORD).get("/actuator/prometheus");
    PageClient.Page bySession =
        new PageClient(port).signIn(username, TestStaff.PASSWORD).get("/actuator/prometheus");

    assertThat(byToken.status()).isEqualTo(403);
    assertThat(byToken.header("Content-Type")).startsWith("application/problem+json");
    assertThat(byToken.body()).doesNotContain("jvm_memory_used_bytes");
    assertThat(bySession.status()).isEqualTo(403);
    assertThat(bySession.body()).doesNotContain("jvm_memory_used_bytes");
  }

  @Test
  void theAdministratorReadsTheMetricsByTokenAndBySession() {
    ApiClient.Response byToken =
        new ApiClient(port)
            .signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD)
            .get("/actuator/prometheus");
    PageClient.Page bySession =
        new PageClient(port)
            .signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD)
            .get("/actuator/prometheus");

    assertThat(byToken.status()).isEqualTo(200);
    assertThat(byToken.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    assertThat(bySession.status()).isEqualTo(200);
    assertThat(bySession.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void aRoleGrantedTheOperationsPermissionReadsTheMetrics() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ApiClient.Response role =
        admin.post(
            "/api/v1/roles",
            Map.of(
                "code",
                TestStaff.code("OPS"),
                "name",
                "Operations",
                "grants",
                Map.of("operations.metrics", "ALL")));
    assertThat(role.status()).isEqualTo(201);
    String username = "ops" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new SaveUser(
            username,
            "Ops " + username,
            username + "@example.com",
            null,
            orgUnits.tree().get(0).id(),
            null,
            "en",
            Set.of(UUID.fromString(role.json().get("id").asString())),
            true,
            TestStaff.PASSWORD,
            null));

    ApiClient.Response response =
        new ApiClient(port).signIn(username, TestStaff.PASSWORD).get("/actuator/prometheus");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void theHealthProbesAnswerAnyoneEvenWithAStrayAuthorizationHeader() {
    assertThat(new ApiClient(port).get("/actuator/health").status()).isEqualTo(200);
    assertThat(new ApiClient(port).get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(
            new ApiClient(port).withToken("pyra_stale").get("/actuator/health/readiness").status())
        .isEqualTo(200);
  }
}
