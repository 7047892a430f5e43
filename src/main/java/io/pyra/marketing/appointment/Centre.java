package io.pyra.marketing.appointment;

import java.time.ZoneId;
import java.util.UUID;

/**
 * A centre (a BRANCH org unit) as appointments need it: its name, its time zone and its path in the
 * org tree (so that a scope's reach is checked without reading the unit again).
 */
public record Centre(UUID id, String code, String name, ZoneId zone, String path) {}
