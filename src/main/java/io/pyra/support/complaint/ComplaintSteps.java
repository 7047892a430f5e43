package io.pyra.support.complaint;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseEventKind;
import io.pyra.support.cases.CaseHistory;
import io.pyra.support.cases.CaseService;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.SupportCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seven steps of a complaint: which are done, which is current, and recording the next one. A
 * step is recorded only after the ones before it, once; each goes on the case's history. The
 * acknowledgement mails the customer in their language and is the case's first response; the
 * resolution moves the case to RESOLVED; the follow-up is the customer's satisfaction (see {@link
 * ComplaintFollowUp}); the prevention needs the root cause.
 */
@Service
@Transactional
public class ComplaintSteps {

  public static final int NOTE_MAX = 2000;

  private final ComplaintStore store;
  private final CaseService cases;
  private final CaseHistory history;
  private final CaseAccess access;
  private final CustomerApi customers;
  private final IdentityApi identity;
  private final ComplaintMail mail;
  private final JdbcClient jdbc;

  ComplaintSteps(
      ComplaintStore store,
      CaseService cases,
      CaseHistory history,
      CaseAccess access,
      CustomerApi customers,
      IdentityApi identity,
      ComplaintMail mail,
      JdbcClient jdbc) {
    this.store = store;
    this.cases = cases;
    this.history = history;
    this.access = access;
    this.customers = customers;
    this.identity = identity;
    this.mail = mail;
    this.jdbc = jdbc;
  }

  /**
   * The step a complaint has reached: the first of the seven not done yet; null once all are done
   * (and for a case that is not a complaint, which has no steps). The caller has checked that the
   * reader may see the case.
   */
  @Transactional(readOnly = true)
  public ComplaintStep current(UUID caseId) {
    return current(store.steps(caseId));
  }

  /** The seven steps of a complaint in order, with what was done and who did it. */
  @Transactional(readOnly = true)
  public List<StepState> of(UUID caseId) {
    Map<ComplaintStep, DoneStep> done = store.steps(caseId);
    ComplaintStep current = current(done);
    Map<UserId, String> names =
        identity.displayNames(
            done.values().stream()
                .map(DoneStep::doneBy)
                .filter(Objects::nonNull)
                .map(UserId::new)
                .distinct()
                .toList());
    List<StepState> states = new ArrayList<>();
    for (ComplaintStep step : ComplaintStep.values()) {
      DoneStep d = done.get(step);
      StepState.State state =
          d != null
              ? StepState.State.DONE
              : step == current ? StepState.State.CURRENT : StepState.State.TO_DO;
      String name = d == null || d.doneBy() == null ? null : names.get(new UserId(d.doneBy()));
      states.add(new StepState(step, state, d, name));
    }
    return states;
  }

  /** A complaint the current user may see; not found when hidden or not a complaint. */
  @Transactional(readOnly = true)
  public SupportCase complaint(UUID caseId) {
    SupportCase c = cases.get(caseId);
    if (c.type() != CaseType.COMPLAINT) {
      throw new RecordNotFoundException("complaint", caseId);
    }
    return c;
  }

  /** Records the next step of a complaint the current user works (see the class comment). */
  public DoneStep record(UUID caseId, RecordStep command) {
    SupportCase c = workable(caseId, "step");
    ComplaintStep step =
        ComplaintStep.parse(command.step())
            .orElseThrow(
                () ->
                    command.step() == null || command.step().isBlank()
                        ? new BusinessRuleException("step", "required", "complaint.step.required")
                        : new BusinessRuleException("step", "unknown", "complaint.step.unknown"));
    String note = clean(command.note());
    if (note != null && note.length() > NOTE_MAX) {
      throw new BusinessRuleException("note", "max-length", "complaint.note.length", NOTE_MAX);
    }
    Map<ComplaintStep, DoneStep> done = store.steps(caseId);
    requireNext(step, done);
    if (command.noCompensation() && step != ComplaintStep.COMPENSATION) {
      throw new BusinessRuleException(
          "noCompensation", "compensation-only", "complaint.no-compensation.step");
    }
    UUID me = access.me();
    Instant now = Instant.now();
    DoneStep recorded =
        switch (step) {
          case ACKNOWLEDGEMENT -> acknowledge(c, note, me, now);
          case APOLOGY_AND_EXPLANATION, RESOLUTION_PROPOSAL ->
              new DoneStep(step, now, me, required(note), false, null);
          case COMPENSATION -> compensate(c, note, command.noCompensation(), me, now);
          case RESOLUTION -> resolve(c, note, me, now);
          case FOLLOW_UP ->
              throw new BusinessRuleException("step", "satisfaction", "complaint.step.follow-up");
          case PREVENTION -> prevent(c, note, me, now);
        };
    store.addStep(caseId, recorded);
    history.add(
        c,
        CaseEventKind.STEP,
        null,
        step.name(),
        recorded.skipped() ? "no compensation: " + recorded.note() : recorded.note(),
        me,
        now);
    if (step == ComplaintStep.ACKNOWLEDGEMENT && recorded.mailedTo() != null) {
      mail.acknowledge(c, recorded.mailedTo(), customers.language(new CustomerId(c.customerId())));
    }
    return recorded;
  }

