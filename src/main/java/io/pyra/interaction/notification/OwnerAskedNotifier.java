package io.pyra.interaction.notification;

import io.pyra.customer.CustomerOwnerAsked;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The owner of a customer hears that someone entering a customer found theirs a likely duplicate:
 * the notification names the customer and who asked, and opens the customer.
 */
@Component
class OwnerAskedNotifier {

  private final Notifications notifications;

  OwnerAskedNotifier(Notifications notifications) {
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(CustomerOwnerAsked asked) {
    String title = asked.customerCode() + " " + asked.customerName() + " · " + asked.askedByName();
    notifications.add(
        asked.ownerId().value(),
        NotificationKind.CUSTOMER_OWNER_ASKED,
        null,
        asked.customerId().value(),
        title.length() > 300 ? title.substring(0, 300) : title,
        Instant.now());
  }
}
