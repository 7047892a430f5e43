package io.pyra.marketing.mailing;

import java.time.Instant;
import java.util.UUID;

/** A mailing with the names of its campaign and audience. */
public record MailingRow(
    UUID id,
    UUID campaignId,
    String campaignName,
    UUID audienceId,
    String audienceName,
    MailingChannel channel,
    String language,
    String subject,
    String body,
    MailingStatus status,
    UUID ownerId,
    UUID orgUnitId,
    long version,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {}
