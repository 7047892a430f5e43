package io.pyra.interaction.record;

import io.pyra.platform.error.BusinessRuleException;

/**
 * A change of a contact record that is not the user's to make: someone else's record, or one older
 * than the 24 hours in which its author may correct it. The API answers 403.
 */
public class ContactRecordLockedException extends BusinessRuleException {

  public ContactRecordLockedException(String rule, String messageKey, Object... args) {
    super(null, rule, messageKey, args);
  }
}
