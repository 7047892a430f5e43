package io.pyra.scheduling.resource;

import io.pyra.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A resource of a centre that bookings hold: its kind and code never change; what it is (name,
 * capacity, equipment, an instructor's skills and courses) does; deactivated, nothing books it.
 */
@Entity
@Table(name = "scheduling_resource")
public class Resource {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private ResourceKind kind;

  private String code;

  private String name;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  private Integer capacity;

  private String equipment;

  @Column(name = "user_id")
  private UUID userId;

  private String skills;

  private String note;

  private boolean active;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(
      name = "scheduling_instructor_course",
      joinColumns = @JoinColumn(name = "resource_id"))
  @Column(name = "product_id")
  private Set<UUID> courses = new LinkedHashSet<>();

  protected Resource() {}

  Resource(ResourceKind kind, String code, ResourceDetails details, Instant now) {
    this.id = Ids.newId();
    this.kind = kind;
    this.code = code;
    this.active = true;
    this.createdAt = now;
    describe(details, now);
  }

  /** Changes what the resource is; fields its kind does not have are cleared. */
  void describe(ResourceDetails details, Instant now) {
    this.name = details.name();
    this.orgUnitId = details.orgUnitId();
    this.capacity = kind.counted() ? details.capacity() : null;
    this.equipment = kind == ResourceKind.INSTRUCTOR ? null : details.equipment();
    this.userId = kind == ResourceKind.INSTRUCTOR ? details.userId() : null;
    this.skills = kind == ResourceKind.INSTRUCTOR ? details.skills() : null;
    this.note = details.note();
    this.courses.clear();
    if (kind == ResourceKind.INSTRUCTOR) {
      this.courses.addAll(details.courseIds());
    }
    this.updatedAt = now;
  }

  /** Takes the resource out of (false) or back into (true) use; answers whether it changed. */
  boolean activate(boolean active, Instant now) {
    if (this.active == active) {
      return false;
    }
    this.active = active;
    this.updatedAt = now;
    return true;
  }

  public UUID id() {
    return id;
  }

  public ResourceKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public Integer capacity() {
    return capacity;
  }

  public UUID userId() {
    return userId;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public List<UUID> courses() {
    return List.copyOf(courses);
  }
}
