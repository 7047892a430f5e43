package io.pyra.interaction.job;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A job (project) done for a customer in a country, e.g. {@code J-000123}: consulting, management
 * support or maintenance work. Contact records link to it. It owns its status changes.
 */
@Entity
@Table(name = "interaction_job")
public class Job {

  @Id private UUID id;
  private String code;

  @Column(name = "customer_id")
  private UUID customerId;

  private String name;
  private String country;
  private String office;

  @Column(name = "service_category_id")
  private UUID serviceCategoryId;

  @Enumerated(EnumType.STRING)
  private JobStatus status;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Column(name = "created_by")
  private UUID createdBy;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Job() {}

  Job(String code, UUID customerId, JobStatus status, UUID orgUnitId, UUID createdBy) {
    if (!status.initial()) {
      throw new BusinessRuleException(
          "status", "initial", "interaction.job.status.initial", status.name());
    }
    this.id = Ids.newId();
    this.code = code;
    this.customerId = customerId;
    this.status = status;
    this.orgUnitId = orgUnitId;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  void describe(String name, String country, String office, UUID serviceCategoryId) {
    this.name = name;
    this.country = country;
    this.office = office;
    this.serviceCategoryId = serviceCategoryId;
    this.updatedAt = Instant.now();
  }

  /** Moves the job to {@code next}; an illegal step (e.g. reopening a completed job) is refused. */
  void moveTo(JobStatus next) {
    if (!status.canBecome(next)) {
      throw new BusinessRuleException(
          "status", "transition", "interaction.job.status.transition", status.name(), next.name());
    }
    if (next != status) {
      this.status = next;
      this.updatedAt = Instant.now();
    }
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public UUID customerId() {
    return customerId;
  }

  public String name() {
    return name;
  }

  public String country() {
    return country;
  }

  public String office() {
    return office;
  }

  public UUID serviceCategoryId() {
    return serviceCategoryId;
  }

  public JobStatus status() {
    return status;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
