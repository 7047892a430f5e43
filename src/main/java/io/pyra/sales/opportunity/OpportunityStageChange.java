package io.pyra.sales.opportunity;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One stage change of an opportunity, kept for ever: the time spent in a stage is the time from
 * this change to the next.
 */
@Entity
@Table(name = "sales_opportunity_stage_change")
public class OpportunityStageChange {

  @Id private UUID id;

  @Column(name = "opportunity_id")
  private UUID opportunityId;

  @Column(name = "from_stage_id")
  private UUID fromStageId;

  @Column(name = "to_stage_id")
  private UUID toStageId;

  @Column(name = "entered_at")
  private Instant enteredAt;

  @Column(name = "changed_by")
  private UUID changedBy;

  protected OpportunityStageChange() {}

  OpportunityStageChange(
      UUID opportunityId, UUID fromStageId, UUID toStageId, Instant enteredAt, UUID changedBy) {
    this.id = Ids.newId();
    this.opportunityId = opportunityId;
    this.fromStageId = fromStageId;
    this.toStageId = toStageId;
    this.enteredAt = enteredAt;
    this.changedBy = changedBy;
  }

  public UUID id() {
    return id;
  }

  public UUID opportunityId() {
    return opportunityId;
  }

  public UUID fromStageId() {
    return fromStageId;
  }

  public UUID toStageId() {
    return toStageId;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  public UUID changedBy() {
    return changedBy;
  }
}
