package io.pyra.support.cases;

import io.pyra.identity.UserId;
import java.util.List;
import java.util.UUID;

/**
 * Tells a supervisor by e-mail of the cases escalated to them in one pass of the SLA clocks, in one
 * mail, after the pass has noted them (a node mails only what it noted itself).
 */
public interface EscalationMail {

  /** One escalated case, as the mail lists it. */
  record Escalation(UUID caseId, String code, String subject, int level) {}

  void escalated(UserId to, List<Escalation> escalations);
}
