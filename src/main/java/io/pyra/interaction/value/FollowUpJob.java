package io.pyra.interaction.value;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies the follow-up rules every morning, on one node (the job lock). */
@Component
class FollowUpJob {

  private static final Logger log = LoggerFactory.getLogger(FollowUpJob.class);

  private final FollowUpTasks followUp;

  FollowUpJob(FollowUpTasks followUp) {
    this.followUp = followUp;
  }

  @Scheduled(
      cron = "${pyra.interaction.tier-follow-up.cron:0 45 5 * * *}",
      zone = "${pyra.time-zone:UTC}")
  @SchedulerLock(name = "interaction.tier-follow-up", lockAtMostFor = "PT1H")
  void onSchedule() {
    int created = followUp.createDue(Instant.now());
    if (created > 0) {
      log.info("Follow-up rules: {} tasks created", created);
    }
  }
}
