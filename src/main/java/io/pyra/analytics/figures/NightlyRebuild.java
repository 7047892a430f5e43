package io.pyra.analytics.figures;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every customer's figures each night, on one node (the job lock): whatever an event did
 * not reach (an import that stopped half way, a change written by hand) is in them by morning.
 */
@Component
class NightlyRebuild {

  private final CustomerDays days;

  NightlyRebuild(CustomerDays days) {
    this.days = days;
  }

  @Scheduled(cron = "${pyra.analytics.rebuild-cron:0 30 2 * * *}", zone = "${pyra.time-zone:UTC}")
  @SchedulerLock(name = "analytics.figures-rebuild", lockAtMostFor = "PT2H")
  void onSchedule() {
    days.rebuild();
  }
}
