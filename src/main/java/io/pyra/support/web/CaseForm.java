package io.pyra.support.web;

import io.pyra.support.cases.CaseService;
import io.pyra.support.cases.OpenCase;
import io.pyra.support.cases.SupportCase;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The case form as the browser sends it: codes for type, severity, channel and service category; no
 * assignee for the team's queue, no team for the assignee's. {@code recordId} is the contact record
 * a new case was opened from.
 */
public class CaseForm {

  private UUID customerId;
  private UUID recordId;
  private UUID contactId;

  @Size(max = 30)
  private String type;

  @Size(max = 20)
  private String severity;

  @Size(max = 20)
  private String channel;

  @Size(max = CaseService.SUBJECT_MAX)
  private String subject;

  @Size(max = CaseService.DESCRIPTION_MAX)
  private String description;

  @Size(max = 40)
  private String serviceCategory;

  private UUID assigneeId;
  private UUID teamId;
  private Long version;

  static CaseForm of(SupportCase c) {
    CaseForm form = new CaseForm();
    form.customerId = c.customerId();
    form.contactId = c.contactId();
    form.type = c.type().name();
    form.severity = c.severity().name();
    form.channel = c.channel();
    form.subject = c.subject();
    form.description = c.description();
    form.serviceCategory = c.serviceCategory();
    form.assigneeId = c.assigneeId();
    form.teamId = c.orgUnitId();
    form.version = c.version();
    return form;
  }

  OpenCase command(UUID categoryId) {
    return new OpenCase(
        customerId,
        contactId,
        type,
        categoryId,
        severity,
        channel,
        subject,
        description,
        blank(serviceCategory) ? null : serviceCategory,
        assigneeId,
        teamId);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
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

  public UUID getContactId() {
    return contactId;
  }

  public void setContactId(UUID contactId) {
    this.contactId = contactId;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getServiceCategory() {
    return serviceCategory;
  }

  public void setServiceCategory(String serviceCategory) {
    this.serviceCategory = serviceCategory;
  }

  public UUID getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(UUID assigneeId) {
    this.assigneeId = assigneeId;
  }

  public UUID getTeamId() {
    return teamId;
  }

  public void setTeamId(UUID teamId) {
    this.teamId = teamId;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
