package io.pyra.support.web;

import io.pyra.support.cases.SupportCase;
import io.pyra.support.complaint.Compensations;
import io.pyra.support.complaint.ComplaintSteps;
import io.pyra.support.complaint.PreventionActions;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A complaint as the API and the panel show it, for a reader who may see the case. */
@Component
class ComplaintReader {

  private final ComplaintSteps steps;
  private final Compensations compensations;
  private final PreventionActions actions;

  ComplaintReader(ComplaintSteps steps, Compensations compensations, PreventionActions actions) {
    this.steps = steps;
    this.compensations = compensations;
    this.actions = actions;
  }

  ComplaintJson read(UUID caseId) {
    SupportCase c = steps.complaint(caseId);
    return ComplaintJson.of(
        c,
        steps.current(caseId),
        steps.of(caseId),
        compensations.last(caseId).orElse(null),
        compensations.limit(),
        actions.tasks(caseId));
  }

  /** Whether the reader may approve the case's compensation. */
  boolean mayApprove(UUID caseId) {
    return compensations.mayApprove(steps.complaint(caseId));
  }
}
