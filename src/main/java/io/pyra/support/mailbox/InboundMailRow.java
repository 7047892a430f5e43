package io.pyra.support.mailbox;

import io.pyra.customer.CustomerId;
import java.time.Instant;

/** A line of the lists of inbound mail: who sent what when, and where it stands. */
public record InboundMailRow(
    InboundMailId id,
    String fromAddress,
    String fromName,
    String subject,
    Instant receivedAt,
    long size,
    InboundMailStatus status,
    String reason,
    CustomerId customerId) {}
