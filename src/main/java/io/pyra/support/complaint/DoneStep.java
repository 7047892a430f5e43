package io.pyra.support.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A step a complaint has been through: when, by whom (null: Pyra, e.g. a resolution through the
 * case's workflow), its note, whether it was passed over ("no compensation") and, for the
 * acknowledgement, the address the mail went to.
 */
public record DoneStep(
    ComplaintStep step,
    Instant doneAt,
    UUID doneBy,
    String note,
    boolean skipped,
    String mailedTo) {}
