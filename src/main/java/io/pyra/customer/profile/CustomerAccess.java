package io.pyra.customer.profile;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.query.QueryPart;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Whether the current user reaches a customer for an action ({@code customer.read}, {@code
 * customer.update} …): by owner, org unit or org-unit subtree, as their roles grant.
 */
@Component
public class CustomerAccess {

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  CustomerAccess(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  public Visibility visibility(String permission) {
    return currentUser.visibility(permission);
  }

  /**
   * The rule for {@code permission} as a condition on {@code customer_customer} aliased {@code c}.
   */
  public QueryPart condition(String permission) {
    return visibility(permission).condition("c.owner_id", "c.org_unit_id");
  }

  public boolean reaches(String permission, UUID ownerId, UUID orgUnitId) {
    return visibility(permission)
        .allows(UserId.ofNullable(ownerId), OrgUnitId.ofNullable(orgUnitId));
  }

  /**
   * The same rule with the org unit looked up through {@code orgUnits} (cached during an import).
   */
  boolean reaches(
      String permission,
      UUID ownerId,
      UUID orgUnitId,
      Function<UUID, Optional<OrgUnitSummary>> orgUnits) {
    return visibility(permission)
        .withOrgUnitPaths(id -> orgUnits.apply(id.value()).map(OrgUnitSummary::path))
        .allows(UserId.ofNullable(ownerId), OrgUnitId.ofNullable(orgUnitId));
  }

  /**
   * Whether {@code userId} (not necessarily the current user) reaches the customer for {@code
   * permission}.
   */
  public boolean reachesFor(UUID userId, String permission, UUID ownerId, UUID orgUnitId) {
    return identity
        .visibility(UserId.ofNullable(userId), permission)
        .allows(UserId.ofNullable(ownerId), OrgUnitId.ofNullable(orgUnitId));
  }

  /** Refuses (403) an action on a customer outside the user's reach for it. */
  public void require(String permission, Customer customer) {
    if (!reaches(permission, customer.ownerId(), customer.orgUnitId())) {
      throw new AccessRefusedException(permission + " does not reach customer " + customer.code());
    }
  }

  /**
   * The region in which the current user reads a phone number written without a country code (their
   * org unit's; the default without a signed-in user).
   */
  public String region() {
    return currentUser.region();
  }

  public String currentUsername() {
    return currentUser.username().orElse(null);
  }

  public UUID currentUserId() {
    return currentUser.requireId().value();
  }

  private java.util.Optional<OrgUnitSummary> orgUnit(UUID id) {
    return identity.orgUnit(OrgUnitId.ofNullable(id));
  }
}
