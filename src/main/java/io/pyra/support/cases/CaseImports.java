package io.pyra.support.cases;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.ContactChannel;
import io.pyra.platform.Ids;
import io.pyra.platform.bulk.BulkRows;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.support.CaseImportApi;
import io.pyra.support.ImportedCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Past cases written in bulk (see {@link CaseImportApi}): each case is built with the aggregate's
 * own moves and the SLA schedule of the live cases, then the chunk's cases and history lines are
 * appended in two batches (COPY on PostgreSQL).
 */
@Component
public class CaseImports {

  /** The detail of every history line an import writes. */
  public static final String IMPORT = "import";

  private static final String CASE_COLUMNS =
      "id, code, customer_id, type, severity, channel, subject, description, assignee_id,"
          + " org_unit_id, status, resolution, grade, priority, policy_id, response_target_s,"
          + " resolution_target_s, paused_work_s, paused_at, first_responded_at,"
          + " first_response_warn_at, first_response_due_at, resolution_warn_at, resolution_due_at,"
          + " resolved_at, closed_at, response_warned_at, response_breached_at,"
          + " resolution_warned_at, resolution_breached_at, sla_next_at, escalation_level,"
          + " reopen_count, satisfaction, external_ref, created_by, created_at, updated_at, version";

  private static final String EVENT_COLUMNS =
      "id, case_id, customer_id, kind, from_value, to_value, detail, actor_id, occurred_at";

  private static final String IMPORTED =
      "select external_ref, code from support_case where external_ref in (:refs)";

  private static final String GRADES =
      "select v.customer_id, v.grade from analytics_customer_value_view v where v.customer_id in (:ids)";

  private static final String CODES_POSTGRES =
      "select nextval('support_case_code_seq') from generate_series(1, :count)";

  private static final String CODES_H2 =
      "select nextval('support_case_code_seq') from system_range(1, :count)";

  private final CaseSla sla;
  private final CaseAccess access;
  private final IdentityApi identity;
  private final BulkRows bulk;
  private final JdbcClient jdbc;
  private final MessageSource messages;

  CaseImports(
      CaseSla sla,
      CaseAccess access,
      IdentityApi identity,
      BulkRows bulk,
      JdbcClient jdbc,
      MessageSource messages) {
    this.sla = sla;
    this.access = access;
    this.identity = identity;
    this.bulk = bulk;
    this.jdbc = jdbc;
    this.messages = messages;
  }

