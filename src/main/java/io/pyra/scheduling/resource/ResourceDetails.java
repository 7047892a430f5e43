package io.pyra.scheduling.resource;

import java.util.List;
import java.util.UUID;

/** What a resource is, checked: the fields {@link Resource#describe} takes. */
record ResourceDetails(
    String name,
    UUID orgUnitId,
    Integer capacity,
    String equipment,
    UUID userId,
    String skills,
    String note,
    List<UUID> courseIds) {}
