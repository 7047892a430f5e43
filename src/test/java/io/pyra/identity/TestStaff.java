package io.pyra.identity;

import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserService;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Users and codes for tests that share one database: every name is new. */
final class TestStaff {

  static final String PASSWORD = "Sunny-Garden-42";

  private TestStaff() {}

  /** A fresh code such as {@code REG-1A2B3C4D}, valid for org units and roles alike. */
  static String code(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** Creates an active user in the unit holding the shipped role, and returns the username. */
  static String user(
      UserService users, RoleService roles, UUID orgUnitId, String roleCode, String locale) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new SaveUser(
            username,
            "Test " + username,
            username + "@example.com",
            null,
            orgUnitId,
            null,
            locale,
            Set.of(roles.byCode(roleCode).id()),
            true,
            PASSWORD,
            null));
    return username;
  }
}
