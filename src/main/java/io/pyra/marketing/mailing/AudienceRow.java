package io.pyra.marketing.mailing;

import java.time.Instant;
import java.util.UUID;

/**
 * A saved audience: the customers matching {@code filterQuery} (the customer list's query
 * parameters; empty: all) when {@code customers}, and the leads of {@code leadCampaignId} when set.
 */
public record AudienceRow(
    UUID id,
    String name,
    boolean customers,
    String filterQuery,
    UUID leadCampaignId,
    UUID ownerId,
    UUID orgUnitId,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
