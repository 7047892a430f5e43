package io.pyra.scheduling.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking as its invitations, notices and feeds show it.
 *
 * @param location the centre's name, then the names of the rooms (and other resources, not the
 *     instructors) it holds
 * @param instructors the users of the instructor resources it holds
 */
public record BookingFacts(
    UUID id,
    String icalUid,
    int sequence,
    String title,
    String note,
    Instant startsAt,
    Instant endsAt,
    boolean cancelled,
    UUID orgUnitId,
    String location,
    UUID bookedBy,
    List<UUID> instructors) {}
