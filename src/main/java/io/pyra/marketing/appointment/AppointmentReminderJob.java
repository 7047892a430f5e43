package io.pyra.marketing.appointment;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the visitors' reminders every minute on one node (the job lock); "-" as {@code
 * pyra.marketing.appointments.reminder-cron} turns it off (the tests run passes themselves).
 */
@Component
class AppointmentReminderJob {

  private static final Logger log = LoggerFactory.getLogger(AppointmentReminderJob.class);

  private final AppointmentNotices notices;

  AppointmentReminderJob(AppointmentNotices notices) {
    this.notices = notices;
  }

  @Scheduled(cron = "${pyra.marketing.appointments.reminder-cron:30 * * * * *}")
  @SchedulerLock(name = "marketing.appointment-reminders", lockAtMostFor = "PT10M")
  void onSchedule() {
    int sent = notices.remindDue(Instant.now());
    if (sent > 0) {
      log.info("Appointments: {} reminders sent", sent);
    }
  }
}
