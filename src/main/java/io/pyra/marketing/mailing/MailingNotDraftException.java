package io.pyra.marketing.mailing;

import io.pyra.platform.error.BusinessRuleException;

/**
 * A change to a mailing that is no longer a draft (sending, sent or cancelled): the API answers 409
 * naming {@code status}; nothing changes.
 */
public class MailingNotDraftException extends BusinessRuleException {

  MailingNotDraftException() {
    super("status", "draft-only", "mailing.edit.not-draft");
  }
}
