package io.pyra.customer;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Org units, staff and customers for tests that share one database: every name and phone is new.
 */
final class CustomerStaff {

  static final String PASSWORD = "Sunny-Garden-42";

  private final OrgUnitService orgUnits;
  private final UserService users;
  private final RoleService roles;
  private final int port;

  CustomerStaff(OrgUnitService orgUnits, UserService users, RoleService roles, int port) {
    this.orgUnits = orgUnits;
    this.users = users;
    this.roles = roles;
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
    return orgUnits.tree().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
  }

  OrgUnit unit(OrgUnit parent) {
    String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    return orgUnits.create(
        new SaveOrgUnit(
            parent.id(),
            parent.parentId() == null ? OrgUnitKind.BRANCH : OrgUnitKind.TEAM,
            code,
            "Unit " + code,
            "Asia/Shanghai",
            null));
  }

  UserAccount user(UUID orgUnitId, String roleCode) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    return users.create(
        new SaveUser(
            username,
            "Staff " + username,
            username + "@example.com",
            null,
            orgUnitId,
            null,
            "en",
            Set.of(roles.byCode(roleCode).id()),
            true,
            PASSWORD,
            null));
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
