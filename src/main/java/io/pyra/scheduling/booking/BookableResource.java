package io.pyra.scheduling.booking;

import java.time.ZoneId;
import java.util.UUID;

/**
 * A resource as a booking needs it: its kind, code and name, whether active, its centre (org unit)
 * with the unit's name, path and time zone.
 */
record BookableResource(
    UUID id,
    String kind,
    String code,
    String name,
    boolean active,
    UUID orgUnitId,
    String unitName,
    String unitPath,
    ZoneId zone) {}
