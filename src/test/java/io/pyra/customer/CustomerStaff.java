package io.pyra.customer;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Org units, staff and customers for tests that share one database: every name and phone is new.
 */
final class CustomerStaff {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  private final OrgFixtures org;
  private final int port;

  CustomerStaff(OrgUnitService orgUnits, UserService users, RoleService roles, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.port = port;
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A fresh Chinese mobile number such as {@code 13912345678}. */
  static String mobile() {
    return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
  }

  OrgUnit root() {
    return org.root();
  }

  OrgUnit unit(OrgUnit parent) {
    return org.unit(parent);
  }

  UserAccount user(UUID orgUnitId, String roleCode) {
    return org.user(orgUnitId, roleCode);
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient as(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), PASSWORD);
  }

  static Map<String, Object> person(String name, String phone) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name);
    if (phone != null) {
      body.put("phones", List.of(Map.of("number", phone, "label", "mobile")));
    }
    return body;
  }
}
