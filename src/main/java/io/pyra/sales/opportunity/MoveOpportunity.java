package io.pyra.sales.opportunity;

/**
 * Move an opportunity to {@code stage} (a code or id of a stage of its pipeline); a lost stage
 * needs {@code lostReason} (a code or id) and, for the reason {@code COMPETITOR}, {@code
 * competitor}. {@code version} null moves whatever the version (the board), otherwise it must be
 * the one the user read.
 */
public record MoveOpportunity(String stage, String lostReason, String competitor, Long version) {}
