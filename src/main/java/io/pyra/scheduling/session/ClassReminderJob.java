package io.pyra.scheduling.session;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the class reminders every minute on one node (the job lock); "-" as {@code
 * pyra.scheduling.sessions.reminder-cron} turns it off (the tests run passes themselves).
 */
@Component
class ClassReminderJob {

  private static final Logger log = LoggerFactory.getLogger(ClassReminderJob.class);

  private final ClassReminders reminders;

  ClassReminderJob(ClassReminders reminders) {
    this.reminders = reminders;
  }

  @Scheduled(cron = "${pyra.scheduling.sessions.reminder-cron:45 * * * * *}")
  @SchedulerLock(name = "scheduling.class-reminders", lockAtMostFor = "PT10M")
  void onSchedule() {
    int sent = reminders.remindDue();
    if (sent > 0) {
      log.info("Classes: {} reminders sent", sent);
    }
  }
}
