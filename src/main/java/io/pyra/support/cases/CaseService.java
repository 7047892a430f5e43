package io.pyra.support.cases;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.InteractionApi;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.support.taxonomy.CaseCategories;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, changes and moves cases for the signed-in user: checks the input (a customer the user may
 * see, a contact of that customer, known codes, lengths), who may work the case and the version the
 * user read; holds each case to the SLA of the customer's grade on its team's calendar, and writes
 * every change, with its reason, on the case's history.
 */
@Service
@Transactional
public class CaseService {

  public static final int SUBJECT_MAX = 200;
  public static final int DESCRIPTION_MAX = 10000;
  public static final int RESOLUTION_MAX = 4000;
  public static final int REASON_MAX = 500;

  private final CaseRepository cases;
  private final CaseAccess access;
  private final CaseHistory history;
  private final CaseValues values;
  private final CaseSla sla;
  private final CustomerApi customers;
  private final IdentityApi identity;
  private final InteractionApi interaction;
  private final JdbcClient jdbc;
  private final CaseCategories categories;
  private final Duration reopenWindow;
  private final ApplicationEventPublisher events;

  CaseService(
      CaseRepository cases,
      CaseAccess access,
      CaseHistory history,
      CaseValues values,
      CaseSla sla,
      CustomerApi customers,
      IdentityApi identity,
      InteractionApi interaction,
      JdbcClient jdbc,
      CaseCategories categories,
      @Value("${pyra.support.reopen-days:30}") int reopenDays,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.access = access;
    this.history = history;
    this.values = values;
    this.sla = sla;
    this.customers = customers;
    this.identity = identity;
    this.interaction = interaction;
    this.jdbc = jdbc;
    this.categories = categories;
    this.reopenWindow = Duration.ofDays(reopenDays);
    this.events = events;
  }

  public SupportCase open(OpenCase command) {
    if (!access.has(CaseAccess.CREATE)) {
      throw new AccessRefusedException("may not open cases");
    }
    List<RuleViolation> violations = new ArrayList<>();
    CaseDetails details = details(command, violations);
    UserSummary me = identity.user(new UserId(access.me())).orElseThrow();
    UUID assignee = null;
    UUID team = command.teamId();
    if (command.assigneeId() != null) {
      UserSummary chosen = identity.user(new UserId(command.assigneeId())).orElse(null);
      if (chosen == null || !access.mayGive(chosen)) {
        violations.add(new RuleViolation("assigneeId", "not-found", "case.assignee.unknown"));
      } else {
        assignee = chosen.id().value();
        team = team == null ? chosen.orgUnitId().value() : team;
      }
    } else if (team == null) {
      assignee = me.id().value();
      team = me.orgUnitId().value();
    }
    if (team != null && identity.orgUnit(new OrgUnitId(team)).isEmpty()) {
      violations.add(new RuleViolation("teamId", "not-found", "case.team.unknown"));
    }
    refuse(violations);
    Instant now = Instant.now();
    String grade = values.gradeOf(new CustomerId(details.customerId()));
    SupportCase c =
        new SupportCase(
            nextCode(),
            details,
            assignee,
            team,
            grade,
            sla.target(grade, details.severity(), details.serviceCategory()),
            access.me(),
            now);
    c.schedule(schedule(c));
    cases.saveAndFlush(c);
    history.add(c, CaseEventKind.OPENED, null, CaseStatus.NEW.name(), null, access.me(), now);
    return c;
  }

