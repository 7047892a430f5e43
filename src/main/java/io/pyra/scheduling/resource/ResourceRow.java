package io.pyra.scheduling.resource;

import java.time.Instant;
import java.util.UUID;

/** A resource as lists and pages show it, with its centre's and its instructor's names. */
public record ResourceRow(
    UUID id,
    ResourceKind kind,
    String code,
    String name,
    UUID orgUnitId,
    String orgUnitName,
    Integer capacity,
    String equipment,
    UUID userId,
    String userName,
    String skills,
    String note,
    boolean active,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
