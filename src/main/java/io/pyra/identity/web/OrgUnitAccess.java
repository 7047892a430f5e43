package io.pyra.identity.web;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which org units the current user may see ({@code org-unit.read}) and change ({@code
 * org-unit.manage}), at the reach of their grants: a unit out of sight is "not found", one in sight
 * but out of reach for changes is refused.
 */
@Component
class OrgUnitAccess {

  static final String READ = "org-unit.read";
  static final String MANAGE = "org-unit.manage";

  private final OrgUnitService units;
  private final CurrentUser currentUser;

  OrgUnitAccess(OrgUnitService units, CurrentUser currentUser) {
    this.units = units;
    this.currentUser = currentUser;
  }

  List<OrgUnit> readableTree() {
    return units.visibleTree(currentUser.visibility(READ));
  }

  List<OrgUnit> manageableTree() {
    return units.visibleTree(currentUser.visibility(MANAGE));
  }

  boolean canManage(OrgUnit unit) {
    return unit.within(currentUser.visibility(MANAGE));
  }

  OrgUnit readable(UUID id) {
    OrgUnit unit = units.get(id);
    if (!isVisible(unit)) {
      throw new RecordNotFoundException("org-unit", id);
    }
    return unit;
  }

  OrgUnit manageable(UUID id) {
    OrgUnit unit = readable(id);
    if (!canManage(unit)) {
      throw new AccessRefusedException(
          "org-unit " + id + " is out of the reach of org-unit.manage");
    }
    return unit;
  }

  /**
   * Checks a parent the user asks for: one they cannot see counts as unknown (as the service says
   * of one that does not exist), one they see but may not change below is refused.
   */
  void checkParent(UUID parentId) {
    Optional<OrgUnit> parent = units.find(parentId);
    if (parent.isEmpty()) {
      return;
    }
    if (!isVisible(parent.get())) {
      throw new BusinessRuleException("parentId", "exists", "orgunit.parent.unknown");
    }
    if (!canManage(parent.get())) {
      throw new AccessRefusedException(
          "org-unit " + parentId + " is out of the reach of org-unit.manage");
    }
  }

  private boolean isVisible(OrgUnit unit) {
    return unit.within(currentUser.visibility(READ)) || canManage(unit);
  }
}
