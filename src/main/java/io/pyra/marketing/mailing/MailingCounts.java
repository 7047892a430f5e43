package io.pyra.marketing.mailing;

import java.util.Map;

/**
 * How a mailing's recipients stand: {@code total} people, of whom {@code pending} still to send
 * (claimed ones included), sent, failed, bounced, skipped for no consent and for no address,
 * cancelled, and how many followed the unsubscribe link. Before a start the preview fills {@code
 * pending} with those who would receive it.
 */
public record MailingCounts(
    long total,
    long pending,
    long sent,
    long failed,
    long bounced,
    long noConsent,
    long noAddress,
    long cancelled,
    long unsubscribed) {

  static MailingCounts of(Map<RecipientState, Long> byState, long unsubscribed) {
    long total = byState.values().stream().mapToLong(Long::longValue).sum();
    return new MailingCounts(
        total,
        byState.getOrDefault(RecipientState.PENDING, 0L)
            + byState.getOrDefault(RecipientState.SENDING, 0L),
        byState.getOrDefault(RecipientState.SENT, 0L),
        byState.getOrDefault(RecipientState.FAILED, 0L),
        byState.getOrDefault(RecipientState.BOUNCED, 0L),
        byState.getOrDefault(RecipientState.NO_CONSENT, 0L),
        byState.getOrDefault(RecipientState.NO_ADDRESS, 0L),
        byState.getOrDefault(RecipientState.CANCELLED, 0L),
        unsubscribed);
  }
}
