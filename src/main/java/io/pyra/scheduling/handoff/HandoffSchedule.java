package io.pyra.scheduling.handoff;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every minute ({@code pyra.scheduling.handoff.cron}; "-" turns it off, as the tests do) for
 * hand-off targets whose time has come and runs them, on one node at a time (the job lock).
 */
@Component
class HandoffSchedule {

  private static final Logger log = LoggerFactory.getLogger(HandoffSchedule.class);

  private final HandoffRuns runs;

  HandoffSchedule(HandoffRuns runs) {
    this.runs = runs;
  }

  @Scheduled(cron = "${pyra.scheduling.handoff.cron:30 * * * * *}")
  @SchedulerLock(name = "scheduling.handoff", lockAtMostFor = "PT30M")
  void onSchedule() {
    int ran = runs.runDue();
    if (ran > 0) {
      log.info("Hand-off: {} targets run", ran);
    }
  }
}
