package io.pyra.support.mailbox;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox every {@code pyra.support.mailbox.poll-interval} (1 minute) when {@code
 * pyra.support.mailbox.enabled=true}, on one node at a time (the job lock), so two nodes never read
 * the same mail twice; should a lock expire early, the unique Message-ID still stores a mail once.
 */
@Component
@ConditionalOnProperty(name = "pyra.support.mailbox.enabled", havingValue = "true")
class MailboxSchedule {

  private final MailboxPoll poll;

  MailboxSchedule(MailboxPoll poll) {
    this.poll = poll;
  }

  @Scheduled(
      fixedDelayString = "${pyra.support.mailbox.poll-interval:PT1M}",
      initialDelayString = "${pyra.support.mailbox.initial-delay:PT1M}")
  @SchedulerLock(name = "support.mailbox-poll", lockAtMostFor = "PT30M")
  public void run() {
    poll.poll();
  }
}