  public CaseImportApi.Assignment assignment(String assigneeUsername, String teamCode) {
    if (!access.has(CaseAccess.CREATE)) {
      throw new AccessRefusedException("importing cases needs case.create");
    }
    List<RuleViolation> violations = new ArrayList<>();
    UserSummary assignee = null;
    if (assigneeUsername != null && !assigneeUsername.isBlank()) {
      assignee = identity.userByUsername(assigneeUsername.strip()).orElse(null);
      if (assignee == null || !access.mayGive(assignee)) {
        violations.add(
            new RuleViolation(
                "assignee", "unknown", "case.import.assignee.unknown", assigneeUsername.strip()));
        assignee = null;
      }
    }
    OrgUnitId team = null;
    if (teamCode != null && !teamCode.isBlank()) {
      team = identity.orgUnitByCode(teamCode.strip()).map(OrgUnitSummary::id).orElse(null);
      if (team == null) {
        violations.add(
            new RuleViolation("team", "unknown", "case.import.team.unknown", teamCode.strip()));
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    if (assignee == null && team == null) {
      UserSummary me = identity.user(new UserId(access.me())).orElseThrow();
      return new CaseImportApi.Assignment(me.id(), me.orgUnitId());
    }
    return new CaseImportApi.Assignment(
        assignee == null ? null : assignee.id(), team != null ? team : assignee.orgUnitId());
  }

  public List<List<RuleViolation>> check(List<ImportedCase> rows) {
    Instant now = Instant.now();
    List<List<RuleViolation>> all = new ArrayList<>(rows.size());
    for (ImportedCase row : rows) {
      all.add(check(row, now));
    }
    return all;
  }

  private static List<RuleViolation> check(ImportedCase r, Instant now) {
    List<RuleViolation> v = new ArrayList<>();
    String ref = clean(r.externalRef());
    if (ref == null) {
      v.add(new RuleViolation("externalRef", "required", "case.import.ref.required"));
    } else if (ref.length() > CaseImportApi.EXTERNAL_REF_MAX) {
      v.add(
          new RuleViolation(
              "externalRef", "length", "case.import.ref.length", CaseImportApi.EXTERNAL_REF_MAX));
    }
    CaseType type = code(CaseType.class, r.type(), "type", v);
    code(Severity.class, r.severity(), "severity", v);
    if (ContactChannel.parse(r.channel()).isEmpty()) {
      v.add(
          new RuleViolation(
              "channel", r.channel() == null ? "required" : "unknown", "case.channel.unknown"));
    }
    CaseStatus status = code(CaseStatus.class, r.status(), "status", v);
    String subject = clean(r.subject());
    if (subject == null) {
      v.add(new RuleViolation("subject", "required", "case.subject.required"));
    } else if (subject.length() > CaseService.SUBJECT_MAX) {
      v.add(new RuleViolation("subject", "length", "case.subject.length", CaseService.SUBJECT_MAX));
    }
    String description = clean(r.description());
    if (description != null && description.length() > CaseService.DESCRIPTION_MAX) {
      v.add(
          new RuleViolation(
              "description", "length", "case.description.length", CaseService.DESCRIPTION_MAX));
    }
    String resolution = clean(r.resolution());
    if (resolution != null && resolution.length() > CaseService.RESOLUTION_MAX) {
      v.add(
          new RuleViolation(
              "resolution", "length", "case.resolution.length", CaseService.RESOLUTION_MAX));
    }
    if (r.satisfaction() != null && (r.satisfaction() < 1 || r.satisfaction() > 5)) {
      v.add(new RuleViolation("satisfaction", "range", "case.satisfaction.range"));
    }
    future("openedAt", r.openedAt(), now, v);
    future("respondedAt", r.respondedAt(), now, v);
    future("resolvedAt", r.resolvedAt(), now, v);
    Instant firstResponse = firstResponse(r);
    if (r.openedAt() != null && firstResponse != null && r.openedAt().isAfter(firstResponse)) {
      v.add(new RuleViolation("openedAt", "order", "case.import.opened-after-response"));
    }
    boolean done = status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED;
    if (done && r.resolvedAt() == null) {
      v.add(new RuleViolation("resolvedAt", "required", "case.import.resolved.required"));
    } else if (status != null && !done && r.resolvedAt() != null) {
      v.add(new RuleViolation("resolvedAt", "open-case", "case.import.resolved.open-case"));
    }
    if (status == CaseStatus.CLOSED && type == CaseType.COMPLAINT) {
      v.add(new RuleViolation("status", "root-cause", "case.root-cause.required"));
    }
    return v;
  }

  public Map<String, String> imported(Collection<String> externalRefs) {
    Map<String, String> found = new HashMap<>();
    List<String> refs = externalRefs.stream().filter(Objects::nonNull).distinct().toList();
    for (int from = 0; from < refs.size(); from += 1000) {
      jdbc.sql(IMPORTED)
          .param("refs", refs.subList(from, Math.min(refs.size(), from + 1000)))
          .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
          .list()
          .forEach(e -> found.put(e.getKey(), e.getValue()));
    }
    return found;
  }

  public List<String> write(
      List<ImportedCase> rows, CaseImportApi.Assignment assignment, UserId actor, Locale locale) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Instant now = Instant.now();
    UUID team = assignment.team().value();
    UUID assignee = UserId.valueOrNull(assignment.assignee());
    WorkingTime clock = sla.clockFor(team);
    int warning = sla.warningPercent();
    Map<UUID, String> grades = grades(rows);
    Map<String, SlaTarget> targets = new HashMap<>();
    List<Long> numbers = codeNumbers(rows.size());
    String closedWithout =
        messages.getMessage("case.import.resolution-default", null, "Imported closed case", locale);
    List<Object[]> cases = new ArrayList<>(rows.size());
    List<Object[]> events = new ArrayList<>(rows.size() * 5);
    List<String> codes = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ImportedCase r = rows.get(i);
      UUID customer = r.customer().value();
      String grade = Priority.gradeOrLowest(grades.get(customer));
      Severity severity = Severity.valueOf(r.severity().strip().toUpperCase(Locale.ROOT));
      SlaTarget target =
          targets.computeIfAbsent(grade + severity, k -> sla.target(grade, severity, null));
      SupportCase c =
          build(
              r,
              CaseService.code(numbers.get(i)),
              grade,
              severity,
              target,
              assignee,
              team,
              actor.value(),
              clock,
              warning,
              closedWithout,
              now,
              events);
      codes.add(c.code());
      cases.add(row(c));
    }
    bulk.insert("support_case", CASE_COLUMNS, cases);
    bulk.insert("support_case_event", EVENT_COLUMNS, events);
    return codes;
  }