  /** Changes what a case is about, its severity, assignee and team (If-Match version). */
  public SupportCase change(UUID id, long version, OpenCase command) {
    SupportCase c = writable(id);
    if (c.version() != version) {
      throw new StaleVersionException("case", version, c.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    CaseDetails details = details(command, violations);
    UUID assignee = c.assigneeId();
    UUID team = command.teamId() == null ? c.orgUnitId() : command.teamId();
    if (!Objects.equals(command.assigneeId(), c.assigneeId())) {
      if (command.assigneeId() == null) {
        assignee = null;
      } else {
        UserSummary chosen = identity.user(new UserId(command.assigneeId())).orElse(null);
        if (chosen == null || !access.mayGive(chosen)) {
          violations.add(new RuleViolation("assigneeId", "not-found", "case.assignee.unknown"));
        } else {
          assignee = chosen.id().value();
        }
      }
    }
    if (identity.orgUnit(new OrgUnitId(team)).isEmpty()) {
      violations.add(new RuleViolation("teamId", "not-found", "case.team.unknown"));
    }
    if (!Objects.equals(details.customerId(), c.customerId())) {
      violations.add(new RuleViolation("customerId", "fixed", "case.customer.fixed"));
    }
    refuse(violations);
    Instant now = Instant.now();
    UUID me = access.me();
    if (!Objects.equals(assignee, c.assigneeId()) || !team.equals(c.orgUnitId())) {
      history.add(
          c,
          CaseEventKind.ASSIGNED,
          names(c.assigneeId(), c.orgUnitId()),
          names(assignee, team),
          null,
          me,
          now);
      boolean calendarMayChange = !team.equals(c.orgUnitId());
      c.assign(assignee, team, now);
      if (calendarMayChange) {
        reschedule(c, "team", me, now);
      }
    }
    if (details.severity() != c.severity()) {
      history.add(
          c, CaseEventKind.SEVERITY, c.severity().name(), details.severity().name(), null, me, now);
      c.rate(details.severity());
      c.holdTo(c.grade(), sla.target(c.grade(), details.severity(), details.serviceCategory()));
      reschedule(c, "severity", me, now);
    } else if (!Objects.equals(details.serviceCategory(), c.serviceCategory())) {
      c.holdTo(c.grade(), sla.target(c.grade(), c.severity(), details.serviceCategory()));
      reschedule(c, "service-category", me, now);
    }
    if (!sameDescription(c, details)) {
      history.add(c, CaseEventKind.DESCRIBED, null, null, null, me, now);
    }
    c.describe(details, now);
    cases.saveAndFlush(c);
    return c;
  }

  /** Moves a case through its workflow ({@code version} null: whatever the current one is). */
  public SupportCase transition(
      UUID id, Long version, String to, String reason, String resolution) {
    SupportCase c = writable(id);
    if (version != null && c.version() != version) {
      throw new StaleVersionException("case", version, c.version());
    }
    CaseStatus next = status(to);
    if (reason != null && reason.length() > REASON_MAX) {
      throw new BusinessRuleException("reason", "length", "case.reason.length", REASON_MAX);
    }
    if (resolution != null && resolution.length() > RESOLUTION_MAX) {
      throw new BusinessRuleException(
          "resolution", "length", "case.resolution.length", RESOLUTION_MAX);
    }
    Instant now = Instant.now();
    CaseStatus from = c.status();
    Instant pausedSince = c.pausedAt();
    Duration pausedWork =
        pausedSince == null ? Duration.ZERO : sla.clockFor(c.orgUnitId()).between(pausedSince, now);
    Instant doneAt = c.resolvedAt() != null ? c.resolvedAt() : c.closedAt();
    boolean mayReopen = doneAt == null || !now.isAfter(doneAt.plus(reopenWindow));
    boolean unanswered = c.firstRespondedAt() == null;
    c.moveTo(next, resolution, pausedWork, mayReopen, now);
    UUID me = access.me();
    history.add(c, CaseEventKind.STATUS, from.name(), next.name(), clean(reason), me, now);
    if (unanswered && c.firstRespondedAt() != null) {
      history.add(c, CaseEventKind.RESPONDED, null, null, null, me, now);
    }
    if (from.paused() && !next.paused()) {
      reschedule(c, "resumed", me, now);
    } else {
      c.schedule(schedule(c));
    }
    cases.saveAndFlush(c);
    if (next == CaseStatus.RESOLVED) {
      events.publishEvent(
          new CaseResolved(c.id(), new CustomerId(c.customerId()), c.type(), c.resolvedAt()));
    }
    return c;
  }

  /**
   * The customer was answered outside the workflow (a complaint's acknowledgement mail): the case's
   * first response, on its history, if it is the first. Answers whether it was.
   */
  public boolean responded(UUID id) {
    SupportCase c = writable(id);
    Instant now = Instant.now();
    if (!c.respond(now)) {
      return false;
    }
    history.add(c, CaseEventKind.RESPONDED, null, null, null, access.me(), now);
    cases.saveAndFlush(c);
    return true;
  }

  /** The root cause found for a case (a term of the root-cause taxonomy), on its history. */
  public SupportCase causedBy(UUID id, UUID rootCauseId) {
    SupportCase c = writable(id);
    Instant now = Instant.now();
    String before = c.rootCauseId() == null ? null : c.rootCauseId().toString();
    c.causedBy(rootCauseId, now);
    history.add(
        c,
        CaseEventKind.ROOT_CAUSE,
        before,
        rootCauseId == null ? null : rootCauseId.toString(),
        null,
        access.me(),
        now);
    cases.saveAndFlush(c);
    return c;
  }

  /** The customer's satisfaction after the case (1–5), on its history; 422 outside the range. */
  public SupportCase rateSatisfaction(UUID id, int score) {
    SupportCase c = writable(id);
    Instant now = Instant.now();
    Integer before = c.satisfaction();
    c.rateSatisfaction(score, now);
    history.add(
        c,
        CaseEventKind.SATISFACTION,
        before == null ? null : before.toString(),
        String.valueOf(score),
        null,
        access.me(),
        now);
    cases.saveAndFlush(c);
    return c;
  }

  /** A manager's priority with a reason, or none to give back the computed one. */
  public SupportCase overridePriority(UUID id, Integer priority, String reason) {
    if (!access.has(CaseAccess.APPROVE)) {
      throw new AccessRefusedException("may not override priorities");
    }
    SupportCase c = writable(id);
    if (priority != null && (priority < Priority.HIGHEST || priority > Priority.LOWEST)) {
      throw new BusinessRuleException("priority", "range", "case.priority.range");
    }
    if (priority != null && (reason == null || reason.isBlank())) {
      throw new BusinessRuleException("reason", "required", "case.priority.reason");
    }
    if (reason != null && reason.length() > REASON_MAX) {
      throw new BusinessRuleException("reason", "length", "case.reason.length", REASON_MAX);
    }
    Instant now = Instant.now();
    int before = c.priority();
    c.overridePriority(priority, clean(reason), now);
    history.add(
        c,
        CaseEventKind.PRIORITY,
        String.valueOf(before),
        String.valueOf(c.priority()),
        clean(reason),
        access.me(),
        now);
    cases.saveAndFlush(c);
    return c;
  }

  /**
   * Holds an open case to its customer's grade as it is now: a changed grade changes targets and
   * priority, and the history says why. Answers whether it changed. For the SLA job and a changed
   * policy; runs as Pyra (no actor).
   */
  public boolean regrade(SupportCase c, String reason) {
    String grade = values.gradeOf(new CustomerId(c.customerId()));
    SlaTarget target = sla.target(grade, c.severity(), c.serviceCategory());
    if (grade.equals(c.grade()) && target.equals(c.target())) {
      return false;
    }
    Instant now = Instant.now();
    if (!grade.equals(c.grade())) {
      history.add(c, CaseEventKind.PRIORITY, c.grade(), grade, "grade", null, now);
    }
    c.holdTo(grade, target);
    reschedule(c, grade.equals(c.grade()) ? reason : "grade", null, now);
    cases.saveAndFlush(c);
    return true;
  }

  /**
   * A case Pyra opens for a customer's mail (no user signed in): an inquiry, minor, by e-mail, for
   * the customer's owner in the customer's org unit; the mail's subject and text describe it.
   */
  public SupportCase openFromMail(CustomerId customerId, String subject, String text) {
    CustomerRef customer =
        customers
            .find(customerId)
            .orElseThrow(() -> new RecordNotFoundException("customer", customerId));
    UUID owner = customer.ownerId() == null ? null : customer.ownerId().value();
    UUID team =
        customer.orgUnitId() != null
            ? customer.orgUnitId().value()
            : identity.user(customer.ownerId()).orElseThrow().orgUnitId().value();
    String title = clean(subject) == null ? "-" : clean(subject);
    CaseDetails details =
        new CaseDetails(
            customerId.value(),
            null,
            CaseType.INQUIRY,
            null,
            Severity.MINOR,
            ContactChannel.EMAIL.name(),
            title.length() > SUBJECT_MAX ? title.substring(0, SUBJECT_MAX) : title,
            text == null || text.length() <= DESCRIPTION_MAX
                ? text
                : text.substring(0, DESCRIPTION_MAX),
            null);
    Instant now = Instant.now();
    String grade = values.gradeOf(customerId);
    SupportCase c =
        new SupportCase(
            nextCode(),
            details,
            owner,
            team,
            grade,
            sla.target(grade, Severity.MINOR, null),
            owner,
            now);
    c.schedule(schedule(c));
    cases.saveAndFlush(c);
    history.add(c, CaseEventKind.OPENED, null, CaseStatus.NEW.name(), "mail", null, now);
    return c;
  }

  /**
   * The customer wrote about the case (a reply by mail): noted on its history; a case waiting on
   * the customer is in progress again and its clocks run on. Pyra does it, no user signed in.
   */
  public SupportCase customerWrote(UUID caseId, String from, String subject) {
    SupportCase c =
        cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case", caseId));
    Instant now = Instant.now();
    history.add(c, CaseEventKind.MAIL_IN, from, null, subject, null, now);
    if (c.status() == CaseStatus.WAITING_ON_CUSTOMER) {
      Duration pausedWork =
          c.pausedAt() == null
              ? Duration.ZERO
              : sla.clockFor(c.orgUnitId()).between(c.pausedAt(), now);
      c.moveTo(CaseStatus.IN_PROGRESS, null, pausedWork, true, now);
      history.add(
          c,
          CaseEventKind.STATUS,
          CaseStatus.WAITING_ON_CUSTOMER.name(),
          CaseStatus.IN_PROGRESS.name(),
          "customer-replied",
          null,
          now);
      reschedule(c, "resumed", null, now);
    }
    cases.saveAndFlush(c);
    return c;
  }

  /** A mail to the customer went out on the case: noted on its history (the case is unchanged). */
  public void mailed(UUID caseId, String to, String subject) {
    SupportCase c =
        cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case", caseId));
    Instant now = Instant.now();
    history.add(c, CaseEventKind.MAIL_OUT, null, to, subject, null, now);
  }

  /** The case with this id, whoever asks (for Pyra's own work: mails, jobs). */
  @Transactional(readOnly = true)
  public SupportCase byId(UUID id) {
    return cases.findById(id).orElseThrow(() -> new RecordNotFoundException("case", id));
  }

  /** Whether a case has this id (for the mailbox's routing). */
  @Transactional(readOnly = true)
  public boolean exists(UUID id) {
    return cases.existsById(id);
  }

  /** The case with this code, whoever asks (for the mailbox's routing). */
  @Transactional(readOnly = true)
  public java.util.Optional<SupportCase> byCode(String code) {
    return cases.findByCode(code);
  }

  /** One case the current user may see; not found otherwise. */
  @Transactional(readOnly = true)
  public SupportCase get(UUID id) {
    SupportCase c = cases.findById(id).orElseThrow(() -> new RecordNotFoundException("case", id));
    if (!access.sees(c)) {
      throw new RecordNotFoundException("case", id);
    }
    return c;
  }

  /** One case the current user may work: not found when hidden, refused when only readable. */
  public SupportCase writable(UUID id) {
    SupportCase c = get(id);
    if (!access.works(c)) {
      throw new AccessRefusedException("case.write does not reach case " + c.code());
    }
    return c;
  }

  SlaSchedule schedule(SupportCase c) {
    return SlaSchedule.of(
        sla.clockFor(c.orgUnitId()),
        c.createdAt(),
        c.target(),
        c.pausedWork(),
        sla.warningPercent());
  }

  /** Computes the instants again; a moved deadline goes on the history with its reason. */
  void reschedule(SupportCase c, String reason, UUID actor, Instant now) {
    Instant responseBefore = c.firstResponseDueAt();
    Instant resolutionBefore = c.resolutionDueAt();
    c.schedule(schedule(c));
    if (!Objects.equals(responseBefore, c.firstResponseDueAt()) && c.firstRespondedAt() == null) {
      history.add(
          c,
          CaseEventKind.DEADLINE,
          String.valueOf(responseBefore),
          String.valueOf(c.firstResponseDueAt()),
          "first-response:" + reason,
          actor,
          now);
    }
    if (!Objects.equals(resolutionBefore, c.resolutionDueAt())) {
      history.add(
          c,
          CaseEventKind.DEADLINE,
          String.valueOf(resolutionBefore),
          String.valueOf(c.resolutionDueAt()),
          "resolution:" + reason,
          actor,
          now);
    }
  }

  private CaseDetails details(OpenCase command, List<RuleViolation> violations) {
    UUID customerId = command.customerId();
    if (customerId == null) {
      violations.add(new RuleViolation("customerId", "required", "case.customer.required"));
    } else if (!customers.reaches("customer.read", new CustomerId(customerId))) {
      violations.add(new RuleViolation("customerId", "not-found", "case.customer.not-found"));
      customerId = null;
    }
    if (command.contactId() != null
        && (customerId == null
            || !customers.isContactOf(command.contactId(), new CustomerId(customerId)))) {
      violations.add(new RuleViolation("contactId", "customer-mismatch", "case.contact.mismatch"));
    }
    if (command.categoryId() != null
        && categories.find(command.categoryId()).filter(t -> t.active()).isEmpty()) {
      violations.add(new RuleViolation("categoryId", "not-found", "case.category.unknown"));
    }
    CaseType type = parse(CaseType.class, command.type(), "type", violations);
    Severity severity = parse(Severity.class, command.severity(), "severity", violations);
    String channel = null;
    if (command.channel() == null || command.channel().isBlank()) {
      violations.add(new RuleViolation("channel", "required", "case.channel.required"));
    } else {
      channel = ContactChannel.parse(command.channel()).map(Enum::name).orElse(null);
      if (channel == null) {
        violations.add(new RuleViolation("channel", "unknown", "case.channel.unknown"));
      }
    }
    String subject = clean(command.subject());
    if (subject == null) {
      violations.add(new RuleViolation("subject", "required", "case.subject.required"));
    } else if (subject.length() > SUBJECT_MAX) {
      violations.add(new RuleViolation("subject", "length", "case.subject.length", SUBJECT_MAX));
    }
    String description = clean(command.description());
    if (description != null && description.length() > DESCRIPTION_MAX) {
      violations.add(
          new RuleViolation("description", "length", "case.description.length", DESCRIPTION_MAX));
    }
    String serviceCategory = null;
    if (command.serviceCategory() != null && !command.serviceCategory().isBlank()) {
      serviceCategory =
          interaction.serviceCategory(command.serviceCategory()).map(s -> s.code()).orElse(null);
      if (serviceCategory == null) {
        violations.add(
            new RuleViolation("serviceCategory", "unknown", "case.service-category.unknown"));
      }
    }
    return new CaseDetails(
        customerId,
        command.contactId(),
        type,
        command.categoryId(),
        severity,
        channel,
        subject,
        description,
        serviceCategory);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> kind, String code, String field, List<RuleViolation> violations) {
    if (code == null || code.isBlank()) {
      violations.add(new RuleViolation(field, "required", "case." + field + ".required"));
      return null;
    }
    try {
      return Enum.valueOf(kind, code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation(field, "unknown", "case." + field + ".unknown"));
      return null;
    }
  }

  static CaseStatus status(String to) {
    if (to == null || to.isBlank()) {
      throw new BusinessRuleException("to", "required", "case.to.required");
    }
    try {
      return CaseStatus.valueOf(to.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("to", "unknown", "case.to.unknown");
    }
  }

  private String names(UUID assignee, UUID team) {
    String person =
        assignee == null
            ? "-"
            : identity
                .displayNames(List.of(new UserId(assignee)))
                .getOrDefault(new UserId(assignee), "-");
    String unit =
        identity.orgUnitNames(List.of(new OrgUnitId(team))).getOrDefault(new OrgUnitId(team), "-");
    return person + " · " + unit;
  }

  private static boolean sameDescription(SupportCase c, CaseDetails d) {
    return Objects.equals(c.subject(), d.subject())
        && Objects.equals(c.description(), d.description())
        && c.type() == d.type()
        && Objects.equals(c.categoryId(), d.categoryId())
        && Objects.equals(c.contactId(), d.contactId())
        && Objects.equals(c.channel(), d.channel())
        && Objects.equals(c.serviceCategory(), d.serviceCategory());
  }

  private String nextCode() {
    long number = jdbc.sql("select nextval('support_case_code_seq')").query(Long.class).single();
    return code(number);
  }

  static String code(long number) {
    return "CS-" + String.format("%06d", number);
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
