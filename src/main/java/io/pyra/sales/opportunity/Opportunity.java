package io.pyra.sales.opportunity;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.sales.pipeline.StageOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deal being worked: a customer, an amount, an owner, and the stage of its pipeline it has
 * reached. The status follows the stage's outcome; a stage of another pipeline is refused; a lost
 * stage needs a reason (and the competitor when the reason is a competitor); going back from won or
 * lost to an open stage (a reopening) needs the right to do so. Every move is a {@link
 * OpportunityStageChange}.
 */
@Entity
@Table(name = "sales_opportunity")
public class Opportunity {

  @Id private UUID id;

  private String code;

  private String title;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "owner_id")
  private UUID ownerId;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Column(name = "pipeline_id")
  private UUID pipelineId;

  @Column(name = "stage_id")
  private UUID stageId;

  @Enumerated(EnumType.STRING)
  private OpportunityStatus status;

  private BigDecimal amount;

  private String currency;

  @Column(name = "expected_close")
  private LocalDate expectedClose;

  @Column(name = "source_id")
  private UUID sourceId;

  private String competitor;

  private int probability;

  @Column(name = "probability_overridden")
  private boolean probabilityOverridden;

  @Column(name = "product_id")
  private UUID productId;

  @Column(name = "lost_reason_id")
  private UUID lostReasonId;

  @Column(name = "lost_note")
  private String lostNote;

  @Column(name = "won_order_id")
  private UUID wonOrderId;

  @Column(name = "engaged_on")
  private LocalDate engagedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "stage_entered_at")
  private Instant stageEnteredAt;

  private String notes;

  @Column(name = "import_id")
  private UUID importId;

  @Column(name = "created_by")
  private UUID createdBy;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Opportunity() {}

  /**
   * A new opportunity in an open stage of its pipeline, owned by {@code ownerId} of {@code
   * orgUnitId}; {@link #firstChange()} is its entry into that stage.
   */
  public Opportunity(
      String code,
      OpportunityDetails details,
      StageRef stage,
      UUID ownerId,
      UUID orgUnitId,
      UUID createdBy,
      Instant now,
      LocalDate today) {
    if (stage.outcome() != StageOutcome.OPEN) {
      throw new BusinessRuleException("stage", "open", "opportunity.stage.new-open");
    }
    if (!stage.active()) {
      throw new BusinessRuleException("stage", "inactive", "opportunity.stage.inactive");
    }
    this.id = Ids.newId();
    this.code = code;
    this.pipelineId = stage.pipelineId();
    this.stageId = stage.id();
    this.status = OpportunityStatus.OPEN;
    this.stageEnteredAt = now;
    this.engagedOn = today;
    this.createdBy = createdBy;
    this.createdAt = now;
    assign(ownerId, orgUnitId);
    describe(details, stage, now);
  }

  /** The entry of a new opportunity into its first stage, for the stage history. */
  public OpportunityStageChange firstChange() {
    return new OpportunityStageChange(id, null, stageId, createdAt, createdBy);
  }

  /**
   * Changes what the opportunity is; {@code stage} is its current stage (for the probability when
   * not overridden).
   */
  public void describe(OpportunityDetails details, StageRef stage, Instant now) {
    this.title = details.title();
    this.customerId = details.customerId();
    this.contactId = details.contactId();
    this.amount = details.amount();
    this.currency = details.currency();
    this.expectedClose = details.expectedClose();
    this.sourceId = details.sourceId();
    this.competitor = details.competitor();
    this.notes = details.notes();
    if (details.probability() != null && status == OpportunityStatus.OPEN) {
      this.probabilityOverridden = details.probability() != stage.probability();
      this.probability = details.probability();
    } else if (status == OpportunityStatus.OPEN) {
      this.probabilityOverridden = false;
      this.probability = stage.probability();
    }
    this.updatedAt = now;
  }

  /** Gives the opportunity to another owner, in that owner's org unit. */
  public void assign(UUID ownerId, UUID orgUnitId) {
    this.ownerId = ownerId;
    this.orgUnitId = orgUnitId;
  }

  /**
   * Moves the opportunity to {@code next}, a stage of its own pipeline. Answers the stage change to
   * keep, or {@code null} when it already is there.
   *
   * @param reason required when {@code next} is a lost stage
   * @param competitor required when the reason is {@code COMPETITOR}
   * @param mayReopen whether the mover may take a won or lost opportunity back to an open stage
   */
  public OpportunityStageChange moveTo(
      StageRef next,
      LostReasonRef reason,
      String competitor,
      boolean mayReopen,
      UUID by,
      Instant now,
      LocalDate today) {
    if (!next.pipelineId().equals(pipelineId)) {
      throw new BusinessRuleException("stage", "pipeline", "opportunity.stage.other-pipeline");
    }
    if (next.id().equals(stageId)) {
      return null;
    }
    if (!next.active()) {
      throw new BusinessRuleException("stage", "inactive", "opportunity.stage.inactive");
    }
    OpportunityStatus target = next.status();
    if (status != OpportunityStatus.OPEN && target == OpportunityStatus.OPEN && !mayReopen) {
      throw new BusinessRuleException("stage", "reopen", "opportunity.reopen.refused");
    }
    String named = competitor == null || competitor.isBlank() ? null : competitor.strip();
    if (target == OpportunityStatus.LOST) {
      if (reason == null) {
        throw new BusinessRuleException(
            "lostReason", "required", "opportunity.lostReason.required");
      }
      if ("COMPETITOR".equals(reason.code()) && named == null) {
        throw new BusinessRuleException(
            "competitor", "required", "opportunity.competitor.required");
      }
      this.lostReasonId = reason.id();
      if (named != null) {
        this.competitor = named;
      }
    } else {
      this.lostReasonId = null;
    }
    OpportunityStageChange change = new OpportunityStageChange(id, stageId, next.id(), now, by);
    this.stageId = next.id();
    this.status = target;
    this.probabilityOverridden = false;
    this.probability = next.probability();
    this.stageEnteredAt = now;
    this.closedOn = target == OpportunityStatus.OPEN ? null : today;
    this.updatedAt = now;
    return change;
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID contactId() {
    return contactId;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public UUID pipelineId() {
    return pipelineId;
  }

  public UUID stageId() {
    return stageId;
  }

  public OpportunityStatus status() {
    return status;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public LocalDate expectedClose() {
    return expectedClose;
  }

  public UUID sourceId() {
    return sourceId;
  }

  public String competitor() {
    return competitor;
  }

  public int probability() {
    return probability;
  }

  public boolean probabilityOverridden() {
    return probabilityOverridden;
  }

  public UUID lostReasonId() {
    return lostReasonId;
  }

  public UUID wonOrderId() {
    return wonOrderId;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public Instant stageEnteredAt() {
    return stageEnteredAt;
  }

  public String notes() {
    return notes;
  }

  public UUID createdBy() {
    return createdBy;
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
