package io.pyra.sales.opportunity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What a list of opportunities is narrowed to; every part is optional. */
public record OpportunityFilter(
    UUID pipelineId,
    UUID stageId,
    Set<OpportunityStatus> statuses,
    UUID ownerId,
    UUID customerId,
    LocalDate closeFrom,
    LocalDate closeTo,
    String text) {

  public static OpportunityFilter none() {
    return new OpportunityFilter(null, null, Set.of(), null, null, null, null, null);
  }
}
