package io.pyra.interaction.notification;

import java.time.Instant;
import java.util.UUID;

/** A notification as the user's list shows it. */
public record NotificationRow(
    UUID id,
    NotificationKind kind,
    UUID taskId,
    UUID customerId,
    String title,
    Instant createdAt,
    Instant readAt,
    Instant emailedAt,
    String link) {

  public boolean unread() {
    return readAt == null;
  }
}
