package io.pyra.support.mailbox;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again the support mails the SMTP server did not take, every {@code
 * pyra.support.mailbox.retry-interval} (1 minute), on one node at a time; {@code
 * pyra.support.mailbox.retry-enabled=false} turns it off.
 */
@Component
@ConditionalOnProperty(
    name = "pyra.support.mailbox.retry-enabled",
    havingValue = "true",
    matchIfMissing = true)
class SupportMailRetrySchedule {

  private final SupportMail mail;

  SupportMailRetrySchedule(SupportMail mail) {
    this.mail = mail;
  }

  @Scheduled(
      fixedDelayString = "${pyra.support.mailbox.retry-interval:PT1M}",
      initialDelayString = "${pyra.support.mailbox.retry-interval:PT1M}")
  @SchedulerLock(name = "support.mail-retry", lockAtMostFor = "PT10M")
  public void run() {
    mail.retryDue(Instant.now());
  }
}
