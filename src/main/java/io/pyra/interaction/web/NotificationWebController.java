package io.pyra.interaction.web;

import io.pyra.identity.CurrentUser;
import io.pyra.interaction.notification.NotificationRow;
import io.pyra.interaction.notification.Notifications;
import io.pyra.interaction.task.UserClock;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.Slice;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The user's notifications: the list, marking read, and the unread count of the bell in the
 * navigation.
 */
@Controller
class NotificationWebController {

  private static final int PAGE_SIZE = 50;

  private final Notifications notifications;
  private final CurrentUser currentUser;
  private final UserClock clock;

  NotificationWebController(Notifications notifications, CurrentUser currentUser, UserClock clock) {
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/notifications")
  String list(
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(required = false) String cursor,
      Model model) {
    UUID me = currentUser.requireId();
    Slice<NotificationRow> slice = notifications.list(me, unread, cursor, PAGE_SIZE);
    model.addAttribute("notifications", slice.items());
    model.addAttribute("unreadOnly", unread);
    model.addAttribute("unreadCount", notifications.unread(me));
    model.addAttribute(
        "nextUrl",
        slice.nextCursor() == null
            ? null
            : UriComponentsBuilder.fromPath("/notifications")
                .queryParam("unread", unread)
                .queryParam("cursor", slice.nextCursor())
                .encode()
                .build()
                .toUriString());
    model.addAttribute("zone", clock.zone());
    return "interaction/notifications/list";
  }

  /** The bell's badge, loaded by htmx after the page. */
  @GetMapping("/notifications/count")
  String count(Model model) {
    model.addAttribute("unreadCount", notifications.unread(currentUser.requireId()));
    return "interaction/notifications/list :: count";
  }

  @PostMapping("/notifications/{id}/read")
  String markRead(@PathVariable UUID id) {
    if (!notifications.markRead(currentUser.requireId(), id)) {
      throw new RecordNotFoundException("notification", id);
    }
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/read")
  String markAllRead() {
    notifications.markAllRead(currentUser.requireId());
    return "redirect:/notifications";
  }
}
