package io.pyra.support.web;

import io.pyra.support.complaint.Compensations;
import io.pyra.support.complaint.ComplaintFollowUp;
import io.pyra.support.complaint.ComplaintSteps;
import io.pyra.support.complaint.PreventionActions;
import io.pyra.support.complaint.ProposeCompensation;
import io.pyra.support.complaint.RecordStep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A complaint's seven steps over the API: read where it stands, record the next step, propose a
 * compensation and have a manager approve or reject it, record the customer's satisfaction, set the
 * root cause and plan prevention actions. Every answer is the complaint as it then stands.
 */
@Tag(name = "Complaints")
@RestController
@RequestMapping("/api/v1/cases/{id}/complaint")
@PreAuthorize("hasAuthority('case.read')")
class ComplaintRestController {

  /** The next step: its code, a note (≤ 2000), {@code noCompensation} to pass over step 4. */
  record StepRequest(
      @Size(max = 30) String step, @Size(max = 2000) String note, Boolean noCompensation) {}

  /** A compensation: type, amount ≥ 0, currency (none: base), note; a REFUND names the order. */
  record CompensationRequest(
      @Size(max = 20) String type,
      BigDecimal amount,
      @Size(max = 3) String currency,
      @Size(max = 2000) String note,
      @Size(max = 40) String orderNumber) {}

  /** A manager's decision on a compensation above the limit; a rejection says why. */
  record ApprovalRequest(Boolean approved, @Size(max = 500) String reason, Long version) {}

  record SatisfactionRequest(Integer score) {}

  record RootCauseRequest(UUID rootCauseId) {}

  /** A prevention action: a task for a colleague (none: yourself) due on a day. */
  record PreventionActionRequest(@Size(max = 200) String title, UUID assigneeId, LocalDate dueOn) {}

  private final ComplaintReader reader;
  private final ComplaintSteps steps;
  private final Compensations compensations;
  private final ComplaintFollowUp followUp;
  private final PreventionActions prevention;

  ComplaintRestController(
      ComplaintReader reader,
      ComplaintSteps steps,
      Compensations compensations,
      ComplaintFollowUp followUp,
      PreventionActions prevention) {
    this.reader = reader;
    this.steps = steps;
    this.compensations = compensations;
    this.followUp = followUp;
    this.prevention = prevention;
  }

  @Operation(
      summary =
          "Where a complaint stands in its seven steps (ACKNOWLEDGEMENT, APOLOGY_AND_EXPLANATION, "
              + "RESOLUTION_PROPOSAL, COMPENSATION, RESOLUTION, FOLLOW_UP, PREVENTION): each step "
              + "DONE, CURRENT or TO_DO, the compensation and its approval, the satisfaction and "
              + "the prevention actions. 404 for a case that is not a complaint")
  @GetMapping
  ComplaintJson get(@PathVariable UUID id) {
    return reader.read(id);
  }

  @Operation(
      summary =
          "Record the next step {step, note}: only after the steps before it. ACKNOWLEDGEMENT "
              + "mails the customer in their language (the first response); APOLOGY_AND_EXPLANATION "
              + "and RESOLUTION_PROPOSAL need a note; COMPENSATION needs an approved compensation "
              + "or noCompensation with the reason as note; RESOLUTION resolves the case with the "
              + "note as resolution; FOLLOW_UP is the satisfaction; PREVENTION needs the root cause")
  @PostMapping("/steps")
  @PreAuthorize("hasAuthority('case.write')")
  ComplaintJson step(@PathVariable UUID id, @RequestBody StepRequest request) {
    steps.record(
        id,
        new RecordStep(
            request.step(), request.note(), Boolean.TRUE.equals(request.noCompensation())));
    return reader.read(id);
  }

  @Operation(
      summary =
          "Propose the compensation (type REFUND, CREDIT, FREE_SESSION or GIFT; amount >= 0; "
              + "currency ISO 4217, default the base currency; a REFUND names the customer's "
              + "orderNumber, at most what may be refunded). Above the approval limit it waits for "
              + "a manager; a REFUND becomes a refund in sales once approved (at once within the "
              + "limit)")
  @PostMapping("/compensation")
  @PreAuthorize("hasAuthority('case.write')")
  ComplaintJson compensation(@PathVariable UUID id, @RequestBody CompensationRequest request) {
    compensations.propose(
        id,
        new ProposeCompensation(
            request.type(),
            request.amount(),
            request.currency(),
            request.note(),
            request.orderNumber()));
    return reader.read(id);
  }

  @Operation(
      summary =
          "Approve or reject (with a reason) the compensation waiting for approval: a manager "
              + "whose case.approve reaches the case; others get 422 naming approval")
  @PostMapping("/compensation/approval")
  ComplaintJson approval(@PathVariable UUID id, @RequestBody ApprovalRequest request) {
    compensations.decide(id, request.approved(), request.reason(), request.version());
    return reader.read(id);
  }

  @Operation(
      summary =
          "The customer's satisfaction after the resolution, 1 to 5: completes the FOLLOW_UP step")
  @PostMapping("/satisfaction")
  @PreAuthorize("hasAuthority('case.write')")
  ComplaintJson satisfaction(@PathVariable UUID id, @RequestBody SatisfactionRequest request) {
    followUp.rate(id, request.score());
    return reader.read(id);
  }

  @Operation(summary = "The root cause of the complaint (required to close it)")
  @PostMapping("/root-cause")
  @PreAuthorize("hasAuthority('case.write')")
  ComplaintJson rootCause(@PathVariable UUID id, @RequestBody RootCauseRequest request) {
    prevention.rootCause(id, request.rootCauseId());
    return reader.read(id);
  }

  @Operation(
      summary =
          "Plan a prevention action: a task for a colleague you may give cases to (none: "
              + "yourself), due on a day (today or later); at most 20 per complaint")
  @PostMapping("/prevention-actions")
  @PreAuthorize("hasAuthority('case.write')")
  ComplaintJson preventionAction(
      @PathVariable UUID id, @RequestBody PreventionActionRequest request) {
    prevention.add(id, request.title(), request.assigneeId(), request.dueOn());
    return reader.read(id);
  }
}
