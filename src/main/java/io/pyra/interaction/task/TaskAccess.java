package io.pyra.interaction.task;

import io.pyra.customer.CustomerApi;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.Scope;
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
 * Who sees and who changes a task. A task is seen by its assignee, its creator and everyone who may
 * read its customer; it is changed by its assignee, its creator, or someone whose {@code
 * task.assign} reaches the assignee across a subtree or everywhere (a principal, an administrator),
 * not by colleagues who merely share the unit. Giving a task to someone else needs {@code
 * task.assign} reaching that person: only oneself (OWN), the same org unit, the subtree, or all.
 */
@Component
public class TaskAccess {

  private final CurrentUser currentUser;
  private final CustomerApi customers;
  private final IdentityApi identity;

  TaskAccess(CurrentUser currentUser, CustomerApi customers, IdentityApi identity) {
    this.currentUser = currentUser;
    this.customers = customers;
    this.identity = identity;
  }

  public UUID me() {
    return currentUser.requireId();
  }

  /** The visibility rule as a condition on {@code interaction_task t}. */
  public QueryPart visible() {
    return currentUser
        .visibility("customer.read")
        .condition("c.owner_id", "c.org_unit_id")
        .wrap(
            "(t.assignee_id = :taskViewer or t.created_by = :taskViewer or exists (select 1 from "
                + "customer_card_view c where c.id = t.customer_id and ",
            "))")
        .with("taskViewer", me());
  }

  boolean sees(Task task) {
    UUID me = me();
    return me.equals(task.assigneeId())
        || me.equals(task.createdBy())
        || (task.customerId() != null && customers.reaches("customer.read", task.customerId()));
  }

  boolean changes(Task task) {
    UUID me = me();
    if (me.equals(task.assigneeId()) || me.equals(task.createdBy())) {
      return true;
    }
    Visibility lead = currentUser.visibility("task.assign");
    return lead.granted()
        && (lead.scope() == Scope.SUBTREE || lead.scope() == Scope.ALL)
        && identity
            .user(task.assigneeId())
            .map(u -> lead.allows(u.id(), u.orgUnitId()))
            .orElse(false);
  }

  /** Whether the current user may give a task to this user (always to themselves). */
  public boolean mayAssignTo(UUID userId) {
    if (me().equals(userId)) {
      return true;
    }
    Optional<UserSummary> user = identity.user(userId);
    return user.isPresent()
        && currentUser.visibility("task.assign").allows(user.get().id(), user.get().orgUnitId());
  }

  /** The active users the current user may give tasks to, themselves first. */
  public List<UserSummary> assignableUsers() {
    Map<UUID, String> paths = new HashMap<>();
    identity.orgUnits().forEach(u -> paths.put(u.id(), u.path()));
    Visibility visibility =
        currentUser
            .visibility("task.assign")
            .withOrgUnitPaths(id -> Optional.ofNullable(paths.get(id)));
    UUID me = me();
    return identity.activeUsers().stream()
        .filter(u -> u.id().equals(me) || visibility.allows(u.id(), u.orgUnitId()))
        .sorted((a, b) -> Boolean.compare(!a.id().equals(me), !b.id().equals(me)))
        .toList();
  }
}
