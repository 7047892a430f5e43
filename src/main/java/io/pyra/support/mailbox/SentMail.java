package io.pyra.support.mailbox;

import java.time.Instant;

/**
 * A line of the log of support mails sent: to whom, what, under which Message-ID, for which record;
 * SENT (with when), or FAILED with the reason and, while it is still to be tried again, when.
 */
public record SentMail(
    String messageId,
    MailReference reference,
    String to,
    String subject,
    String status,
    String reason,
    int attempts,
    Instant createdAt,
    Instant sentAt,
    Instant nextAttemptAt) {

  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";
}
