package io.pyra.marketing.appointment;

import io.pyra.platform.error.BusinessRuleException;

/**
 * A step the appointment already took (an arrival recorded twice, a consultation recorded twice):
 * the API answers 409 naming the field; nothing changes.
 */
public class AppointmentConflictException extends BusinessRuleException {

  public AppointmentConflictException(String field, String rule, String messageKey) {
    super(field, rule, messageKey);
  }
}
