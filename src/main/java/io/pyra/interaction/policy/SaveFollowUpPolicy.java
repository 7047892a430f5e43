package io.pyra.interaction.policy;

/**
 * Set the limit of a role (by code): at most {@code maxReturnVisits} in {@code periodDays} days.
 */
public record SaveFollowUpPolicy(
    String role, Integer maxReturnVisits, Integer periodDays, Long version) {}
