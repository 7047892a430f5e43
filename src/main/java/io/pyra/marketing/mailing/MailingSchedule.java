package io.pyra.marketing.mailing;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the mailings a pass a minute ({@code pyra.marketing.mailing.interval}), on one node at a
 * time; {@code pyra.marketing.mailing.enabled=false} turns the schedule off (the tests drive the
 * passes themselves).
 */
@Component
@ConditionalOnProperty(
    name = "pyra.marketing.mailing.enabled",
    havingValue = "true",
    matchIfMissing = true)
class MailingSchedule {

  private final MailingSender sender;

  MailingSchedule(MailingSender sender) {
    this.sender = sender;
  }

  @Scheduled(
      fixedDelayString = "${pyra.marketing.mailing.interval:PT1M}",
      initialDelayString = "${pyra.marketing.mailing.initial-delay:PT1M}")
  @SchedulerLock(name = "marketing.mailing-pass", lockAtMostFor = "PT10M")
  public void run() {
    sender.pass();
  }
}
