package io.pyra.marketing.mailing;

import java.util.UUID;

/** An audience as the user describes it (see {@link AudienceRow}). */
public record SaveAudience(
    String name, boolean customers, String filterQuery, UUID leadCampaignId) {}
