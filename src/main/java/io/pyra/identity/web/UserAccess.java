package io.pyra.identity.web;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.Scope;
import io.pyra.identity.Visibility;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RolePermission;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserDirectory;
import io.pyra.identity.user.UserFilter;
import io.pyra.identity.user.UserRow;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How far the current user reaches among users, for pages and API alike: a user outside the {@code
 * user.read} scope does not exist for them (404); one they see but may not manage is refused (403),
 * and so is placing a user in an org unit outside the {@code user.manage} scope.
 */
@Component
class UserAccess {

  private static final Visibility EVERYONE = new Visibility(Scope.ALL, null, null, null);

  private final CurrentUser currentUser;
  private final UserDirectory directory;
  private final OrgUnitService orgUnits;
  private final RoleService roles;

  UserAccess(
      CurrentUser currentUser,
      UserDirectory directory,
      OrgUnitService orgUnits,
      RoleService roles) {
    this.currentUser = currentUser;
    this.directory = directory;
    this.orgUnits = orgUnits;
    this.roles = roles;
  }

  /**
   * Refuses giving a role that grants more than the current user holds (a permission they lack, or
   * a wider scope), so that managing users never becomes a way to raise one's own rights. Roles the
   * user already holds may stay.
   */
  void mayAssign(Collection<UUID> requested, Collection<UUID> held) {
    if (requested == null) {
      return;
    }
    for (UUID roleId : requested) {
      if (held.contains(roleId)) {
        continue;
      }
      Role role;
      try {
        role = roles.get(roleId);
      } catch (RecordNotFoundException e) {
        continue; // left to validation: "the role does not exist"
      }
      for (RolePermission grant : role.permissions()) {
        Scope own = currentUser.visibility(grant.permission()).scope();
        if (own == null || own.compareTo(grant.scope()) < 0) {
          throw new BusinessRuleException(
              "roleIds", "beyond-own-rights", "user.role.beyond-own-rights", role.name());
        }
      }
    }
  }

  Visibility read() {
    return currentUser.visibility("user.read");
  }

  Visibility manage() {
    return currentUser.visibility("user.manage");
  }

  /** The user as the current user may see them; 404 when out of sight. */
  UserRow readable(UUID id) {
    return directory.find(id, read()).orElseThrow(() -> new RecordNotFoundException("user", id));
  }

  /** The user, when the current user may also change them; 404 when out of sight, else 403. */
  UserRow manageable(UUID id) {
    UserRow user = readable(id);
    if (!mayManage(user)) {
      throw new AccessRefusedException("user " + id + " is outside the user.manage scope");
    }
    return user;
  }

  boolean mayManage(UserRow user) {
    return manage().allows(user.id(), user.orgUnitId(), user.orgUnitPath());
  }

  /**
   * Refuses a new user in an org unit outside the manage scope (an unknown unit is left to
   * validation).
   */
  void mayCreateIn(UUID orgUnitId) {
    Visibility manage = manage();
    if (!manage.granted() || manage.scope() == Scope.OWN) {
      throw new AccessRefusedException("user.manage does not reach other users");
    }
    mayPlaceIn(orgUnitId);
  }

  /**
   * Refuses moving a user to an org unit outside the manage scope (an unknown unit is left to
   * validation).
   */
  void mayPlaceIn(UUID orgUnitId) {
    if (orgUnitId == null) {
      return;
    }
    String path = directory.orgUnitPath(orgUnitId).orElse(null);
    if (path != null && !manage().includesUnit(orgUnitId, path)) {
      throw new AccessRefusedException(
          "org unit " + orgUnitId + " is outside the user.manage scope");
    }
  }

  /** A supervisor the current user cannot see is, for them, one that does not exist. */
  void supervisorVisible(UUID supervisorId) {
    if (supervisorId != null && directory.find(supervisorId, read()).isEmpty()) {
      throw new BusinessRuleException("supervisorId", "exists", "user.supervisor.unknown");
    }
  }

  /** The org units a user may be placed in, as [id, name] pairs in tree order. */
  List<List<String>> placeableOrgUnits() {
    Visibility manage = manage();
    return orgUnits.tree().stream()
        .filter(unit -> manage.includesUnit(unit.id(), unit.path()))
        .map(UserAccess::option)
        .toList();
  }

  /** The org units the list may be filtered by, as [id, name] pairs in tree order. */
  List<List<String>> visibleOrgUnits() {
    Visibility read = read();
    return orgUnits.tree().stream()
        .filter(unit -> read.includesUnit(unit.id(), unit.path()))
        .map(UserAccess::option)
        .toList();
  }

  /**
   * Active users the current user sees, as [id, "name (username)"] pairs, plus the current choice.
   */
  List<List<String>> supervisors(UUID current, UUID excluded) {
    List<UserRow> candidates =
        new java.util.ArrayList<>(
            directory
                .search(
                    new UserFilter(null, null, null, true), read(), null, UserDirectory.MAX_LIMIT)
                .items());
    if (current != null && candidates.stream().noneMatch(u -> u.id().equals(current))) {
      directory.find(current, EVERYONE).ifPresent(candidates::add);
    }
    return candidates.stream()
        .filter(u -> !Objects.equals(u.id(), excluded))
        .map(u -> List.of(u.id().toString(), u.displayName() + " (" + u.username() + ")"))
        .toList();
  }

  /** The user regardless of scope, to answer a write that the scope checks already allowed. */
  UserRow afterWrite(UUID id) {
    return directory.find(id, EVERYONE).orElseThrow(() -> new RecordNotFoundException("user", id));
  }

  private static List<String> option(OrgUnit unit) {
    return List.of(unit.id().toString(), unit.name());
  }
}
