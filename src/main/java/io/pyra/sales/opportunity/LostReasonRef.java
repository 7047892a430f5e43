package io.pyra.sales.opportunity;

import java.util.UUID;

/** A lost reason as a move to a lost stage names it. */
public record LostReasonRef(UUID id, String code) {}
