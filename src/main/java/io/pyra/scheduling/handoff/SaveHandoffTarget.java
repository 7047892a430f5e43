package io.pyra.scheduling.handoff;

import java.util.UUID;

/**
 * A hand-off target as an administrator enters it. {@code bearerToken}: {@code null} keeps the
 * stored one, an empty text removes it.
 */
public record SaveHandoffTarget(
    String name,
    UUID orgUnitId,
    String kind,
    String folder,
    String url,
    String bearerToken,
    String formats,
    Integer horizonDays,
    String scheduleKind,
    Integer scheduleEvery,
    String dailyAt,
    Boolean active) {}
