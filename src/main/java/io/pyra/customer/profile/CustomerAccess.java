package io.pyra.customer.profile;

import io.pyra.customer.CustomerScope;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.AccessRefusedException;
import java.util.UUID;
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

  public CustomerScope scope(String permission) {
    return CustomerScope.of(visibility(permission));
  }

  public boolean reaches(String permission, UUID ownerId, UUID orgUnitId) {
    return reaches(permission, ownerId, orgUnitId, this::orgUnit);
  }

  /**
   * The same rule with the org unit looked up through {@code orgUnits} (cached during an import).
   */
  boolean reaches(
      String permission,
      UUID ownerId,
      UUID orgUnitId,
      java.util.function.Function<UUID, java.util.Optional<OrgUnitSummary>> orgUnits) {
    return reaches(visibility(permission), ownerId, orgUnitId, orgUnits);
  }

  /**
   * Whether {@code userId} (not necessarily the current user) reaches the customer for {@code
   * permission}.
   */
  public boolean reachesFor(UUID userId, String permission, UUID ownerId, UUID orgUnitId) {
    return reaches(
        identity.visibility(UserId.ofNullable(userId), permission),
        ownerId,
        orgUnitId,
        this::orgUnit);
  }

  private static boolean reaches(
      Visibility visibility,
      UUID ownerId,
      UUID orgUnitId,
      java.util.function.Function<UUID, java.util.Optional<OrgUnitSummary>> orgUnits) {
    if (!visibility.granted()) {
      return false;
    }
    return switch (visibility.scope()) {
      case ALL -> true;
      case OWN -> visibility.userId().value().equals(ownerId);
      case ORG_UNIT -> visibility.orgUnitId().value().equals(orgUnitId);
      case SUBTREE ->
          orgUnits
              .apply(orgUnitId)
              .map(OrgUnitSummary::path)
              .map(path -> path.startsWith(visibility.orgUnitPath()))
              .orElse(false);
    };
  }

  /** Refuses (403) an action on a customer outside the user's reach for it. */
  public void require(String permission, Customer customer) {
    if (!reaches(permission, customer.ownerId(), customer.orgUnitId())) {
      throw new AccessRefusedException(permission + " does not reach customer " + customer.code());
    }
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
