package io.pyra.support.complaint;

/**
 * A step as an agent records it: its code, the note (the apology, the proposal, the resolution…)
 * and, for COMPENSATION only, {@code noCompensation} to pass over it with the reason as the note.
 */
public record RecordStep(String step, String note, boolean noCompensation) {}
