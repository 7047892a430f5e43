package io.pyra.support.cases;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who sees and who works a case: the reach of {@code case.read} and {@code case.write} over its
 * assignee and its team (an agent the cases assigned to them, an assistant their unit's, a
 * principal their subtree, management all).
 */
@Component
public class CaseAccess {

  public static final String READ = "case.read";
  public static final String CREATE = "case.create";
  public static final String WRITE = "case.write";
  public static final String APPROVE = "case.approve";
  private static final String CUSTOMER_READ = "customer.read";

  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final CustomerApi customers;

  CaseAccess(CurrentUser currentUser, IdentityApi identity, CustomerApi customers) {
    this.currentUser = currentUser;
    this.identity = identity;
    this.customers = customers;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /**
   * The visibility rule as a condition on {@code support_case k}: the case within the reach of
   * {@code case.read} and its customer within the reach of {@code customer.read} (a case names its
   * customer, so it shows no more than the customer list does).
   */
  public QueryPart visible() {
    return currentUser
        .visibility(READ)
        .condition("k.assignee_id", "k.org_unit_id")
        .and(
            currentUser
                .visibility(CUSTOMER_READ)
                .condition("cv.owner_id", "cv.org_unit_id")
                .wrap(
                    "exists (select 1 from customer_card_view cv where cv.id = k.customer_id and ",
                    ")"));
  }

  public boolean sees(SupportCase c) {
    return reaches(READ, c) && customers.reaches(CUSTOMER_READ, new CustomerId(c.customerId()));
  }

  public boolean works(SupportCase c) {
    return reaches(WRITE, c) && customers.reaches(CUSTOMER_READ, new CustomerId(c.customerId()));
  }

  public boolean has(String permission) {
    return currentUser.has(permission);
  }

  private boolean reaches(String permission, SupportCase c) {
    return currentUser
        .visibility(permission)
        .allows(UserId.ofNullable(c.assigneeId()), OrgUnitId.ofNullable(c.orgUnitId()));
  }

  /**
   * Whether the current user may give a case to {@code assignee}: themselves, or an active user
   * their {@code case.write} reaches. Any team may be given a case without a person (a call-centre
   * agent passes a complaint to the service team).
   */
  public boolean mayGive(UserSummary assignee) {
    return assignee.active()
        && (assignee.id().value().equals(me())
            || currentUser.visibility(WRITE).allows(assignee.id(), assignee.orgUnitId()));
  }

  /** The active users the current user may give cases to, themselves first. */
  public List<UserSummary> possibleAssignees() {
    Visibility write = currentUser.visibility(WRITE);
    UUID me = me();
    return identity.activeUsers().stream()
        .filter(u -> u.id().value().equals(me) || write.allows(u.id(), u.orgUnitId()))
        .sorted(
            Comparator.comparing((UserSummary u) -> !u.id().value().equals(me))
                .thenComparing(UserSummary::displayName))
        .toList();
  }
}
