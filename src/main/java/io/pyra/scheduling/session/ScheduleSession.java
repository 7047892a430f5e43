package io.pyra.scheduling.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A session to schedule: the course (a catalogue product), from {@code startsAt} to {@code endsAt}
 * in a room with an instructor (both required), a PC set and a projector (optional), the most
 * customers it takes and the configuration profile its PCs are set up with (optional).
 */
public record ScheduleSession(
    UUID productId,
    Instant startsAt,
    Instant endsAt,
    UUID roomId,
    UUID pcSetId,
    UUID projectorId,
    UUID instructorId,
    Integer capacity,
    UUID setupProfileId) {}
