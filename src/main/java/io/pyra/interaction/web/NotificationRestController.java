package io.pyra.interaction.web;

import io.pyra.identity.CurrentUser;
import io.pyra.interaction.notification.NotificationKind;
import io.pyra.interaction.notification.NotificationRow;
import io.pyra.interaction.notification.Notifications;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications over the API: newest first, with a cursor; marking read. */
@Tag(name = "Notifications")
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationRestController {

  record NotificationJson(
      UUID id,
      NotificationKind kind,
      UUID taskId,
      UUID customerId,
      String title,
      Instant createdAt,
      Instant readAt,
      Instant emailedAt) {

    static NotificationJson of(NotificationRow row) {
      return new NotificationJson(
          row.id(),
          row.kind(),
          row.taskId(),
          row.customerId(),
          row.title(),
          row.createdAt(),
          row.readAt(),
          row.emailedAt());
    }
  }

  record NotificationList(List<NotificationJson> items, String nextCursor, long unreadCount) {}

  record Marked(int marked) {}

  private final Notifications notifications;
  private final CurrentUser currentUser;

  NotificationRestController(Notifications notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  @Operation(
      summary =
          "Your notifications, newest first; unread=true for the unread ones only; limit (max 200); "
              + "cursor = nextCursor of the previous page")
  @GetMapping
  NotificationList list(
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    UUID me = currentUser.requireId();
    Slice<NotificationRow> slice = notifications.list(me, unread, cursor, limit);
    return new NotificationList(
        slice.items().stream().map(NotificationJson::of).toList(),
        slice.nextCursor(),
        notifications.unread(me));
  }

  @Operation(summary = "Mark one of your notifications read")
  @PostMapping("/{id}/read")
  ResponseEntity<Void> markRead(@PathVariable UUID id) {
    if (!notifications.markRead(currentUser.requireId(), id)) {
      throw new RecordNotFoundException("notification", id);
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Mark all your notifications read; answers how many were unread")
  @PostMapping("/read")
  Marked markAllRead() {
    return new Marked(notifications.markAllRead(currentUser.requireId()));
  }
}
