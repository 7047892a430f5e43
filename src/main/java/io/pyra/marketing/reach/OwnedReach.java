package io.pyra.marketing.reach;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.query.QueryPart;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees and who changes a record of marketing that has an owner and an org unit (a lead, a
 * campaign): the reach of a read and a write permission over them, by identity's visibility rule,
 * and where a new or changed record may be placed. Each kind of record names its permissions, the
 * columns of its table and the prefix of its messages ({@code lead.owner.not-allowed}).
 */
public abstract class OwnedReach {

  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final String read;
  private final String write;
  private final String messages;

  protected OwnedReach(
      CurrentUser currentUser, IdentityApi identity, String read, String write, String messages) {
    this.currentUser = currentUser;
    this.identity = identity;
    this.read = read;
    this.write = write;
    this.messages = messages;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /**
   * The reach of the read permission as a condition on the columns {@code owner} and {@code unit}.
   */
  protected QueryPart visible(String owner, String unit) {
    return currentUser.visibility(read).condition(owner, unit);
  }

  /** Whether the current user reads a record owned by {@code ownerId} in {@code orgUnitId}. */
  public boolean sees(UUID ownerId, UUID orgUnitId) {
    return reaches(read, ownerId, orgUnitId);
  }

  /** Whether a record owned by {@code ownerId} in {@code orgUnitId} is within the write reach. */
  public boolean mayPlace(UUID ownerId, UUID orgUnitId) {
    return reaches(write, ownerId, orgUnitId);
  }

  public boolean mayWrite() {
    return currentUser.has(write);
  }

  private boolean reaches(String permission, UUID ownerId, UUID orgUnitId) {
    return currentUser
        .visibility(permission)
        .allows(new UserId(ownerId), OrgUnitId.ofNullable(orgUnitId));
  }

  /** Whether the current user may make {@code user} the owner of a record. */
  public boolean mayOwn(UserSummary user) {
    return user.active()
        && (user.id().value().equals(me())
            || currentUser.visibility(write).allows(user.id(), user.orgUnitId()));
  }

  /** The org units the current user may place records in (the reach of the write permission). */
  public List<OrgUnitSummary> possibleOrgUnits() {
    Visibility reach = currentUser.visibility(write);
    return identity.orgUnits().stream().filter(u -> reach.includesUnit(u.id(), u.path())).toList();
  }

  /** The active users the current user may give records to, themselves first. */
  public List<UserSummary> possibleOwners() {
    Visibility reach = currentUser.visibility(write);
    UUID me = me();
    return identity.activeUsers().stream()
        .filter(u -> u.id().value().equals(me) || reach.allows(u.id(), u.orgUnitId()))
        .sorted(
            Comparator.comparing((UserSummary u) -> !u.id().value().equals(me))
                .thenComparing(UserSummary::displayName))
        .toList();
  }

  /**
   * The owner of a new or changed record: the one asked for, else the current one, else the writer;
   * a new owner must be active and within the writer's reach. Null, with a violation of {@code
   * ownerId}, when not allowed.
   */
  public UserSummary owner(UUID requested, UUID current, List<RuleViolation> violations) {
    UUID ownerId = requested != null ? requested : current != null ? current : me();
    Optional<UserSummary> owner = identity.user(new UserId(ownerId));
    boolean unchanged = ownerId.equals(current);
    if (owner.isEmpty()
        || owner.get().orgUnitId() == null
        || (!unchanged && !mayOwn(owner.get()))) {
      violations.add(new RuleViolation("ownerId", "not-allowed", messages + ".owner.not-allowed"));
      return null;
    }
    return owner.get();
  }

  /**
   * The record's org unit: the one asked for, else the current one, else the owner's; it must exist
   * and, with the owner, be within the writer's reach. Null, with a violation of {@code orgUnitId},
   * when not.
   */
  public UUID orgUnit(
      UUID requested, UUID current, UserSummary owner, List<RuleViolation> violations) {
    UUID unit =
        requested != null
            ? requested
            : current != null ? current : owner == null ? null : owner.orgUnitId().value();
    if (unit == null) {
      return null;
    }
    if (identity.orgUnit(new OrgUnitId(unit)).isEmpty()) {
      violations.add(new RuleViolation("orgUnitId", "not-found", messages + ".orgUnit.not-found"));
      return null;
    }
    if (owner != null && !mayPlace(owner.id().value(), unit)) {
      violations.add(
          new RuleViolation("orgUnitId", "not-allowed", messages + ".orgUnit.not-allowed"));
      return null;
    }
    return unit;
  }
}
