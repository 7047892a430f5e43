package io.pyra.identity.user;

import java.util.List;
import java.util.UUID;

/** A user as lists and the API show them: never the password hash. */
public record UserRow(
    UUID id,
    String username,
    String displayName,
    String email,
    String phone,
    UUID orgUnitId,
    String orgUnitName,
    String orgUnitPath,
    UUID supervisorId,
    String locale,
    boolean active,
    long version,
    List<RoleRef> roles) {

  /** A role a user holds: its id, code (for the translated name) and stored name. */
  public record RoleRef(UUID id, String code, String name) {}

  public List<UUID> roleIds() {
    return roles.stream().map(RoleRef::id).toList();
  }

  UserRow withRoles(List<RoleRef> roles) {
    return new UserRow(
        id,
        username,
        displayName,
        email,
        phone,
        orgUnitId,
        orgUnitName,
        orgUnitPath,
        supervisorId,
        locale,
        active,
        version,
        List.copyOf(roles));
  }
}
