package io.pyra.scheduling.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking to make: what for, a title, from {@code startsAt} to {@code endsAt} (exclusive), of one
 * to {@value BookingRules#MAX_RESOURCES} resources of one centre; {@code orgUnitId} the unit it
 * belongs to (null: the resources' centre), and a note.
 */
public record BookResources(
    BookingPurpose purpose,
    String title,
    Instant startsAt,
    Instant endsAt,
    List<UUID> resourceIds,
    UUID orgUnitId,
    String note) {}
