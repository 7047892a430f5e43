package io.pyra.scheduling.calendar;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the booking notices due every two seconds ({@code pyra.scheduling.notices.delay}) after the
 * last pass ended, on one node at a time (the job lock; the claims keep a notice from going out
 * twice all the same); {@code pyra.scheduling.notices.enabled=false} turns it off.
 */
@Component
@ConditionalOnProperty(
    name = "pyra.scheduling.notices.enabled",
    havingValue = "true",
    matchIfMissing = true)
class NoticeJob {

  private final NoticeRun run;

  NoticeJob(NoticeRun run) {
    this.run = run;
  }

  @Scheduled(
      fixedDelayString = "${pyra.scheduling.notices.delay:PT2S}",
      initialDelayString = "${pyra.scheduling.notices.delay:PT2S}")
  @SchedulerLock(name = "scheduling.booking-notices", lockAtMostFor = "PT10M")
  void onSchedule() {
    run.sendDue(Instant.now());
  }
}
