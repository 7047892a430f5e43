package io.pyra.support.complaint;

import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserContact;
import io.pyra.identity.UserId;
import io.pyra.interaction.InteractionApi;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.web.LocaleConfig;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseEventKind;
import io.pyra.support.cases.CaseHistory;
import io.pyra.support.cases.CaseResolved;
import io.pyra.support.cases.CaseService;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.SupportCase;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a complaint is resolved (however: its resolution step or the case's workflow) the
 * resolution step is on record and its assignee gets a satisfaction-check task {@code
 * pyra.support.satisfaction-check-days} (default 3) days later; the customer's answer, 1 to 5,
 * completes the follow-up step.
 */
@Service
@Transactional
public class ComplaintFollowUp {

  private final ComplaintStore store;
  private final ComplaintSteps steps;
  private final CaseService cases;
  private final CaseHistory history;
  private final CaseAccess access;
  private final InteractionApi interaction;
  private final IdentityApi identity;
  private final MessageSource messages;
  private final Duration checkAfter;

  ComplaintFollowUp(
      ComplaintStore store,
      ComplaintSteps steps,
      CaseService cases,
      CaseHistory history,
      CaseAccess access,
      InteractionApi interaction,
      IdentityApi identity,
      MessageSource messages,
      @Value("${pyra.support.satisfaction-check-days:3}") int checkDays) {
    this.store = store;
    this.steps = steps;
    this.cases = cases;
    this.history = history;
    this.access = access;
    this.interaction = interaction;
    this.identity = identity;
    this.messages = messages;
    this.checkAfter = Duration.ofDays(checkDays);
  }

  /** Runs after the resolution committed, as Pyra (there is no reader to check). */
  @ApplicationModuleListener
  void on(CaseResolved resolved) {
    if (resolved.type() != CaseType.COMPLAINT) {
      return;
    }
    UUID caseId = resolved.caseId();
    ComplaintStore.ResolvedCase c = store.resolvedCase(caseId);
    if (!store.steps(caseId).containsKey(ComplaintStep.RESOLUTION)) {
      // resolved through the case's workflow rather than the step: the step is what happened
      store.addStep(
          caseId,
          new DoneStep(ComplaintStep.RESOLUTION, resolved.resolvedAt(), null, null, false, null));
      history.add(
          caseId,
          c.customerId(),
          CaseEventKind.STEP,
          null,
          ComplaintStep.RESOLUTION.name(),
          null,
          null,
          resolved.resolvedAt());
    }
    if (store.taskCount(caseId, ComplaintTask.Kind.SATISFACTION_CHECK) > 0) {
      return;
    }
    UUID assignee = c.assigneeId() != null ? c.assigneeId() : c.createdBy();
    Locale locale =
        identity
            .contact(new UserId(assignee))
            .map(UserContact::locale)
            .map(LocaleConfig::forTag)
            .orElse(Locale.ENGLISH);
    String title =
        messages.getMessage(
            "complaint.satisfaction-check.title",
            new Object[] {c.code(), c.subject()},
            "complaint.satisfaction-check.title",
            locale);
    Instant due = resolved.resolvedAt().plus(checkAfter);
    UUID taskId =
        interaction
            .createTask(
                new CustomerId(c.customerId()),
                new UserId(assignee),
                title,
                "CALL_BACK",
                "NORMAL",
                due,
                messages.getMessage(
                    "complaint.satisfaction-check.notes",
                    new Object[] {c.code()},
                    "complaint.satisfaction-check.notes",
                    locale))
            .value();
    store.addTask(
        caseId,
        ComplaintTask.Kind.SATISFACTION_CHECK,
        taskId,
        title.length() > 200 ? title.substring(0, 200) : title,
        assignee,
        due,
        null,
        Instant.now());
  }

  /**
   * The customer's satisfaction (1–5) after the resolution: stored on the case and, the first time,
   * the follow-up step. 422 naming {@code score} outside 1–5 or before the steps up to the
   * resolution are done.
   */
  public DoneStep rate(UUID caseId, Integer score) {
    SupportCase c = steps.workable(caseId, "score");
    if (score == null) {
      throw new BusinessRuleException("score", "required", "complaint.score.range");
    }
    if (score < 1 || score > 5) {
      throw new BusinessRuleException("score", "range", "complaint.score.range");
    }
    Map<ComplaintStep, DoneStep> done = store.steps(caseId);
    if (done.containsKey(ComplaintStep.FOLLOW_UP)) {
      cases.rateSatisfaction(caseId, score);
      return done.get(ComplaintStep.FOLLOW_UP);
    }
    try {
      ComplaintSteps.requireNext(ComplaintStep.FOLLOW_UP, done);
    } catch (BusinessRuleException e) {
      throw new BusinessRuleException("score", "order", "complaint.score.order");
    }
    cases.rateSatisfaction(caseId, score);
    Instant now = Instant.now();
    DoneStep step =
        new DoneStep(ComplaintStep.FOLLOW_UP, now, access.me(), String.valueOf(score), false, null);
    store.addStep(caseId, step);
    history.add(
        c,
        CaseEventKind.STEP,
        null,
        ComplaintStep.FOLLOW_UP.name(),
        step.note(),
        step.doneBy(),
        now);
    return step;
  }
}
