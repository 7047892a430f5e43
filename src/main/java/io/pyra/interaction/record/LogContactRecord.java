package io.pyra.interaction.record;

import java.time.Instant;
import java.util.UUID;

/**
 * Log (or correct) a contact record. Type by code (e.g. {@code RETURN_VISIT}), channel and
 * direction by name; {@code occurredAt} null means now. {@code override} (or null) asks to exceed
 * the follow-up policy; it takes effect only when the policy is exceeded.
 */
public record LogContactRecord(
    UUID customerId,
    UUID contactId,
    UUID jobId,
    String type,
    String channel,
    String direction,
    String subject,
    String notes,
    String outcome,
    Integer durationMinutes,
    Instant occurredAt,
    String country,
    String office,
    PolicyOverride override,
    Long version) {}
