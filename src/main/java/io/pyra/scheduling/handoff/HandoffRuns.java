package io.pyra.scheduling.handoff;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs hand-off targets: sends the bookings of the horizon that are new or changed since the
 * target's last successful run (or cancelled after it was sent them), nothing when nothing changed,
 * and logs every run. Only once the target took the files are the bookings marked sent, so a failed
 * run is retried in full by the next. The time comes from a {@link Clock} bean if there is one.
 */
@Service
public class HandoffRuns {

  static final int DUE_PER_PASS = 50;
  static final int FILES_MAX = 600;

  /** The longest a run holds its target's lock: a node that died mid-run frees it after that. */
  static final Duration RUN_AT_MOST = Duration.ofMinutes(30);

  private static final Logger log = LoggerFactory.getLogger(HandoffRuns.class);

  private final JdbcClient jdbc;
  private final LockProvider locks;
  private final HandoffTargets targets;
  private final HandoffBookings bookings;
  private final HandoffDelivery delivery;
  private final HandoffLog runLog;
  private final CurrentUser currentUser;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ZoneId zone;

  HandoffRuns(
      JdbcClient jdbc,
      LockProvider locks,
      HandoffTargets targets,
      HandoffBookings bookings,
      HandoffDelivery delivery,
      HandoffLog runLog,
      CurrentUser currentUser,
      PlatformTransactionManager transactions,
      ObjectProvider<Clock> clock,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.jdbc = jdbc;
    this.locks = locks;
    this.targets = targets;
    this.bookings = bookings;
    this.delivery = delivery;
    this.runLog = runLog;
    this.currentUser = currentUser;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock.getIfAvailable(Clock::systemUTC);
    this.zone = ZoneId.of(zone);
  }

  /**
   * Runs a target in the current user's reach now, whatever its schedule; refused (rule {@code
   * running}) while another run of it is under way.
   */
  public HandoffRun runNow(UUID targetId) {
    HandoffTarget target = targets.get(targetId);
    return alone(target, "MANUAL", currentUser.requireId().value(), clock.instant())
        .orElseThrow(
            () -> new BusinessRuleException("id", "running", "schedulinghandoff.run.running"));
  }

  /** The runs of a target in the current user's reach, newest first (at most 100). */
  public List<HandoffRun> history(UUID targetId) {
    return runLog.of(targets.get(targetId).id());
  }

  /** The latest runs of the targets in the current user's reach, newest first (at most 20). */
  public List<HandoffRun> latest() {
    java.util.Set<UUID> mine =
        targets.list().stream().map(HandoffTarget::id).collect(java.util.stream.Collectors.toSet());
    return runLog.latest().stream().filter(r -> mine.contains(r.targetId())).limit(20).toList();
  }

  /** Runs every active target whose time has come (at most {@value #DUE_PER_PASS} a pass). */
  public int runDue() {
    return runDue(clock.instant());
  }

  int runDue(Instant now) {
    List<UUID> due =
        jdbc.sql(
                """
                select id from scheduling_handoff_target
                 where active and next_run_at <= :now
                 order by next_run_at, id fetch first 50 rows only""")
            .param("now", SqlTime.utc(now))
            .query(UUID.class)
            .list();
    int ran = 0;
    for (UUID id : due) {
      HandoffTarget target = targets.find(id).map(HandoffTargets.Row::target).orElse(null);
      if (target != null
          && claim(target, now)
          && alone(target, "SCHEDULE", null, now).isPresent()) {
        ran++;
      }
    }
    return ran;
  }

  /** Moves the target's next run on; false when another node did so first. */
  private boolean claim(HandoffTarget target, Instant now) {
    return jdbc.sql(
                """
                update scheduling_handoff_target set next_run_at = :next
                 where id = :id and next_run_at = :seen""")
            .param("next", SqlTime.utc(target.nextRunAfter(now, zone)))
            .param("id", target.id())
            .param("seen", SqlTime.utc(target.nextRunAt()))
            .update()
        == 1;
  }

  /**
   * Runs the target unless another run of it is under way on any node (manual or scheduled): one at
   * a time, under the lock {@code scheduling.handoff.<target id>}; empty when it was under way.
   */
  private Optional<HandoffRun> alone(
      HandoffTarget target, String trigger, UUID startedBy, Instant now) {
    Optional<SimpleLock> lock =
        locks.lock(
            new LockConfiguration(
                Instant.now(), "scheduling.handoff." + target.id(), RUN_AT_MOST, Duration.ZERO));
    if (lock.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(run(target, trigger, startedBy, now));
    } finally {
      lock.get().unlock();
    }
  }

  private HandoffRun run(HandoffTarget target, String trigger, UUID startedBy, Instant now) {
    UUID runId = Ids.newId();
    HandoffLog.Entry entry = new HandoffLog.Entry(runId, target.id(), trigger, startedBy, now);
    try {
      List<HandedOffBooking> changed =
          bookings.of(target, now, zone).stream()
              .filter(b -> b.change() != HandedOffBooking.Change.NONE)
              .toList();
      if (changed.isEmpty()) {
        return runLog.write(entry, "NOTHING", null, List.of(), List.of(), clock.instant());
      }
      List<HandoffFiles.File> files = HandoffFiles.of(target, changed, runId, now);
      delivery.deliver(target, token(target.id()), files);
      return transaction.execute(
          tx -> {
            markSent(target.id(), changed, now);
            return runLog.write(entry, "SENT", null, changed, files, clock.instant());
          });
    } catch (HandoffFailure failure) {
      return runLog.write(
          entry, "FAILED", failure.getMessage(), List.of(), List.of(), clock.instant());
    } catch (RuntimeException e) {
      log.warn("Hand-off run of target {} failed", target.id(), e);
      return runLog.write(entry, "FAILED", "internal error", List.of(), List.of(), clock.instant());
    }
  }

  private void markSent(UUID targetId, List<HandedOffBooking> sent, Instant now) {
    for (HandedOffBooking booking : sent) {
      jdbc.sql("delete from scheduling_handoff_sent where target_id = :t and booking_id = :b")
          .param("t", targetId)
          .param("b", booking.facts().id())
          .update();
      jdbc.sql(
              """
              insert into scheduling_handoff_sent (target_id, booking_id, sequence, status,
                                                   content_hash, sent_at)
              values (:t, :b, :sequence, :status, :hash, :now)""")
          .param("t", targetId)
          .param("b", booking.facts().id())
          .param("sequence", booking.facts().sequence())
          .param("status", booking.status())
          .param("hash", booking.hash())
          .param("now", SqlTime.utc(now))
          .update();
    }
  }

  private String token(UUID targetId) {
    List<String> token =
        jdbc.sql("select bearer_token from scheduling_handoff_target where id = :id")
            .param("id", targetId)
            .query(String.class)
            .list();
    return token.isEmpty() ? null : token.getFirst();
  }
}
