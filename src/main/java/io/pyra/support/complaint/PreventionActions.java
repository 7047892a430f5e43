package io.pyra.support.complaint;

import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.InteractionApi;
import io.pyra.interaction.TaskId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseEventKind;
import io.pyra.support.cases.CaseHistory;
import io.pyra.support.cases.CaseService;
import io.pyra.support.cases.SupportCase;
import io.pyra.support.taxonomy.RootCauses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prevention of a complaint (its seventh step): the root cause found (required to close a
 * complaint) and prevention actions, each a task in interaction for a colleague, listed on the
 * complaint with whether it is done; and the tasks of a complaint as the panel and API show them.
 */
@Service
@Transactional
public class PreventionActions {

  public static final int TITLE_MAX = 200;
  public static final int ACTIONS_MAX = 20;

  private final ComplaintStore store;
  private final ComplaintSteps steps;
  private final CaseService cases;
  private final CaseHistory history;
  private final CaseAccess access;
  private final IdentityApi identity;
  private final InteractionApi interaction;
  private final ZoneId zone;

  private final RootCauses rootCauses;

  PreventionActions(
      ComplaintStore store,
      ComplaintSteps steps,
      CaseService cases,
      CaseHistory history,
      CaseAccess access,
      IdentityApi identity,
      InteractionApi interaction,
      RootCauses rootCauses,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.store = store;
    this.steps = steps;
    this.cases = cases;
    this.history = history;
    this.access = access;
    this.identity = identity;
    this.interaction = interaction;
    this.rootCauses = rootCauses;
    this.zone = ZoneId.of(zone);
  }

  /**
   * The root cause of the complaint (a term of the root-cause taxonomy).
   *
   * <p>TODO: check that the term exists once the root-cause taxonomy ({@code support_root_cause})
   * is merged.
   */
  public SupportCase rootCause(UUID caseId, UUID rootCauseId) {
    steps.workable(caseId, "rootCauseId");
    if (rootCauseId == null) {
      throw new BusinessRuleException("rootCauseId", "required", "complaint.root-cause.required");
    }
    if (rootCauses.find(rootCauseId).filter(t -> t.active()).isEmpty()) {
      throw new BusinessRuleException("rootCauseId", "not-found", "complaint.root-cause.unknown");
    }
    return cases.causedBy(caseId, rootCauseId);
  }

  /** A prevention action: a task for {@code assigneeId} (none: oneself) due on {@code dueOn}. */
  public ComplaintTask add(UUID caseId, String title, UUID assigneeId, LocalDate dueOn) {
    SupportCase c = steps.workable(caseId, "title");
    List<RuleViolation> violations = new ArrayList<>();
    String text = ComplaintSteps.clean(title);
    if (text == null) {
      violations.add(new RuleViolation("title", "required", "complaint.action.title.required"));
    } else if (text.length() > TITLE_MAX) {
      violations.add(
          new RuleViolation("title", "max-length", "complaint.action.title.length", TITLE_MAX));
    }
    UUID assignee = access.me();
    if (assigneeId != null) {
      UserSummary chosen = identity.user(new UserId(assigneeId)).orElse(null);
      if (chosen == null || !access.mayGive(chosen)) {
        violations.add(
            new RuleViolation("assigneeId", "not-found", "complaint.action.assignee.unknown"));
      } else {
        assignee = assigneeId;
      }
    }
    LocalDate today = LocalDate.now(zone);
    if (dueOn == null) {
      violations.add(new RuleViolation("dueOn", "required", "complaint.action.due.required"));
    } else if (dueOn.isBefore(today) || dueOn.isAfter(today.plusYears(2))) {
      violations.add(new RuleViolation("dueOn", "range", "complaint.action.due.range"));
    }
    if (store.taskCount(caseId, ComplaintTask.Kind.PREVENTION) >= ACTIONS_MAX) {
      violations.add(
          new RuleViolation("title", "too-many", "complaint.action.too-many", ACTIONS_MAX));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    // due at the end of the company's working day
    Instant due = dueOn.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant();
    Instant now = Instant.now();
    UUID taskId =
        interaction
            .createTask(
                new CustomerId(c.customerId()),
                new UserId(assignee),
                text,
                "OTHER",
                "NORMAL",
                due,
                c.code() + " " + c.subject())
            .value();
    store.addTask(
        caseId, ComplaintTask.Kind.PREVENTION, taskId, text, assignee, due, access.me(), now);
    history.add(c, CaseEventKind.STEP, null, "PREVENTION_ACTION", text, access.me(), now);
    return tasks(caseId).getLast();
  }

  /** The complaint's tasks (satisfaction check, prevention actions) with their state. */
  @Transactional(readOnly = true)
  public List<ComplaintTask> tasks(UUID caseId) {
    List<ComplaintTask> tasks = store.tasks(caseId);
    Map<UserId, String> names =
        identity.displayNames(
            tasks.stream()
                .map(ComplaintTask::assigneeId)
                .filter(Objects::nonNull)
                .map(UserId::new)
                .distinct()
                .toList());
    return tasks.stream()
        .map(
            t ->
                new ComplaintTask(
                    t.id(),
                    t.kind(),
                    t.taskId(),
                    t.title(),
                    t.assigneeId(),
                    names.get(new UserId(t.assigneeId())),
                    t.dueAt(),
                    interaction.taskDone(new TaskId(t.taskId()))))
        .toList();
  }
}
