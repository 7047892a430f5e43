package io.pyra.marketing.mailing;

import java.time.Instant;
import java.util.UUID;

/** One line of a mailing's log: who, at which address, how it stands and why. */
public record RecipientRow(
    UUID id,
    PersonKind kind,
    UUID personId,
    String name,
    String address,
    RecipientState state,
    String messageId,
    String failure,
    Instant updatedAt,
    Instant unsubscribedAt) {}
