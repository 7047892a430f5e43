package io.pyra.support.mailbox;

import io.pyra.customer.CustomerId;

/**
 * A mail from a known customer that no router took: it stays NEW with that customer, for the case
 * code to turn into a case.
 */
public record InboundMailArrived(InboundMailId mailId, CustomerId customerId) {}
