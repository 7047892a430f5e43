package io.pyra.interaction.notification;

import io.pyra.interaction.task.TaskAssigned;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A user given a task by someone else finds it in their notifications, in the same transaction as
 * the task.
 */
@Component
class TaskAssignedNotifier {

  private final Notifications notifications;

  TaskAssignedNotifier(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void on(TaskAssigned assigned) {
    notifications.add(
        assigned.assigneeId(),
        NotificationKind.TASK_ASSIGNED,
        assigned.taskId(),
        assigned.customerId(),
        assigned.title(),
        Instant.now());
  }
}
