package io.pyra.identity;

import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import java.util.UUID;

/** Users and codes for tests that share one database: every name is new. */
final class TestStaff {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  private TestStaff() {}

  /** A fresh code such as {@code REG-1A2B3C4D}, valid for org units and roles alike. */
  static String code(String prefix) {
    return OrgFixtures.code(prefix);
  }

  /** Creates an active user in the unit holding the shipped role, and returns the username. */
  static String user(
      UserService users, RoleService roles, UUID orgUnitId, String roleCode, String locale) {
    return new OrgFixtures(null, users, roles)
        .member(orgUnitId)
        .roles(roleCode)
        .speaking(locale)
        .create()
        .username();
  }
}
