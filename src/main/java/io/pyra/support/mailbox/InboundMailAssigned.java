package io.pyra.support.mailbox;

import io.pyra.customer.CustomerId;

/**
 * A user handed a mail from triage to a customer: the mail is NEW again, with this customer, for
 * the case code to turn into a case.
 */
public record InboundMailAssigned(InboundMailId mailId, CustomerId customerId) {}
