package io.pyra.scheduling.booking;

import io.pyra.scheduling.resource.PlacedResource;
import io.pyra.scheduling.resource.ResourceTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A booking checked field by field and placed: its resources (by id order, the order they are
 * locked in), the unit it belongs to with that unit's name and time zone; and, by resource id, the
 * resources' times over its interval when they were read with the resources (else none).
 */
record Placed(
    BookingPurpose purpose,
    String title,
    Instant startsAt,
    Instant endsAt,
    List<PlacedResource> resources,
    UUID orgUnitId,
    String orgUnitName,
    ZoneId zone,
    String note,
    Map<UUID, ResourceTime> times) {

  List<UUID> resourceIds() {
    return resources.stream().map(PlacedResource::id).toList();
  }

  Placed at(Instant starts, Instant ends) {
    return new Placed(
        purpose, title, starts, ends, resources, orgUnitId, orgUnitName, zone, note, Map.of());
  }
}
