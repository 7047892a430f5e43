package io.pyra.interaction.web;

import io.pyra.interaction.record.LogContactRecord;
import io.pyra.interaction.record.PolicyOverride;
import io.pyra.interaction.record.RecordRow;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The log-a-contact form, as typed: the page's words for the fields are the API's JSON names. */
public class ContactRecordForm {

  @Size(max = 60)
  private String type;

  @Size(max = 10)
  private String channel = "PHONE";

  @Size(max = 8)
  private String direction = "INBOUND";

  @Size(max = 300)
  private String subject;

  @Size(max = 8000)
  private String notes;

  @Size(max = 2000)
  private String outcome;

  @Size(max = 10)
  private String durationMinutes;

  @Size(max = 40)
  private String occurredAt;

  @Size(max = 40)
  private String occurredAtShown;

  @Size(max = 40)
  private String contactId;

  @Size(max = 40)
  private String jobId;

  @Size(max = 2)
  private String country;

  @Size(max = 100)
  private String office;

  private boolean override;

  @Size(max = 500)
  private String overrideReason;

  private boolean supervisorOverride;

  @Size(max = 254)
  private String supervisorUsername;

  @Size(max = 200)
  private String supervisorPassword;

  private Long version;

  static ContactRecordForm of(RecordRow r, PageTimes times) {
    ContactRecordForm form = new ContactRecordForm();
    form.type = r.type();
    form.channel = r.channel();
    form.direction = r.direction();
    form.subject = r.subject();
    form.notes = r.notes();
    form.outcome = r.outcome();
    form.durationMinutes = r.durationMinutes() == null ? null : String.valueOf(r.durationMinutes());
    form.showOccurredAt(r.occurredAt(), times);
    form.contactId = r.contactId() == null ? null : r.contactId().toString();
    form.jobId = r.jobId() == null ? null : r.jobId().toString();
    form.country = r.country();
    form.office = r.office();
    form.version = r.version();
    return form;
  }

  /**
   * Shows the time in the field (to the minute, as a {@code datetime-local} input takes it) and
   * keeps the instant itself in a hidden field: saved unchanged, the record keeps its time to the
   * microsecond instead of being moved to the start of the minute (a correction of the subject
   * alone does not move the visit; a new record is logged at the moment the page was opened).
   */
  void showOccurredAt(Instant at, PageTimes times) {
    occurredAt = times.input(at);
    occurredAtShown = at.toString();
  }

  /** The command; text that is not a number, a time or an id is refused here, naming its field. */
  LogContactRecord command(UUID customerId, PageTimes times) {
    List<RuleViolation> violations = new ArrayList<>();
    Integer duration = null;
    if (durationMinutes != null && !durationMinutes.isBlank()) {
      try {
        duration = Integer.valueOf(durationMinutes.strip());
      } catch (NumberFormatException e) {
        violations.add(
            new RuleViolation("durationMinutes", "type", "interaction.record.duration.type"));
      }
    }
    Instant at = null;
    if (occurredAt != null && !occurredAt.isBlank()) {
      at = times.parseInput(occurredAt).map(typed -> unlessUnchanged(typed, times)).orElse(null);
      if (at == null) {
        violations.add(
            new RuleViolation("occurredAt", "type", "interaction.record.occurredAt.type"));
      }
    }
    UUID contact = id(contactId, "contactId", "interaction.record.contact.other", violations);
    UUID job = id(jobId, "jobId", "interaction.record.job.other", violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return new LogContactRecord(
        customerId,
        contact,
        job,
        type,
        channel,
        direction,
        subject,
        notes,
        outcome,
        duration,
        at,
        country,
        office,
        policyOverride(),
        version);
  }

  /** The instant shown, when the field still holds the minute shown for it; else the time typed. */
  private Instant unlessUnchanged(Instant typed, PageTimes times) {
    if (occurredAtShown == null || occurredAtShown.isBlank()) {
      return typed;
    }
    try {
      Instant shown = Instant.parse(occurredAtShown.strip());
      return times
          .parseInput(times.input(shown))
          .filter(typed::equals)
          .map(minute -> shown)
          .orElse(typed);
    } catch (java.time.format.DateTimeParseException e) {
      return typed;
    }
  }

  /**
   * The user's own override (the tick), a supervisor's (the supervisor section was sent), or none.
   */
  private PolicyOverride policyOverride() {
    if (override) {
      return PolicyOverride.self(overrideReason);
    }
    return supervisorOverride
        ? PolicyOverride.bySupervisor(supervisorUsername, supervisorPassword, overrideReason)
        : null;
  }

  /** Forgets the typed password, so that a page shown again never carries it. */
  void forgetPassword() {
    supervisorPassword = null;
  }

  private static UUID id(String text, String field, String key, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation(field, "not-of-customer", key));
      return null;
    }
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = direction;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(String durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(String occurredAt) {
    this.occurredAt = occurredAt;
  }

  public String getOccurredAtShown() {
    return occurredAtShown;
  }

  public void setOccurredAtShown(String occurredAtShown) {
    this.occurredAtShown = occurredAtShown;
  }

  public String getContactId() {
    return contactId;
  }

  public void setContactId(String contactId) {
    this.contactId = contactId;
  }

  public String getJobId() {
    return jobId;
  }

  public void setJobId(String jobId) {
    this.jobId = jobId;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public boolean isOverride() {
    return override;
  }

  public void setOverride(boolean override) {
    this.override = override;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public boolean isSupervisorOverride() {
    return supervisorOverride;
  }

  public void setSupervisorOverride(boolean supervisorOverride) {
    this.supervisorOverride = supervisorOverride;
  }

  public String getSupervisorUsername() {
    return supervisorUsername;
  }

  public void setSupervisorUsername(String supervisorUsername) {
    this.supervisorUsername = supervisorUsername;
  }

  public String getSupervisorPassword() {
    return supervisorPassword;
  }

  public void setSupervisorPassword(String supervisorPassword) {
    this.supervisorPassword = supervisorPassword;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
