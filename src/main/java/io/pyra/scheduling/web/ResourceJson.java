package io.pyra.scheduling.web;

import io.pyra.sales.CatalogueItem;
import io.pyra.scheduling.resource.ResourceKind;
import io.pyra.scheduling.resource.ResourceRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A resource as the API gives it: its centre's and (an instructor's) user's names, and the courses
 * an instructor teaches.
 */
record ResourceJson(
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
    List<ResourceCourseJson> courses,
    boolean active,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** A course (catalogue product) an instructor teaches. */
  record ResourceCourseJson(UUID id, String code, String name) {}

  static ResourceJson of(ResourceRow r, List<CatalogueItem> courses) {
    return new ResourceJson(
        r.id(),
        r.kind(),
        r.code(),
        r.name(),
        r.orgUnitId(),
        r.orgUnitName(),
        r.capacity(),
        r.equipment(),
        r.userId(),
        r.userName(),
        r.skills(),
        r.note(),
        courses.stream()
            .map(c -> new ResourceCourseJson(c.id().value(), c.code(), c.name().en()))
            .toList(),
        r.active(),
        r.version(),
        r.createdAt(),
        r.updatedAt());
  }
}
