package io.pyra.interaction.web;

import io.pyra.interaction.task.SaveTask;
import io.pyra.interaction.task.TaskRow;
import io.pyra.platform.error.BusinessRuleException;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The task form as the browser sends it; the due time is a local date and time ({@code
 * datetime-local}) in the user's org unit time zone.
 */
public class TaskForm {

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private UUID customerId;
  private UUID recordId;
  private UUID jobId;

  @Size(max = 30)
  private String customerCode;

  @Size(max = 300)
  private String title;

  @Size(max = 30)
  private String type;

  private UUID assigneeId;

  @Size(max = 40)
  private String dueAt;

  @Size(max = 8)
  private String priority;

  @Size(max = 4000)
  private String notes;

  private Long version;

  static TaskForm of(TaskRow task, ZoneId zone) {
    TaskForm form = new TaskForm();
    form.customerId = task.customerId();
    form.recordId = task.recordId();
    form.jobId = task.jobId();
    form.title = task.title();
    form.type = task.type().name();
    form.assigneeId = task.assigneeId();
    form.dueAt = LOCAL.format(task.dueAt().atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    form.priority = task.priority().name();
    form.notes = task.notes();
    form.version = task.version();
    return form;
  }

  SaveTask command(ZoneId zone) {
    return new SaveTask(
        customerId, recordId, jobId, title, type, assigneeId, due(zone), priority, notes);
  }

  private java.time.Instant due(ZoneId zone) {
    if (dueAt == null || dueAt.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(dueAt.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .atZone(zone)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("dueAt", "type", "task.dueAt.invalid");
    }
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public void setCustomerId(UUID customerId) {
    this.customerId = customerId;
  }

  public UUID getRecordId() {
    return recordId;
  }

  public void setRecordId(UUID recordId) {
    this.recordId = recordId;
  }

  public UUID getJobId() {
    return jobId;
  }

  public void setJobId(UUID jobId) {
    this.jobId = jobId;
  }

  /** A customer code typed on a new task that came from no customer (e.g. {@code C-000123}). */
  public String getCustomerCode() {
    return customerCode;
  }

  public void setCustomerCode(String customerCode) {
    this.customerCode = customerCode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public UUID getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(UUID assigneeId) {
    this.assigneeId = assigneeId;
  }

  public String getDueAt() {
    return dueAt;
  }

  public void setDueAt(String dueAt) {
    this.dueAt = dueAt;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
