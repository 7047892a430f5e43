package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * BCrypt reads at most 72 bytes of a password: a longer one is refused with a clear 422 naming the
 * field (not a server error, and not silently cut).
 */
@PyraIntegrationTest
class PasswordLengthTests {

  static final UUID FRONT_DESK = UUID.fromString("00000000-0000-7000-8000-000000000004");

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;

  @Test
  void aPasswordOfMoreThan72BytesIsRefusedOnCreateAndNothingIsStored() {
    String username = "long" + UUID.randomUUID().toString().substring(0, 8);

    ApiClient.Response refused =
        admin().post("/api/v1/users", user(username, "Long-Password-".repeat(6)));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.body()).contains("password").contains("at most 72 bytes");
    assertThat(users.byUsername(username)).isEmpty();
  }

  @Test
  void aPasswordOfExactly72BytesIsTakenAndSignsIn() {
    String username = "edge" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Edge-Case-".repeat(7) + "!!";
    assertThat(password).hasSize(72);

    assertThat(admin().post("/api/v1/users", user(username, password)).status()).isEqualTo(201);
    assertThat(new ApiClient(port).signIn(username, password).get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void anOwnNewPasswordOfChineseCharactersBeyond72BytesIsRefusedAndTheOldOneStillWorks() {
    String username =
        TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "FRONT_DESK", "zh-CN");
    ApiClient self = new ApiClient(port).signIn(username, TestStaff.PASSWORD);

    ApiClient.Response refused =
        self.post(
            "/api/v1/me/password",
            Map.of(
                "currentPassword",
                TestStaff.PASSWORD,
                "newPassword",
                "\u6625\u7720\u4e0d\u89c9\u6653".repeat(5)));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("newPassword");
    assertThat(self.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(new ApiClient(port).signIn(username, TestStaff.PASSWORD).get("/api/v1/me").status())
        .isEqualTo(200);
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private Map<String, Object> user(String username, String password) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("displayName", "Person " + username);
    body.put("email", username + "@example.com");
    body.put("orgUnitId", orgUnits.tree().get(0).id().toString());
    body.put("roleIds", List.of(FRONT_DESK.toString()));
    body.put("password", password);
    return body;
  }
}
