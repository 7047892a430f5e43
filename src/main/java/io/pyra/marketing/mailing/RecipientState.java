package io.pyra.marketing.mailing;

/**
 * Where one recipient of a mailing stands: PENDING (to send), SENDING (claimed by a pass: never
 * sent twice; a pass interrupted by a crash leaves it, and a later pass records it FAILED as
 * "interrupted"), SENT, FAILED, BOUNCED (reported later), NO_CONSENT and NO_ADDRESS (skipped),
 * CANCELLED (the mailing was cancelled before their turn).
 */
public enum RecipientState {
  PENDING,
  SENDING,
  SENT,
  FAILED,
  BOUNCED,
  NO_CONSENT,
  NO_ADDRESS,
  CANCELLED
}
