package io.pyra.interaction.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the task reminders every minute ({@code pyra.tasks.reminders.interval}), on one node at a
 * time; {@code pyra.tasks.reminders.enabled=false} turns the schedule off.
 */
@Component
@ConditionalOnProperty(
    name = "pyra.tasks.reminders.enabled",
    havingValue = "true",
    matchIfMissing = true)
class ReminderSchedule {

  private final TaskReminders reminders;

  ReminderSchedule(TaskReminders reminders) {
    this.reminders = reminders;
  }

  @Scheduled(
      fixedDelayString = "${pyra.tasks.reminders.interval:PT1M}",
      initialDelayString = "${pyra.tasks.reminders.initial-delay:PT1M}")
  @SchedulerLock(name = "interaction.task-reminders", lockAtMostFor = "PT10M")
  public void run() {
    reminders.remindDue();
  }
}
