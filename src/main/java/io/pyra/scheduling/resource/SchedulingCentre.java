package io.pyra.scheduling.resource;

import java.time.ZoneId;
import java.util.UUID;

/** An org unit as scheduling sees it: a centre with the time zone its hours are kept in. */
public record SchedulingCentre(UUID id, String code, String name, ZoneId zone) {}