  /** One case built by the aggregate's moves, its history lines added to {@code events}. */
  private static SupportCase build(
      ImportedCase r,
      String code,
      String grade,
      Severity severity,
      SlaTarget target,
      UUID assignee,
      UUID team,
      UUID actor,
      WorkingTime clock,
      int warning,
      String closedWithout,
      Instant now,
      List<Object[]> events) {
    CaseStatus status = CaseStatus.valueOf(r.status().strip().toUpperCase(Locale.ROOT));
    Instant firstResponse = firstResponse(r);
    Instant opened =
        r.openedAt() != null ? r.openedAt() : firstResponse != null ? firstResponse : now;
    if (status == CaseStatus.NEW && firstResponse != null) {
      status = CaseStatus.IN_PROGRESS;
    }
    CaseDetails details =
        new CaseDetails(
            r.customer().value(),
            null,
            CaseType.valueOf(r.type().strip().toUpperCase(Locale.ROOT)),
            null,
            severity,
            ContactChannel.parse(r.channel()).orElseThrow().name(),
            clean(r.subject()),
            clean(r.description()),
            null);
    SupportCase c = new SupportCase(code, details, assignee, team, grade, target, actor, opened);
    c.importedFrom(clean(r.externalRef()));
    c.schedule(SlaSchedule.of(clock, opened, c.target(), Duration.ZERO, warning));
    UUID customer = r.customer().value();
    event(events, c, CaseEventKind.OPENED, c.externalRef(), CaseStatus.NEW.name(), actor, opened);
    Instant responded = firstResponse != null ? firstResponse : opened;
    boolean done = status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED;
    if (status != CaseStatus.NEW && (!done || responded.isBefore(r.resolvedAt()))) {
      CaseStatus first = done ? CaseStatus.IN_PROGRESS : status;
      move(c, first, null, responded, events, actor);
    }
    if (done) {
      String resolution = clean(r.resolution());
      move(
          c,
          CaseStatus.RESOLVED,
          resolution == null ? closedWithout : resolution,
          r.resolvedAt(),
          events,
          actor);
      if (status == CaseStatus.CLOSED) {
        move(c, CaseStatus.CLOSED, null, r.resolvedAt(), events, actor);
      }
    }
    if (r.satisfaction() != null) {
      Instant at = done ? r.resolvedAt() : responded;
      c.rateSatisfaction(r.satisfaction(), at);
      event(
          events, c, CaseEventKind.SATISFACTION, null, String.valueOf(r.satisfaction()), actor, at);
    }
    Instant until = c.status().paused() && c.pausedAt() != null ? c.pausedAt() : now;
    for (SupportCase.SlaEventNoted e : c.notePastSlaEvents(until)) {
      event(events, c, e.kind(), null, e.target(), null, e.at());
    }
    return c;
  }

