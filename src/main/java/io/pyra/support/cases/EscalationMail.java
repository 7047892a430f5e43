package io.pyra.support.cases;

import io.pyra.identity.UserId;

/**
 * Tells by e-mail the supervisor a breached case was escalated to, in the same transaction as the
 * escalation (the mail is queued, and sent after it commits).
 */
public interface EscalationMail {

  void escalated(SupportCase c, UserId to, int level);
}
