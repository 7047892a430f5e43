package io.pyra.support.policy;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An SLA policy: for the cases of one customer grade and severity, in one service category or (no
 * category) in any, the first-response and resolution targets in working time. Checked by {@link
 * SlaPolicies} before it is stored; a shipped general policy keeps its grade, severity and category
 * and stays active. Its changes are in the audit log like every entity's.
 */
@Entity
@Table(name = "support_sla_policy")
public class SlaPolicy {

  @Id private UUID id;

  private String grade;

  private String severity;

  @Column(name = "service_category")
  private String serviceCategory;

  @Convert(converter = SecondsConverter.class)
  @Column(name = "first_response_secs")
  private Duration firstResponse;

  @Convert(converter = SecondsConverter.class)
  @Column(name = "resolution_secs")
  private Duration resolution;

  private boolean active;

  private boolean shipped;

  @Version private Long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected SlaPolicy() {}

  SlaPolicy(String grade, String severity, String serviceCategory) {
    this.id = Ids.newId();
    this.grade = grade;
    this.severity = severity;
    this.serviceCategory = serviceCategory;
  }

  void change(
      String grade,
      String severity,
      String serviceCategory,
      Duration firstResponse,
      Duration resolution,
      boolean active) {
    this.grade = grade;
    this.severity = severity;
    this.serviceCategory = serviceCategory;
    this.firstResponse = firstResponse;
    this.resolution = resolution;
    this.active = active;
    this.updatedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  /** A, B or C. */
  public String grade() {
    return grade;
  }

  /** SERIOUS or MINOR. */
  public String severity() {
    return severity;
  }

  /** The code of the service category, or {@code null} for any category. */
  public String serviceCategory() {
    return serviceCategory;
  }

  /** Whether the policy is for any service category (a general policy). */
  public boolean general() {
    return serviceCategory == null;
  }

  public Duration firstResponse() {
    return firstResponse;
  }

  public Duration resolution() {
    return resolution;
  }

  public boolean active() {
    return active;
  }

  /** Whether it is one of the six general policies Pyra ships (changed, never removed). */
  public boolean shipped() {
    return shipped;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  /** The targets as the cases code keeps them. */
  public SlaTarget target() {
    return new SlaTarget(id, version(), firstResponse, resolution);
  }
}
