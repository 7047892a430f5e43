package io.pyra.scheduling.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A booking checked field by field and placed: its resources (by id order, the order they are
 * locked in), the unit it belongs to with that unit's name and time zone.
 */
record Placed(
    BookingPurpose purpose,
    String title,
    Instant startsAt,
    Instant endsAt,
    List<BookableResource> resources,
    UUID orgUnitId,
    String orgUnitName,
    ZoneId zone,
    String note) {

  List<UUID> resourceIds() {
    return resources.stream().map(BookableResource::id).toList();
  }

  Placed at(Instant starts, Instant ends) {
    return new Placed(purpose, title, starts, ends, resources, orgUnitId, orgUnitName, zone, note);
  }
}
