package io.pyra.scheduling.calendar;

import io.pyra.platform.SqlTime;
import io.pyra.scheduling.BookingCancelled;
import io.pyra.scheduling.BookingChanged;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The booking notices due to be mailed ({@code scheduling_notice_due}), which {@link NoticeRun}
 * mails. A new booking's invitation is written with the booking itself ({@code
 * booking.BookingStore}, on PostgreSQL in the booking's own statement); a change or cancellation
 * adds its notice in the booking's transaction, through a plain listener and one insert, so that
 * the booking path pays no event publication (an outbox row and its updates). The same notice added
 * twice is one.
 */
@Component
public class DueNotices {

  static final String MADE = "made";
  static final String CHANGED = "changed";
  static final String CANCELLED = "cancelled";
  static final String ENROLLED = "enrolled";

  private final JdbcClient jdbc;

  DueNotices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(BookingChanged changed) {
    add(changed.bookingId().value(), changed.sequence(), CHANGED);
  }

  @EventListener
  void on(BookingCancelled cancelled) {
    add(cancelled.bookingId().value(), cancelled.sequence(), CANCELLED);
  }

  /**
   * Someone was enrolled in the session of the booking (by id): its invitation at its current
   * SEQUENCE is due to those not yet mailed at it, i.e. the customers enrolled since. Written in
   * the caller's transaction; nothing for a booking that does not exist.
   */
  public void enrolled(UUID bookingId) {
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into scheduling_notice_due (booking_id, sequence, what, due_at, attempts, next_at)
            select id, sequence, 'enrolled', :now, 0, :now from scheduling_booking where id = :booking
            on conflict do nothing""")
        .param("booking", bookingId)
        .param("now", SqlTime.utc(now))
        .update();
  }

  private void add(UUID bookingId, int sequence, String what) {
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into scheduling_notice_due (booking_id, sequence, what, due_at, attempts, next_at)
            values (:booking, :sequence, :what, :now, 0, :now)
            on conflict do nothing""")
        .param("booking", bookingId)
        .param("sequence", sequence)
        .param("what", what)
        .param("now", SqlTime.utc(now))
        .update();
  }

  /**
   * The notices due at {@code now}, at most {@code limit}, first due first (a notice put off comes
   * after those due before it is tried again), then oldest first; of one instant, a booking's own
   * notices before an enrolment's (a session booked with its first customer tells them as made).
   */
  List<DueNotice> due(Instant now, int limit) {
    return jdbc.sql(
            """
            select booking_id, sequence, what, attempts from scheduling_notice_due
             where next_at <= :now
             order by next_at, due_at, case when what = 'enrolled' then 1 else 0 end, booking_id,
                      sequence
             fetch first :limit rows only""")
        .param("now", SqlTime.utc(now))
        .param("limit", limit)
        .query(
            (rs, n) ->
                new DueNotice(
                    rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getInt(4)))
        .list();
  }

  /**
   * Takes the notice off the queue in the current transaction (which holds it until its end); false
   * when another took it already.
   */
  boolean take(DueNotice notice) {
    return jdbc.sql(
                """
                delete from scheduling_notice_due
                 where booking_id = :booking and sequence = :sequence and what = :what
                   and attempts = :attempts""")
            .param("booking", notice.bookingId())
            .param("sequence", notice.sequence())
            .param("what", notice.what())
            .param("attempts", notice.attempts())
            .update()
        == 1;
  }

  /** The notice failed once more: tried again from {@code next}. */
  void putOff(DueNotice notice, Instant next) {
    jdbc.sql(
            """
            update scheduling_notice_due set attempts = attempts + 1, next_at = :next
             where booking_id = :booking and sequence = :sequence and what = :what
               and attempts = :attempts""")
        .param("next", SqlTime.utc(next))
        .param("booking", notice.bookingId())
        .param("sequence", notice.sequence())
        .param("what", notice.what())
        .param("attempts", notice.attempts())
        .update();
  }

  /** Takes every notice due at {@code now} off the queue at once (no mail is sent); how many. */
  int dropDue(Instant now) {
    return jdbc.sql("delete from scheduling_notice_due where next_at <= :now")
        .param("now", SqlTime.utc(now))
        .update();
  }

  /** The notice is given up (it failed too often). */
  void drop(DueNotice notice) {
    jdbc.sql(
            """
            delete from scheduling_notice_due
             where booking_id = :booking and sequence = :sequence and what = :what""")
        .param("booking", notice.bookingId())
        .param("sequence", notice.sequence())
        .param("what", notice.what())
        .update();
  }
}
