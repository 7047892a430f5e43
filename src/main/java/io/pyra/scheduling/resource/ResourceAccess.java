package io.pyra.scheduling.resource;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.Scope;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes resources and their availability: the reach of {@code resource.read} and
 * {@code resource.manage} over the resource's centre (identity's visibility rule); at {@code OWN}
 * an instructor sees their own resource.
 */
@Component
public class ResourceAccess {

  public static final String READ = "resource.read";
  public static final String MANAGE = "resource.manage";

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  ResourceAccess(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /** The reach of {@code resource.read} as a condition on {@code scheduling_resource r}. */
  public QueryPart visible() {
    return currentUser.visibility(READ).condition("r.user_id", "r.org_unit_id");
  }

  public boolean sees(Resource resource) {
    return currentUser
        .visibility(READ)
        .allows(UserId.ofNullable(resource.userId()), new OrgUnitId(resource.orgUnitId()));
  }

  /** Whether the current user manages the org unit (may place resources, hours, closures there). */
  public boolean manages(UUID orgUnitId) {
    Optional<OrgUnitSummary> unit = identity.orgUnit(OrgUnitId.ofNullable(orgUnitId));
    return unit.isPresent()
        && currentUser.visibility(MANAGE).includesUnit(unit.get().id(), unit.get().path());
  }

  /** Whether the current user sees the org unit's scheduling (hours, closures). */
  public boolean seesUnit(UUID orgUnitId) {
    Optional<OrgUnitSummary> unit = identity.orgUnit(OrgUnitId.ofNullable(orgUnitId));
    return unit.isPresent()
        && currentUser.visibility(READ).includesUnit(unit.get().id(), unit.get().path());
  }

  /** Whether the current user manages every centre (and so the company-wide holidays). */
  public boolean managesAll() {
    return currentUser.visibility(MANAGE).scope() == Scope.ALL;
  }

  public boolean mayManage() {
    return currentUser.has(MANAGE);
  }

  /** The org units the current user may place resources in (the reach of resource.manage). */
  public List<OrgUnitSummary> manageableUnits() {
    Visibility manage = currentUser.visibility(MANAGE);
    return identity.orgUnits().stream().filter(u -> manage.includesUnit(u.id(), u.path())).toList();
  }

  /** The org units the current user sees resources of (the reach of resource.read). */
  public List<OrgUnitSummary> visibleUnits() {
    Visibility read = currentUser.visibility(READ);
    return identity.orgUnits().stream().filter(u -> read.includesUnit(u.id(), u.path())).toList();
  }
}
