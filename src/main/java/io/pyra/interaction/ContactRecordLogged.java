package io.pyra.interaction;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import java.time.Instant;

/**
 * A contact with a customer was logged: a call, a visit, an email … of type {@code typeCode} (e.g.
 * {@code RETURN_VISIT}), entered by {@code authorId}, that happened at {@code occurredAt}.
 */
public record ContactRecordLogged(
    ContactRecordId recordId,
    CustomerId customerId,
    UserId authorId,
    Instant occurredAt,
    String typeCode) {}
