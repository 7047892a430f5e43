package io.pyra.analytics.figures;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every customer's figures each night, on one node (the job lock): whatever an event did
 * not reach (an import that stopped half way, a change written by hand) is in them by morning; and
 * after a start, when a crash emptied them.
 */
@Component
class NightlyRebuild {

  private final CustomerDays days;

  NightlyRebuild(CustomerDays days) {
    this.days = days;
  }

  /** After a start: the figures lost in a crash (or never written) are rebuilt, on one node. */
  @EventListener(ApplicationReadyEvent.class)
  @SchedulerLock(name = "analytics.figures-rebuild", lockAtMostFor = "PT2H")
  void afterStart() {
    days.restoreIfLost();
  }

  @Scheduled(cron = "${pyra.analytics.rebuild-cron:0 30 2 * * *}", zone = "${pyra.time-zone:UTC}")
  @SchedulerLock(name = "analytics.figures-rebuild", lockAtMostFor = "PT2H")
  void onSchedule() {
    days.rebuild();
  }
}
