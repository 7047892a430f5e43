package io.pyra.support.cases;

import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.interaction.InteractionApi;
import io.pyra.interaction.StaffNotice;
import io.pyra.platform.bulk.BulkRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass of the SLA clocks over the open cases whose next SLA instant has come: at the warning
 * share of a target the assignee is warned; at a breach the assignee is told and the case escalates
 * to the assignee's supervisor (notification and e-mail); after a further period of working time a
 * breached case goes to the supervisor's supervisor. Each event is noted on the case row and its
 * history in the same transaction as the notices, in batches; the case's version makes a second
 * node that read the same cases fail its batch rather than notify twice.
 */
@Component
public class SlaWatch {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SlaWatch.class);

  public static final int BATCH = 2000;
  private static final int MAX_CONFLICTS = 20;

  /** What one batch writes after its cases are noted, in its transaction. */
  private static final class Batch {
    final Instant now;
    final CaseSla.BreachRule rule;
    final List<CaseHistory.Entry> events = new ArrayList<>();
    final List<InteractionApi.Notice> notices = new ArrayList<>();
    final Map<UserId, List<EscalationMail.Escalation>> mails;
    final Map<UserId, Optional<UserId>> supervisors;
    final Map<UserId, String> names;
    // a breached case's team and the breach team, by name, per team it leaves (one lookup each)
    final Map<UUID, Map<OrgUnitId, String>> units = new HashMap<>();

    Batch(
        Instant now,
        CaseSla.BreachRule rule,
        Map<UserId, Optional<UserId>> supervisors,
        Map<UserId, String> names,
        Map<UserId, List<EscalationMail.Escalation>> mails) {
      this.now = now;
      this.rule = rule;
      this.mails = mails;
      this.supervisors = supervisors;
      this.names = names;
    }
  }

  private static final String REGRADE =
      """
      select k.id from support_case k
        left join analytics_customer_value_view v on v.customer_id = k.customer_id
       where k.status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER')
         and k.grade <> coalesce(case when v.grade in ('A', 'B') then v.grade end, 'C')
       order by k.id
       limit :limit""";

  private static final String REGRADE_CUSTOMER =
      """
      select k.id from support_case k
        left join analytics_customer_value_view v on v.customer_id = k.customer_id
       where k.customer_id = :customer and k.status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER')
         and k.grade <> coalesce(case when v.grade in ('A', 'B') then v.grade end, 'C')
       order by k.id
       limit :limit""";

  private final CaseRepository cases;
  private final CaseService service;
  private final CaseHistory history;
  private final CaseSla sla;
  private final IdentityApi identity;
  private final InteractionApi interaction;
  private final List<EscalationMail> mail;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final BulkRows database;
  private final DueCases dueCases;

  SlaWatch(
      CaseRepository cases,
      CaseService service,
      CaseHistory history,
      CaseSla sla,
      IdentityApi identity,
      InteractionApi interaction,
      List<EscalationMail> mail,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      BulkRows database,
      DueCases dueCases) {
    this.database = database;
    this.dueCases = dueCases;
    this.cases = cases;
    this.service = service;
    this.history = history;
    this.sla = sla;
    this.identity = identity;
    this.interaction = interaction;
    this.mail = mail;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** The numbers of one pass. */
  public record Pass(int warnings, int breaches, int escalations) {}

  /** Runs the clocks up to {@code now}; answers what it did. */
  public Pass run(Instant now) {
    // where the pass spends its time (debug log): take, check, note, history, notices, commit, mail
    long[] spent = new long[7];
    CaseSla.BreachRule rule = sla.breachRule();
    int[] counts = new int[3];
    int conflicts = 0;
    Map<UserId, Optional<UserId>> supervisors = new HashMap<>();
    Map<UserId, String> names = new HashMap<>();
    Map<UserId, List<EscalationMail.Escalation>> escalated = new HashMap<>();
    while (true) {
      int[] batchCounts = new int[3];
      int[] sizes = new int[2]; // cases taken, cases still due after their check
      long[] at = {System.nanoTime()};
      try {
        transactions.executeWithoutResult(
            tx -> {
              // on PostgreSQL a second node running a pass at the same moment takes other cases
              List<DueCase> due = dueCases.take(now, BATCH);
              at[0] = lap(spent, 0, at[0]);
              sizes[0] = due.size();
              if (due.isEmpty()) {
                return;
              }
              // a batch lost in a crash is lost whole (marks, history, notices) and done again
              database.commitWithoutWaiting();
              Batch batch = new Batch(now, rule, supervisors, names, new HashMap<>());
              for (DueCase c : due) {
                check(c, batch, batchCounts);
                Instant next = c.marks().next(false);
                sizes[1] += next != null && !next.isAfter(now) ? 1 : 0;
              }
              at[0] = lap(spent, 1, at[0]);
              dueCases.note(due);
              at[0] = lap(spent, 2, at[0]);
              history.addAll(batch.events);
              at[0] = lap(spent, 3, at[0]);
              interaction.notifyAll(batch.notices);
              at[0] = lap(spent, 4, at[0]);
              batch.mails.forEach(
                  (to, list) -> escalated.computeIfAbsent(to, k -> new ArrayList<>()).addAll(list));
            });
        lap(spent, 5, at[0]);
        for (int i = 0; i < 3; i++) {
          counts[i] += batchCounts[i];
        }
        if (sizes[0] > 0 && sizes[1] == sizes[0]) {
          // not one case of the batch has its next instant after now: selecting them again would
          // find them again (a guard: each case noted what it had to and moved on)
          log.warn("SLA pass: {} due cases did not move on; the pass stops", sizes[0]);
          break;
        }
      } catch (OptimisticLockingFailureException e) {
        // another node noted these cases first; what it did not take is selected again
        if (++conflicts > MAX_CONFLICTS) {
          break;
        }
        continue;
      }
      if (sizes[0] < BATCH) {
        break;
      }
    }
    // one mail per supervisor, of what this node noted and committed
    long mark = System.nanoTime();
    escalated.forEach((to, list) -> mail.forEach(m -> m.escalated(to, list)));
    spent[6] = System.nanoTime() - mark;
    if (log.isDebugEnabled()) {
      log.debug(
          "SLA pass in ms: take {}, check {}, note {}, history {}, notices {}, commit {}, mail {}",
          java.util.Arrays.stream(spent).map(n -> n / 1_000_000).boxed().toArray());
    }
    return new Pass(counts[0], counts[1], counts[2]);
  }

  /** Adds the time since {@code from} to {@code spent[step]}; answers now. */
  private static long lap(long[] spent, int step, long from) {
    long now = System.nanoTime();
    spent[step] += now - from;
    return now;
  }

  /**
   * Holds every open case whose customer's grade changed since to its new grade's targets. Grades
   * change by events (see GradeChanges), but an override that runs out changes one without any: the
   * daily job looks at every open case.
   */
  public int regradeAll() {
    return regrade(null);
  }

  /**
   * Holds the open cases of {@code customer} (null: of every customer) whose grade changed since
   * they were held to it to their new grade's targets; answers how many changed.
   */
  public int regrade(CustomerId customer) {
    int changed = 0;
    while (true) {
      List<UUID> ids =
          (customer == null
                  ? jdbc.sql(REGRADE)
                  : jdbc.sql(REGRADE_CUSTOMER).param("customer", customer.value()))
              .param("limit", BATCH)
              .query(UUID.class)
              .list();
      if (ids.isEmpty()) {
        return changed;
      }
      int before = changed;
      changed +=
          transactions.execute(
              tx -> {
                int n = 0;
                for (SupportCase c : cases.findAllById(ids)) {
                  n += service.regrade(c, "grade") ? 1 : 0;
                }
                return n;
              });
      if (changed == before || ids.size() < BATCH) {
        return changed;
      }
    }
  }

  private void check(DueCase c, Batch b, int[] counts) {
    Instant now = b.now;
    SlaMarks marks = c.marks();
    int levelBefore = marks.escalationLevel();
    boolean unanswered = marks.firstRespondedAt() == null;
    if (unanswered && !now.isBefore(marks.firstResponseDueAt())) {
      if (marks.noteResponseBreached(now, secondLevelAt(c, marks.firstResponseDueAt(), b.rule))) {
        breached(c, "first-response", b, counts);
      }
    } else if (unanswered && !now.isBefore(marks.firstResponseWarnAt())) {
      if (marks.noteResponseWarned(now)) {
        warned(c, "first-response", b, counts);
      }
    }
    if (!now.isBefore(marks.resolutionDueAt())) {
      if (marks.noteResolutionBreached(now, secondLevelAt(c, marks.resolutionDueAt(), b.rule))) {
        breached(c, "resolution", b, counts);
      }
    } else if (!now.isBefore(marks.resolutionWarnAt())) {
      if (marks.noteResolutionWarned(now)) {
        warned(c, "resolution", b, counts);
      }
    }
    boolean firstBreach = levelBefore == 0 && marks.escalationLevel() == 1;
    if (firstBreach && c.assigneeId() != null) {
      escalate(c, supervisor(b, new UserId(c.assigneeId())), 1, b, counts);
    }
    if (marks.breachedAt(now) && b.rule.team() != null) {
      toBreachTeam(c, b);
    }
    Instant second = marks.secondEscalationAt();
    if (marks.escalationLevel() == 1 && second != null && !now.isBefore(second)) {
      secondLevel(c, b, counts);
    }
  }

  private Optional<UserId> supervisor(Batch b, UserId user) {
    return b.supervisors.computeIfAbsent(user, identity::supervisor);
  }

  /**
   * When a breach at {@code breachAt} goes to the second level; null where breaches don't escalate.
   */
  private Instant secondLevelAt(DueCase c, Instant breachAt, CaseSla.BreachRule rule) {
    return rule.escalate()
        ? sla.clockFor(c.orgUnitId()).plus(breachAt, rule.secondLevelAfter())
        : null;
  }

  /**
   * A breached case goes to the breach team's queue, unassigned for the team to take it; it keeps
   * its deadlines (the first escalation has gone to the former assignee's supervisor already).
   */
  private void toBreachTeam(DueCase c, Batch b) {
    if (b.rule.team().equals(c.orgUnitId())) {
      return;
    }
    Map<OrgUnitId, String> units =
        b.units.computeIfAbsent(
            c.orgUnitId(),
            from ->
                identity.orgUnitNames(List.of(new OrgUnitId(from), new OrgUnitId(b.rule.team()))));
    b.events.add(
        new CaseHistory.Entry(
            c.id(),
            c.customerId(),
            CaseEventKind.ASSIGNED,
            units.getOrDefault(new OrgUnitId(c.orgUnitId()), "-"),
            units.getOrDefault(new OrgUnitId(b.rule.team()), "-"),
            "sla-breach",
            null,
            b.now));
    c.toTeam(b.rule.team(), b.now);
  }

  private void warned(DueCase c, String target, Batch b, int[] counts) {
    b.events.add(
        new CaseHistory.Entry(
            c.id(), c.customerId(), CaseEventKind.SLA_WARNING, null, target, null, null, b.now));
    counts[0]++;
    if (c.assigneeId() != null) {
      b.notices.add(notice(new UserId(c.assigneeId()), StaffNotice.SLA_WARNING, c));
    }
  }

  private void breached(DueCase c, String target, Batch b, int[] counts) {
    b.events.add(
        new CaseHistory.Entry(
            c.id(), c.customerId(), CaseEventKind.SLA_BREACH, null, target, null, null, b.now));
    counts[1]++;
    if (c.assigneeId() != null) {
      b.notices.add(notice(new UserId(c.assigneeId()), StaffNotice.SLA_BREACH, c));
    }
  }

  private void secondLevel(DueCase c, Batch b, int[] counts) {
    if (!c.marks().noteSecondEscalation()) {
      return;
    }
    Optional<UserId> first =
        c.assigneeId() == null ? Optional.empty() : supervisor(b, new UserId(c.assigneeId()));
    escalate(c, first.flatMap(u -> supervisor(b, u)), 2, b, counts);
  }

  private void escalate(DueCase c, Optional<UserId> to, int level, Batch b, int[] counts) {
    String name =
        to.map(
                u ->
                    b.names.computeIfAbsent(
                        u, k -> identity.displayNames(List.of(k)).getOrDefault(k, "")))
            .orElse(null);
    b.events.add(
        new CaseHistory.Entry(
            c.id(),
            c.customerId(),
            CaseEventKind.ESCALATED,
            null,
            String.valueOf(level),
            name,
            null,
            b.now));
    counts[2]++;
    to.ifPresent(
        u -> {
          b.notices.add(notice(u, StaffNotice.CASE_ESCALATED, c));
          b.mails
              .computeIfAbsent(u, k -> new ArrayList<>())
              .add(new EscalationMail.Escalation(c.id(), c.code(), c.subject(), level));
        });
  }

  private static InteractionApi.Notice notice(UserId to, StaffNotice kind, DueCase c) {
    return new InteractionApi.Notice(
        to, kind, new CustomerId(c.customerId()), c.code() + " " + c.subject(), "/cases/" + c.id());
  }
}
