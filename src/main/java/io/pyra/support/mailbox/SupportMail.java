package io.pyra.support.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails to customers over SMTP (acknowledgements, answers, resolutions). Each is sent under a
 * Message-ID of Pyra's own, returned so that the case can remember it and know a reply by its
 * In-Reply-To ({@link InboundMail#repliedMessageIds}), and logged in {@code support_outbound_mail}
 * in a transaction of its own (the log says what went over the wire whatever the caller's
 * transaction does). A mail the server does not take is logged FAILED with the reason, never thrown
 * at the user, and tried again under the same Message-ID by {@link #retryDue} (scheduled): {@code
 * pyra.support.mailbox.send-attempts} attempts in all (5), the first retry {@code
 * first-retry-delay} (1 minute) after the failure, each further one twice as long after the last.
 */
@Service
public class SupportMail {

  private static final Logger log = LoggerFactory.getLogger(SupportMail.class);
  private static final int BATCH = 200;

  private final MailDelivery delivery;
  private final OutboundMailLog mails;
  private final MailboxProperties properties;
  private final TransactionTemplate ownTransaction;

  SupportMail(
      MailDelivery delivery,
      OutboundMailLog mails,
      MailboxProperties properties,
      TransactionTemplate transactions) {
    this.delivery = delivery;
    this.mails = mails;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Sends the mail (or logs it FAILED, to be tried again); answers its Message-ID, {@code <…>}. */
  public String send(OutboundMail mail) {
    String messageId = delivery.newMessageId();
    Instant now = Instant.now();
    Optional<String> failure = delivery.deliver(messageId, mail);
    Instant next = failure.isPresent() ? nextAttempt(1, now, failure.get()) : null;
    ownTransaction.executeWithoutResult(
        s -> mails.record(messageId, mail, failure.orElse(null), next, now));
    return messageId;
  }

  /** The mails sent (or tried) for this record, oldest first. */
  public List<SentMail> sentFor(MailReference reference) {
    return mails.sentFor(reference);
  }

  /** The mail sent under this Message-ID. */
  public Optional<SentMail> byMessageId(String messageId) {
    return mails.byMessageId(messageId);
  }

  /** Tries again the failed mails due by {@code now}; answers how many went out this time. */
  public int retryDue(Instant now) {
    int sent = 0;
    for (UUID id : mails.due(now, BATCH)) {
      try {
        Optional<OutboundMailLog.Pending> claimed =
            ownTransaction.execute(s -> mails.claim(id, now));
        if (claimed == null || claimed.isEmpty()) {
          continue; // another run took it
        }
        OutboundMailLog.Pending pending = claimed.get();
        int attempt = pending.attempts() + 1;
        Optional<String> failure = delivery.deliver(pending.messageId(), pending.mail());
        Instant next = failure.isPresent() ? nextAttempt(attempt, now, failure.get()) : null;
        ownTransaction.executeWithoutResult(
            s -> mails.attempted(id, attempt, failure.orElse(null), next, Instant.now()));
        if (failure.isEmpty()) {
          sent++;
        }
      } catch (RuntimeException e) {
        log.warn("Support mail {} not tried again this time: {}", id, e.getMessage());
      }
    }
    return sent;
  }

  /** When to try again after the {@code failed}-th attempt; null when that was the last. */
  private Instant nextAttempt(int failed, Instant now, String reason) {
    if (failed >= properties.sendAttempts() || MailDelivery.NO_MAIL_SERVER.equals(reason)) {
      return null; // no server to try: nothing to retry until one is configured and mail resent
    }
    return now.plus(properties.firstRetryDelay().multipliedBy(1L << Math.min(failed - 1, 20)));
  }
}
