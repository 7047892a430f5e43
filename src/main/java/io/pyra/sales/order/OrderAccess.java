package io.pyra.sales.order;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who sees, writes and signs an order: the scope of {@code order.read}, {@code order.write} and
 * {@code order.sign} on the order's own owner and org unit. A consultant (OWN) sees and writes
 * their own orders; a principal those of their subtree; an enrolment specialist signs those of
 * theirs.
 */
@Component
public class OrderAccess {

  public static final String READ = "order.read";
  public static final String WRITE = "order.write";
  public static final String SIGN = "order.sign";

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  OrderAccess(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /** The signed-in user as an owner of orders, as read for this request. */
  public Optional<UserSummary> myself() {
    return currentUser.summary();
  }

  /** The visibility rule as a condition on {@code sales_order o}. */
  public QueryPart visible() {
    return currentUser.visibility(READ).condition("o.owner_id", "o.org_unit_id");
  }

  public boolean sees(Order order) {
    return reaches(READ, order);
  }

  public boolean writes(Order order) {
    return reaches(WRITE, order);
  }

  public boolean signs(Order order) {
    return reaches(SIGN, order);
  }

  public Visibility visibility(String permission) {
    return currentUser.visibility(permission);
  }

  public boolean has(String permission) {
    return currentUser.has(permission);
  }

  boolean reaches(String permission, Order order) {
    return currentUser
        .visibility(permission)
        .allows(UserId.ofNullable(order.ownerId()), OrgUnitId.ofNullable(order.orgUnitId()));
  }

  /** Whether the current user may write an order owned by this user (always for themselves). */
  public boolean mayOwn(UserSummary owner) {
    return owner.id().value().equals(me())
        || currentUser.visibility(WRITE).allows(owner.id(), owner.orgUnitId());
  }

  /** The active users who may own an order the current user writes, themselves first. */
  public List<UserSummary> possibleOwners() {
    Map<OrgUnitId, String> paths = new HashMap<>();
    identity.orgUnits().forEach(u -> paths.put(u.id(), u.path()));
    Visibility visibility =
        currentUser.visibility(WRITE).withOrgUnitPaths(id -> Optional.ofNullable(paths.get(id)));
    UUID me = me();
    return identity.activeUsers().stream()
        .filter(u -> u.id().value().equals(me) || visibility.allows(u.id(), u.orgUnitId()))
        .sorted((a, b) -> Boolean.compare(!a.id().value().equals(me), !b.id().value().equals(me)))
        .toList();
  }
}