  /** A move of the workflow at {@code at}, with its lines: the status and the first response. */
  private static void move(
      SupportCase c,
      CaseStatus next,
      String resolution,
      Instant at,
      List<Object[]> events,
      UUID actor) {
    CaseStatus from = c.status();
    boolean unanswered = c.firstRespondedAt() == null;
    c.moveTo(next, resolution, Duration.ZERO, true, at);
    event(events, c, CaseEventKind.STATUS, from.name(), next.name(), actor, at);
    if (unanswered && c.firstRespondedAt() != null) {
      event(events, c, CaseEventKind.RESPONDED, null, null, actor, at);
    }
  }

  private static void event(
      List<Object[]> events,
      SupportCase c,
      CaseEventKind kind,
      String from,
      String to,
      UUID actor,
      Instant at) {
    events.add(
        new Object[] {
          Ids.newId(), c.id(), c.customerId(), kind.name(), from, to, IMPORT, actor, at
        });
  }

  private static Object[] row(SupportCase c) {
    return new Object[] {
      c.id(),
      c.code(),
      c.customerId(),
      c.type().name(),
      c.severity().name(),
      c.channel(),
      c.subject(),
      c.description(),
      c.assigneeId(),
      c.orgUnitId(),
      c.status().name(),
      c.resolution(),
      c.grade(),
      c.priority(),
      c.target().policyId(),
      c.target().firstResponse().toSeconds(),
      c.target().resolution().toSeconds(),
      c.pausedWork().toSeconds(),
      c.pausedAt(),
      c.firstRespondedAt(),
      c.firstResponseWarnAt(),
      c.firstResponseDueAt(),
      c.resolutionWarnAt(),
      c.resolutionDueAt(),
      c.resolvedAt(),
      c.closedAt(),
      c.responseWarnedAt(),
      c.responseBreachedAt(),
      c.resolutionWarnedAt(),
      c.resolutionBreachedAt(),
      c.slaNextAt(),
      c.escalationLevel(),
      c.reopenCount(),
      c.satisfaction(),
      c.externalRef(),
      c.createdBy(),
      c.createdAt(),
      c.updatedAt(),
      0L
    };
  }

  /** The first response the file tells: the earlier of its response and its resolution. */
  static Instant firstResponse(ImportedCase r) {
    if (r.respondedAt() == null) {
      return r.resolvedAt();
    }
    return r.resolvedAt() != null && r.resolvedAt().isBefore(r.respondedAt())
        ? r.resolvedAt()
        : r.respondedAt();
  }

  private Map<UUID, String> grades(List<ImportedCase> rows) {
    Set<UUID> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(r.customer().value()));
    List<UUID> all = List.copyOf(ids);
    Map<UUID, String> grades = new HashMap<>();
    for (int from = 0; from < all.size(); from += 1000) {
      jdbc.sql(GRADES)
          .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
          .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), nullSafe(rs.getString(2))))
          .list()
          .forEach(e -> grades.put(e.getKey(), e.getValue()));
    }
    return grades;
  }

  private static String nullSafe(String grade) {
    return grade == null ? "C" : grade;
  }

  private List<Long> codeNumbers(int count) {
    return jdbc.sql(bulk.postgres() ? CODES_POSTGRES : CODES_H2)
        .param("count", count)
        .query(Long.class)
        .list();
  }

  private static void future(String field, Instant at, Instant now, List<RuleViolation> v) {
    if (at != null && at.isAfter(now)) {
      v.add(new RuleViolation(field, "future", "case.import.future"));
    }
  }

  private static <E extends Enum<E>> E code(
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

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
