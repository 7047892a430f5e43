package io.pyra.sales.opportunity;

import io.pyra.sales.pipeline.PipelineStage;
import io.pyra.sales.pipeline.StageOutcome;
import java.util.UUID;

/** What an opportunity needs to know of a stage to move into it. */
public record StageRef(
    UUID id, UUID pipelineId, String code, StageOutcome outcome, int probability, boolean active) {

  public static StageRef of(PipelineStage stage) {
    return new StageRef(
        stage.id(),
        stage.pipelineId(),
        stage.code(),
        stage.outcome(),
        stage.probability(),
        stage.active());
  }

  OpportunityStatus status() {
    return OpportunityStatus.valueOf(outcome.name());
  }
}
