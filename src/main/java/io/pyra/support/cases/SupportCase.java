package io.pyra.support.cases;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's case: what it is about, who works it in which team, where it stands in its workflow,
 * and its service level. The clocks run while the case is new or in progress and stand still while
 * it waits on the customer or is resolved; the working time spent standing still moves the
 * resolution deadline on. The first response is the first move out of NEW (or the first mail to the
 * customer).
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

  @Id private UUID id;

  private String code;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Enumerated(EnumType.STRING)
  private CaseType type;

  @Column(name = "category_id")
  private UUID categoryId;

  @Column(name = "root_cause_id")
  private UUID rootCauseId;

  @Enumerated(EnumType.STRING)
  private Severity severity;

  private String channel;

  private String subject;

  private String description;

  @Column(name = "service_category")
  private String serviceCategory;

  @Column(name = "assignee_id")
  private UUID assigneeId;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  private String resolution;

  private String grade;

  private int priority;

  @Column(name = "priority_override")
  private Integer priorityOverride;

  @Column(name = "priority_reason")
  private String priorityReason;

  @Column(name = "policy_id")
  private UUID policyId;

  @Column(name = "response_target_s")
  private long responseTargetSeconds;

  @Column(name = "resolution_target_s")
  private long resolutionTargetSeconds;

  @Column(name = "paused_work_s")
  private long pausedWorkSeconds;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "first_responded_at")
  private Instant firstRespondedAt;

  @Column(name = "first_response_warn_at")
  private Instant firstResponseWarnAt;

  @Column(name = "first_response_due_at")
  private Instant firstResponseDueAt;

  @Column(name = "resolution_warn_at")
  private Instant resolutionWarnAt;

  @Column(name = "resolution_due_at")
  private Instant resolutionDueAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "response_warned_at")
  private Instant responseWarnedAt;

  @Column(name = "response_breached_at")
  private Instant responseBreachedAt;

  @Column(name = "resolution_warned_at")
  private Instant resolutionWarnedAt;

  @Column(name = "resolution_breached_at")
  private Instant resolutionBreachedAt;

  @Column(name = "second_escalation_at")
  private Instant secondEscalationAt;

  @Column(name = "sla_next_at")
  private Instant slaNextAt;

  @Column(name = "escalation_level")
  private int escalationLevel;

  @Column(name = "reopen_count")
  private int reopenCount;

  private Integer satisfaction;

  @Column(name = "external_ref")
  private String externalRef;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private Long version;

  protected SupportCase() {}

  /** A new case, NEW, held to {@code target} from {@code now}; schedule it next. */
  public SupportCase(
      String code,
      CaseDetails details,
      UUID assigneeId,
      UUID orgUnitId,
      String grade,
      SlaTarget target,
      UUID createdBy,
      Instant now) {
    this.id = Ids.newId();
    this.code = code;
    this.status = CaseStatus.NEW;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.assigneeId = assigneeId;
    this.orgUnitId = orgUnitId;
    this.severity = details.severity();
    describe(details, now);
    holdTo(grade, target);
  }

  /** Changes what the case is about (its severity through {@link #holdTo} and {@link #rate}). */
  public void describe(CaseDetails details, Instant now) {
    this.customerId = details.customerId();
    this.contactId = details.contactId();
    this.type = details.type();
    this.categoryId = details.categoryId();
    this.channel = details.channel();
    this.subject = details.subject();
    this.description = details.description();
    this.serviceCategory = details.serviceCategory();
    this.updatedAt = now;
  }

  /** The severity, which moves the priority unless a manager set it. */
  public void rate(Severity severity) {
    this.severity = severity;
    if (priorityOverride == null) {
      this.priority = Priority.of(grade, severity);
    }
  }

  /** Holds the case to the grade's targets; the priority follows unless a manager set it. */
  public void holdTo(String grade, SlaTarget target) {
    this.grade = Priority.gradeOrLowest(grade);
    this.policyId = target.policyId();
    this.responseTargetSeconds = target.firstResponse().toSeconds();
    this.resolutionTargetSeconds = target.resolution().toSeconds();
    if (priorityOverride == null) {
      this.priority = Priority.of(this.grade, severity);
    }
  }

  /** A manager's priority, with the reason; null gives the case back its computed priority. */
  public void overridePriority(Integer priority, String reason, Instant now) {
    this.priorityOverride = priority;
    this.priorityReason = priority == null ? null : reason;
    this.priority = priority == null ? Priority.of(grade, severity) : priority;
    this.updatedAt = now;
  }

  public void assign(UUID assigneeId, UUID orgUnitId, Instant now) {
    this.assigneeId = assigneeId;
    this.orgUnitId = orgUnitId;
    this.updatedAt = now;
  }

  public SlaTarget target() {
    return new SlaTarget(
        policyId,
        Duration.ofSeconds(responseTargetSeconds),
        Duration.ofSeconds(resolutionTargetSeconds));
  }

  public Duration pausedWork() {
    return Duration.ofSeconds(pausedWorkSeconds);
  }

  /** Keeps the instants of the SLA and the next one the job has to look at. */
  public void schedule(SlaSchedule schedule) {
    this.firstResponseWarnAt = schedule.firstResponseWarnAt();
    this.firstResponseDueAt = schedule.firstResponseDueAt();
    this.resolutionWarnAt = schedule.resolutionWarnAt();
    this.resolutionDueAt = schedule.resolutionDueAt();
    this.slaNextAt = nextSlaInstant();
  }

  /**
   * Moves the case to {@code next}. {@code pausedWork} is the working time since the case stood
   * still (zero when it did not); the caller schedules the case again afterwards.
   */
  public void moveTo(
      CaseStatus next, String resolution, Duration pausedWork, boolean mayReopen, Instant now) {
    if (next == status || !status.allows(next)) {
      throw new BusinessRuleException("to", "workflow", "case.transition.refused");
    }
    // only a move back to work reopens: closing a resolved case keeps its resolution
    boolean reopening =
        (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) && !next.paused();
    if (reopening && !mayReopen) {
      throw new BusinessRuleException("to", "reopen-window", "case.reopen.window");
    }
    if (next == CaseStatus.RESOLVED) {
      if (resolution == null || resolution.isBlank()) {
        throw new BusinessRuleException("resolution", "required", "case.resolution.required");
      }
      this.resolution = resolution.strip();
      this.resolvedAt = now;
    }
    if (next == CaseStatus.CLOSED) {
      if (type == CaseType.COMPLAINT && rootCauseId == null) {
        throw new BusinessRuleException("rootCause", "required", "case.root-cause.required");
      }
      this.closedAt = now;
    }
    if (status == CaseStatus.NEW && firstRespondedAt == null) {
      this.firstRespondedAt = now;
    }
    if (status.paused() && !next.paused() && pausedAt != null) {
      this.pausedWorkSeconds += pausedWork.toSeconds();
      this.pausedAt = null;
    }
    if (!status.paused() && next.paused()) {
      this.pausedAt = now;
    }
    if (reopening) {
      this.reopenCount++;
      this.resolvedAt = null;
      this.closedAt = null;
    }
    this.status = next;
    this.updatedAt = now;
  }

  /** The customer was answered (a mail or a call): the first response, if it is the first. */
  public boolean respond(Instant now) {
    if (firstRespondedAt != null) {
      return false;
    }
    this.firstRespondedAt = now;
    this.slaNextAt = nextSlaInstant();
    return true;
  }

  public void causedBy(UUID rootCauseId, Instant now) {
    this.rootCauseId = rootCauseId;
    this.updatedAt = now;
  }

  public void rateSatisfaction(int score, Instant now) {
    if (score < 1 || score > 5) {
      throw new BusinessRuleException("satisfaction", "range", "case.satisfaction.range");
    }
    this.satisfaction = score;
    this.updatedAt = now;
  }

  /** Where the case stands against its targets at {@code now}. */
  public SlaState slaState(Instant now) {
    return SlaStates.of(this, now);
  }

  /**
   * The next instant at which the SLA job has something to do for this case: a warning or a breach
   * not yet noted, or the second escalation; none while the case stands still or is done.
   */
  Instant nextSlaInstant() {
    return slaMarks().next(status.paused());
  }

  /** Where the case's SLA clock stands, as the SLA job reads it. */
  SlaMarks slaMarks() {
    return new SlaMarks(
        firstRespondedAt,
        new SlaMarks.Targets(
            firstResponseWarnAt, firstResponseDueAt, resolutionWarnAt, resolutionDueAt),
        new SlaMarks.Noted(
            responseWarnedAt,
            responseBreachedAt,
            resolutionWarnedAt,
            resolutionBreachedAt,
            escalationLevel,
            secondEscalationAt));
  }

  /** An imported case keeps its reference in the system it came from (a ticket id). */
  public void importedFrom(String externalRef) {
    this.externalRef = externalRef;
  }

  /**
   * For an imported case: the SLA events (warnings, breaches) whose instants lie before {@code
   * until} (the import, or when the clock stopped) are history. They are noted at their own
   * instants, without escalation, so the SLA job neither warns nor escalates for them; answers the
   * events noted, as {@code (kind, target, instant)}, oldest first.
   */
  public java.util.List<SlaEventNoted> notePastSlaEvents(Instant until) {
    java.util.List<SlaEventNoted> noted = new java.util.ArrayList<>();
    boolean unanswered = firstRespondedAt == null;
    Instant responseEnd = unanswered ? until : SlaMarks.earliest(until, firstRespondedAt);
    if (responseWarnedAt == null && firstResponseWarnAt.isBefore(responseEnd)) {
      responseWarnedAt = firstResponseWarnAt;
      noted.add(
          new SlaEventNoted(CaseEventKind.SLA_WARNING, "first-response", firstResponseWarnAt));
    }
    if (responseBreachedAt == null && firstResponseDueAt.isBefore(responseEnd)) {
      responseBreachedAt = firstResponseDueAt;
      noted.add(new SlaEventNoted(CaseEventKind.SLA_BREACH, "first-response", firstResponseDueAt));
    }
    if (resolutionWarnedAt == null && resolutionWarnAt.isBefore(until)) {
      resolutionWarnedAt = resolutionWarnAt;
      noted.add(new SlaEventNoted(CaseEventKind.SLA_WARNING, "resolution", resolutionWarnAt));
    }
    if (resolutionBreachedAt == null && resolutionDueAt.isBefore(until)) {
      resolutionBreachedAt = resolutionDueAt;
      noted.add(new SlaEventNoted(CaseEventKind.SLA_BREACH, "resolution", resolutionDueAt));
    }
    noted.sort(java.util.Comparator.comparing(SlaEventNoted::at));
    slaNextAt = nextSlaInstant();
    return noted;
  }

  /** An SLA event an import noted as history: its kind, target and instant. */
  public record SlaEventNoted(CaseEventKind kind, String target, Instant at) {}

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID contactId() {
    return contactId;
  }

  public CaseType type() {
    return type;
  }

  public UUID categoryId() {
    return categoryId;
  }

  public UUID rootCauseId() {
    return rootCauseId;
  }

  public Severity severity() {
    return severity;
  }

  public String channel() {
    return channel;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public String serviceCategory() {
    return serviceCategory;
  }

  public UUID assigneeId() {
    return assigneeId;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public CaseStatus status() {
    return status;
  }

  public String resolution() {
    return resolution;
  }

  public String grade() {
    return grade;
  }

  public int priority() {
    return priority;
  }

  public Integer priorityOverride() {
    return priorityOverride;
  }

  public String priorityReason() {
    return priorityReason;
  }

  public Instant pausedAt() {
    return pausedAt;
  }

  public Instant firstRespondedAt() {
    return firstRespondedAt;
  }

  public Instant firstResponseWarnAt() {
    return firstResponseWarnAt;
  }

  public Instant firstResponseDueAt() {
    return firstResponseDueAt;
  }

  public Instant resolutionWarnAt() {
    return resolutionWarnAt;
  }

  public Instant resolutionDueAt() {
    return resolutionDueAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant responseWarnedAt() {
    return responseWarnedAt;
  }

  public Instant resolutionWarnedAt() {
    return resolutionWarnedAt;
  }

  public String externalRef() {
    return externalRef;
  }

  public Instant responseBreachedAt() {
    return responseBreachedAt;
  }

  public Instant resolutionBreachedAt() {
    return resolutionBreachedAt;
  }

  public Instant secondEscalationAt() {
    return secondEscalationAt;
  }

  public Instant slaNextAt() {
    return slaNextAt;
  }

  public int escalationLevel() {
    return escalationLevel;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public Integer satisfaction() {
    return satisfaction;
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
