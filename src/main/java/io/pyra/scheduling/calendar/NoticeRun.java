package io.pyra.scheduling.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pass over the booking notices due: batch after batch, first due first, each told by {@link
 * BookingNotices}, until none is left due or the pass has lasted long enough; with no mail server,
 * the notices due are taken off the queue at once, as telling each would mail nobody. A notice is
 * taken off the queue in a transaction that lasts while it is mailed (so an enrolment that adds it
 * again meanwhile waits, and adds it after), and stays on it when a mail failed: put off, to mail
 * those not yet mailed later (the claims keep the others from a second mail).
 */
@Component
class NoticeRun {

  private static final Logger log = LoggerFactory.getLogger(NoticeRun.class);

  /** A pass takes no further notice after this long (a mail server that hangs). */
  private static final Duration LONGEST_PASS = Duration.ofMinutes(5);

  private enum Outcome {
    SENT,
    FAILED,
    GONE
  }

  private final DueNotices queue;
  private final BookingNotices notices;
  private final NoticeProperties properties;
  private final TransactionTemplate transaction;

  NoticeRun(
      DueNotices queue,
      BookingNotices notices,
      NoticeProperties properties,
      PlatformTransactionManager transactions) {
    this.queue = queue;
    this.notices = notices;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Mails the notices due at {@code now}; how many were done with. */
  int sendDue(Instant now) {
    if (!notices.mailing()) {
      return transaction.execute(status -> queue.dropDue(now));
    }
    Instant started = Instant.now();
    int done = 0;
    while (Duration.between(started, Instant.now()).compareTo(LONGEST_PASS) <= 0) {
      List<DueNotice> due = queue.due(now, properties.batch());
      int sent = sendBatch(due, started, now);
      done += sent;
      if (due.size() < properties.batch() || sent == 0) {
        break;
      }
    }
    return done;
  }

  /** The notices of one batch; how many were sent. */
  private int sendBatch(List<DueNotice> due, Instant started, Instant now) {
    int done = 0;
    for (DueNotice notice : due) {
      if (Duration.between(started, Instant.now()).compareTo(LONGEST_PASS) > 0) {
        break;
      }
      Outcome outcome;
      try {
        outcome = transaction.execute(status -> send(notice, status));
      } catch (RuntimeException e) {
        log.warn("Notice {} of booking {} failed", notice.what(), notice.bookingId(), e);
        outcome = Outcome.FAILED;
      }
      if (outcome == Outcome.SENT) {
        done++;
      } else if (outcome == Outcome.FAILED) {
        putOff(notice, now);
      }
    }
    return done;
  }

  private Outcome send(DueNotice notice, org.springframework.transaction.TransactionStatus status) {
    if (!queue.take(notice)) {
      return Outcome.GONE;
    }
    if (notices.tell(notice.bookingId(), notice.sequence(), notice.what())) {
      return Outcome.SENT;
    }
    status.setRollbackOnly();
    return Outcome.FAILED;
  }

  private void putOff(DueNotice notice, Instant now) {
    int failed = notice.attempts() + 1;
    properties
        .next(failed, now)
        .ifPresentOrElse(
            next -> queue.putOff(notice, next),
            () -> {
              log.warn(
                  "Notice {} of booking {} (sequence {}) given up after {} attempts",
                  notice.what(),
                  notice.bookingId(),
                  notice.sequence(),
                  failed);
              queue.drop(notice);
            });
  }
}
