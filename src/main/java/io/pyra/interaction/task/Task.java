package io.pyra.interaction.task;

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
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A follow-up someone has to do: call a customer back, prepare a visit, send material … with an
 * assignee, a due time and a status that only moves along the allowed transitions. Only changed
 * columns are written, so the reminder job's mark ({@code reminded_at}, set without a new version)
 * is never overwritten by an edit.
 */
@Entity
@Table(name = "interaction_task")
@DynamicUpdate
public class Task {

  @Id private UUID id;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "record_id")
  private UUID recordId;

  @Column(name = "job_id")
  private UUID jobId;

  private String title;

  @Enumerated(EnumType.STRING)
  private TaskType type;

  @Column(name = "assignee_id")
  private UUID assigneeId;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "due_at")
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  private TaskPriority priority;

  @Enumerated(EnumType.STRING)
  private TaskStatus status;

  private String notes;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Task() {}

  Task(TaskDetails details, UUID createdBy, Instant now) {
    this.id = Ids.newId();
    this.createdBy = createdBy;
    this.status = TaskStatus.OPEN;
    this.createdAt = now;
    apply(details, now);
  }

  /** Changes what the task is; a done or cancelled task is fixed. */
  void describe(TaskDetails details, Instant now) {
    if (!status.isActive()) {
      throw new BusinessRuleException("status", "closed", "task.closed." + status.name());
    }
    if (!Objects.equals(dueAt, details.dueAt())
        || !Objects.equals(assigneeId, details.assigneeId())) {
      remindedAt = null; // a new due time or a new assignee gets its own reminder
    }
    apply(details, now);
  }

  /** Moves the task to another status; done and cancelled are final. */
  void moveTo(TaskStatus next, Instant now) {
    if (next == status) {
      return;
    }
    if (!status.canBecome(next)) {
      throw new BusinessRuleException("status", "transition", "task.status.final." + status.name());
    }
    status = next;
    completedAt = next == TaskStatus.DONE ? now : null;
    updatedAt = now;
  }

  private void apply(TaskDetails details, Instant now) {
    this.customerId = details.customerId();
    this.recordId = details.recordId();
    this.jobId = details.jobId();
    this.title = details.title();
    this.type = details.type();
    this.assigneeId = details.assigneeId();
    this.dueAt = details.dueAt();
    this.priority = details.priority();
    this.notes = details.notes();
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID recordId() {
    return recordId;
  }

  public UUID jobId() {
    return jobId;
  }

  public String title() {
    return title;
  }

  public TaskType type() {
    return type;
  }

  public UUID assigneeId() {
    return assigneeId;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public TaskPriority priority() {
    return priority;
  }

  public TaskStatus status() {
    return status;
  }

  public String notes() {
    return notes;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
