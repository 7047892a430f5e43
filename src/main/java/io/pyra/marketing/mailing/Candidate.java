package io.pyra.marketing.mailing;

import java.util.UUID;

/**
 * One person of an audience when a mailing is previewed or started: who, how to reach them on each
 * channel, and whether they consented to it.
 */
record Candidate(
    PersonKind kind,
    UUID personId,
    String name,
    String email,
    String phone,
    boolean emailConsent,
    boolean smsConsent,
    String language) {

  private static final String E164 = "\\+[1-9][0-9]{6,14}";

  /** What this person's row of a mailing on {@code channel} starts as. */
  RecipientState state(MailingChannel channel) {
    boolean consent = channel == MailingChannel.EMAIL ? emailConsent : smsConsent;
    if (!consent) {
      return RecipientState.NO_CONSENT;
    }
    return address(channel) == null ? RecipientState.NO_ADDRESS : RecipientState.PENDING;
  }

  /** The e-mail address, or the phone in E.164, for {@code channel}; null when there is none. */
  String address(MailingChannel channel) {
    if (channel == MailingChannel.EMAIL) {
      return email == null || email.isBlank() || !email.contains("@") ? null : email.strip();
    }
    return phone == null || !phone.strip().matches(E164) ? null : phone.strip();
  }
}
