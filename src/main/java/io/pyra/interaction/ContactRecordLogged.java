package io.pyra.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact with a customer was logged: a call, a visit, an email … of type {@code typeCode} (e.g.
 * {@code RETURN_VISIT}), entered by {@code authorId}, that happened at {@code occurredAt}.
 */
public record ContactRecordLogged(
    UUID recordId, UUID customerId, UUID authorId, Instant occurredAt, String typeCode) {}
