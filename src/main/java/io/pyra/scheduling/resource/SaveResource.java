package io.pyra.scheduling.resource;

import java.util.List;
import java.util.UUID;

/**
 * Add or change a resource as a user typed it. {@code kind} and {@code code} count only when it is
 * added (a resource keeps them); {@code capacity} counts for rooms and PC sets, {@code userId},
 * {@code skills} and {@code courseIds} (catalogue products) for instructors.
 */
public record SaveResource(
    String kind,
    String code,
    String name,
    UUID orgUnitId,
    Integer capacity,
    String equipment,
    UUID userId,
    String skills,
    String note,
    List<UUID> courseIds) {}
