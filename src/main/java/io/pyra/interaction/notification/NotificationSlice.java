package io.pyra.interaction.notification;

import java.util.List;

/** One page of notifications, newest first, and the cursor of the next page (null on the last). */
public record NotificationSlice(List<NotificationRow> items, String nextCursor) {}
