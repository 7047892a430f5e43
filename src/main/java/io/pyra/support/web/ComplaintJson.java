package io.pyra.support.web;

import io.pyra.support.cases.SupportCase;
import io.pyra.support.complaint.Compensation;
import io.pyra.support.complaint.ComplaintStep;
import io.pyra.support.complaint.ComplaintTask;
import io.pyra.support.complaint.StepState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A complaint's seven steps over the API: the step reached ({@code null} once all are done), each
 * step's state, the compensation that counts with its approval, the satisfaction (1–5) with its
 * check task, the root cause and the prevention actions.
 */
record ComplaintJson(
    UUID caseId,
    String code,
    String step,
    List<StepJson> steps,
    CompensationJson compensation,
    BigDecimal approvalLimit,
    Integer satisfaction,
    TaskJson satisfactionCheck,
    UUID rootCauseId,
    List<TaskJson> preventionActions) {

  record StepJson(
      String step,
      String state,
      Instant doneAt,
      UUID doneBy,
      String doneByName,
      String note,
      boolean skipped,
      String mailedTo) {

    static StepJson of(StepState s) {
      return s.done() == null
          ? new StepJson(s.step().name(), s.state().name(), null, null, null, null, false, null)
          : new StepJson(
              s.step().name(),
              s.state().name(),
              s.done().doneAt(),
              s.done().doneBy(),
              s.doneByName(),
              s.done().note(),
              s.done().skipped(),
              s.done().mailedTo());
    }
  }

  record CompensationJson(
      UUID id,
      String type,
      BigDecimal amount,
      String currency,
      String note,
      String orderNumber,
      UUID refundId,
      String status,
      UUID approvedBy,
      Instant approvedAt,
      String rejectionReason,
      Instant createdAt,
      long version) {

    static CompensationJson of(Compensation c) {
      return c == null
          ? null
          : new CompensationJson(
              c.id(),
              c.type().name(),
              c.amount(),
              c.currency(),
              c.note(),
              c.orderNumber(),
              c.refundId(),
              c.status().name(),
              c.approvedBy(),
              c.approvedAt(),
              c.rejectionReason(),
              c.createdAt(),
              c.version());
    }
  }

  record TaskJson(
      UUID taskId,
      String title,
      UUID assigneeId,
      String assigneeName,
      Instant dueAt,
      boolean done) {

    static TaskJson of(ComplaintTask t) {
      return t == null
          ? null
          : new TaskJson(
              t.taskId(), t.title(), t.assigneeId(), t.assigneeName(), t.dueAt(), t.done());
    }
  }

  static ComplaintJson of(
      SupportCase c,
      ComplaintStep current,
      List<StepState> steps,
      Compensation compensation,
      BigDecimal limit,
      List<ComplaintTask> tasks) {
    return new ComplaintJson(
        c.id(),
        c.code(),
        current == null ? null : current.name(),
        steps.stream().map(StepJson::of).toList(),
        CompensationJson.of(compensation),
        limit,
        c.satisfaction(),
        tasks.stream()
            .filter(t -> t.kind() == ComplaintTask.Kind.SATISFACTION_CHECK)
            .findFirst()
            .map(TaskJson::of)
            .orElse(null),
        c.rootCauseId(),
        tasks.stream()
            .filter(t -> t.kind() == ComplaintTask.Kind.PREVENTION)
            .map(TaskJson::of)
            .toList());
  }
}
