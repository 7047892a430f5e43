package io.pyra.scheduling.setup;

import java.time.Instant;
import java.util.UUID;

/** Which set-up requests a list shows; a null field does not filter. */
public record SetupRequestFilter(
    UUID centreId, Instant dueFrom, Instant dueTo, SetupStatus status, UUID bookingId) {}
