package io.pyra.interaction.record;

import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.ContactDirection;
import java.time.Instant;
import java.util.UUID;

/** What a contact record says, checked: links, type, channel, direction, texts, time and place. */
record RecordDetails(
    UUID contactId,
    UUID jobId,
    UUID typeId,
    ContactChannel channel,
    ContactDirection direction,
    String subject,
    String notes,
    String outcome,
    Integer durationMinutes,
    Instant occurredAt,
    String country,
    String office) {}
