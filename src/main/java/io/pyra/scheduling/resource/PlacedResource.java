package io.pyra.scheduling.resource;

import java.time.ZoneId;
import java.util.UUID;

/**
 * A resource as {@link Availability#withTimes} reads it: its kind, code and name, whether active,
 * its centre (org unit) with the centre's name, path ("/root/…/centre/") and clock.
 */
public record PlacedResource(
    UUID id,
    String kind,
    String code,
    String name,
    boolean active,
    UUID orgUnitId,
    String unitName,
    String unitPath,
    ZoneId zone) {}
