package io.pyra.interaction.notification;

import io.pyra.customer.CustomerAccessRequested;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserSummary;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A user who looked up a caller they may not open asked for access to the customer, or told its
 * owner that it called: the owner finds it in their notifications, and for a request for access so
 * do the managers of the customer's org unit (its active members who may transfer the customer to
 * someone else). Delivered from the outbox, after the request was saved.
 */
@Component
class AccessRequestNotifier {

  static final int TITLE_MAX = 300;

  /** The permission of those who can give a user access to a customer: by transferring it. */
  static final String MANAGES = "customer.transfer";

  private final Notifications notifications;
  private final IdentityApi identity;

  AccessRequestNotifier(Notifications notifications, IdentityApi identity) {
    this.notifications = notifications;
    this.identity = identity;
  }

  @ApplicationModuleListener
  void on(CustomerAccessRequested event) {
    Set<UUID> told = new LinkedHashSet<>();
    if (event.ownerId() != null) {
      told.add(event.ownerId().value());
    }
    NotificationKind kind = NotificationKind.CUSTOMER_CALLED;
    if (event.kind() == CustomerAccessRequested.Kind.REQUEST_ACCESS) {
      kind = NotificationKind.ACCESS_REQUESTED;
      for (UserSummary user : identity.activeUsers()) {
        if (user.orgUnitId() != null
            && user.orgUnitId().equals(event.orgUnitId())
            && identity.visibility(user.id(), MANAGES).allows(event.ownerId(), event.orgUnitId())) {
          told.add(user.id().value());
        }
      }
    }
    if (event.requesterId() != null) {
      told.remove(event.requesterId().value());
    }
    String title = title(event);
    Instant now = Instant.now();
    for (UUID user : told) {
      notifications.add(user, kind, null, event.customerId().value(), title, now);
    }
  }

  /** Who asked, about which customer: "Wang Li · Zhang Wei". */
  private static String title(CustomerAccessRequested event) {
    String who = event.requesterName() == null ? "?" : event.requesterName();
    String title = event.customerName() == null ? who : who + " · " + event.customerName();
    return title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
  }
}