  /**
   * A complaint the current user works, for a change of its steps: not found when hidden, refused
   * when only readable, 422 naming {@code field} when the case is not a complaint.
   */
  SupportCase workable(UUID caseId, String field) {
    SupportCase c = cases.writable(caseId);
    if (c.type() != CaseType.COMPLAINT) {
      throw new BusinessRuleException(field, "not-a-complaint", "complaint.not-a-complaint");
    }
    return c;
  }

  /** 422 naming {@code step} unless every step before {@code step} is done and it is not. */
  static void requireNext(ComplaintStep step, Map<ComplaintStep, DoneStep> done) {
    if (done.containsKey(step)) {
      throw new BusinessRuleException("step", "done", "complaint.step.done");
    }
    for (ComplaintStep before : ComplaintStep.values()) {
      if (before == step) {
        return;
      }
      if (!done.containsKey(before)) {
        throw new BusinessRuleException("step", "order", "complaint.step.order");
      }
    }
  }

  static ComplaintStep current(Map<ComplaintStep, DoneStep> done) {
    for (ComplaintStep step : ComplaintStep.values()) {
      if (!done.containsKey(step)) {
        return step;
      }
    }
    return null;
  }

  private DoneStep acknowledge(SupportCase c, String note, UUID me, Instant now) {
    String to =
        contactEmail(c)
            .orElseGet(() -> customers.primaryEmail(new CustomerId(c.customerId())).orElse(null));
    cases.responded(c.id());
    return new DoneStep(ComplaintStep.ACKNOWLEDGEMENT, now, me, note, false, to);
  }

  private DoneStep compensate(
      SupportCase c, String note, boolean noCompensation, UUID me, Instant now) {
    if (noCompensation) {
      if (note == null) {
        throw new BusinessRuleException("note", "required", "complaint.no-compensation.reason");
      }
      return new DoneStep(ComplaintStep.COMPENSATION, now, me, note, true, null);
    }
    List<Compensation> all = store.compensations(c.id());
    Compensation last = all.isEmpty() ? null : all.getLast();
    if (last == null || last.status() == CompensationStatus.REJECTED) {
      throw new BusinessRuleException(
          "compensation", "required", "complaint.compensation.required");
    }
    if (last.status() == CompensationStatus.PENDING_APPROVAL) {
      throw new BusinessRuleException("approval", "required", "complaint.approval.required");
    }
    return new DoneStep(ComplaintStep.COMPENSATION, now, me, note, false, null);
  }

  private DoneStep resolve(SupportCase c, String note, UUID me, Instant now) {
    if (note == null) {
      throw new BusinessRuleException("note", "required", "complaint.resolution.required");
    }
    cases.transition(c.id(), null, "RESOLVED", null, note);
    return new DoneStep(ComplaintStep.RESOLUTION, now, me, note, false, null);
  }

  private DoneStep prevent(SupportCase c, String note, UUID me, Instant now) {
    if (c.rootCauseId() == null) {
      throw new BusinessRuleException("rootCauseId", "required", "complaint.root-cause.required");
    }
    return new DoneStep(ComplaintStep.PREVENTION, now, me, note, false, null);
  }

  /** The e-mail of the case's contact person, through customer's published view. */
  private Optional<String> contactEmail(SupportCase c) {
    if (c.contactId() == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select email from customer_contact_view where id = :id and customer_id = :customer")
        .param("id", c.contactId())
        .param("customer", c.customerId())
        .query(String.class)
        .optional()
        .filter(e -> !e.isBlank());
  }

  private static String required(String note) {
    if (note == null) {
      throw new BusinessRuleException("note", "required", "complaint.note.required");
    }
    return note;
  }

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
