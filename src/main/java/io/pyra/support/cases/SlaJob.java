package io.pyra.support.cases;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the SLA clocks every minute on one node (the job lock), and once a day looks at every open
 * case for a grade that changed without an event; "-" as a cron turns it off (the tests run passes
 * themselves, at the instants they choose).
 */
@Component
class SlaJob {

  private static final Logger log = LoggerFactory.getLogger(SlaJob.class);

  private final SlaWatch watch;

  SlaJob(SlaWatch watch) {
    this.watch = watch;
  }

  @Scheduled(cron = "${pyra.support.sla-cron:0 * * * * *}")
  @SchedulerLock(name = "support.sla", lockAtMostFor = "PT10M")
  void onSchedule() {
    SlaWatch.Pass pass = watch.run(Instant.now());
    if (pass.warnings() + pass.breaches() + pass.escalations() > 0) {
      log.info(
          "SLA: {} warnings, {} breaches, {} escalations",
          pass.warnings(),
          pass.breaches(),
          pass.escalations());
    }
  }

  /** Once a day, on one node: open cases whose customer's grade override ran out are re-held. */
  @Scheduled(cron = "${pyra.support.regrade-cron:0 10 0 * * *}")
  @SchedulerLock(name = "support.regrade", lockAtMostFor = "PT1H")
  void onDailyRegrade() {
    int regraded = watch.regradeAll();
    if (regraded > 0) {
      log.info("SLA: {} open cases held to their customer's new grade", regraded);
    }
  }
}
