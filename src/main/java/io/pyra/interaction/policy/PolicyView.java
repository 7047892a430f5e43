package io.pyra.interaction.policy;

import java.time.Instant;

/** A policy with its role, as the pages and the API show it. */
public record PolicyView(
    PolicyRole role, int maxReturnVisits, int periodDays, Instant updatedAt, long version) {}
