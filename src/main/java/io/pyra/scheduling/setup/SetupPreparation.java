package io.pyra.scheduling.setup;

import io.pyra.platform.SqlTime;
import io.pyra.scheduling.BookingCancelled;
import io.pyra.scheduling.BookingChanged;
import io.pyra.scheduling.BookingId;
import io.pyra.scheduling.SessionScheduled;
import io.pyra.scheduling.setup.SetupBookings.BookingFacts;
import io.pyra.scheduling.setup.SetupBookings.PcSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the set-up requests of bookings in step: a class session that names a profile gets one OPEN
 * request per PC set its booking holds (machines = the set's seats), due when it starts (bookings
 * that are no session need none, so a booking made alone is not looked at); a move moves the due
 * time, a PC set given up cancels its request, a cancelled booking cancels them all. Redelivered
 * events change nothing (one request per booking and PC set).
 */
@Component
public class SetupPreparation {

  private static final Logger log = LoggerFactory.getLogger(SetupPreparation.class);

  private final JdbcClient jdbc;
  private final SetupBookings bookings;
  private final SetupRequests requests;

  SetupPreparation(JdbcClient jdbc, SetupBookings bookings, SetupRequests requests) {
    this.jdbc = jdbc;
    this.bookings = bookings;
    this.requests = requests;
  }

  @ApplicationModuleListener
  void on(SessionScheduled scheduled) {
    prepare(scheduled.bookingId());
  }

  @ApplicationModuleListener
  void on(BookingChanged changed) {
    prepare(changed.bookingId());
  }

  @ApplicationModuleListener
  void on(BookingCancelled cancelled) {
    prepare(cancelled.bookingId());
  }

  /**
   * Brings the booking's requests in line with it; for a session whose profile was set after its
   * booking was made, call this again.
   */
  @Transactional
  public void prepare(BookingId bookingId) {
    BookingFacts booking = bookings.find(bookingId.value()).orElse(null);
    if (booking == null) {
      return;
    }
    Instant now = Instant.now();
    if (booking.cancelled()) {
      cancel(booking.id(), List.of(), now);
      return;
    }
    jdbc.sql(
            """
            update scheduling_setup_request
               set due_at = :due, version = version + 1, updated_at = :now
             where booking_id = :booking and due_at <> :due""")
        .param("due", SqlTime.utc(booking.startsAt()))
        .param("now", SqlTime.utc(now))
        .param("booking", booking.id())
        .update();
    List<PcSet> held = bookings.pcSets(booking.id());
    cancel(booking.id(), held.stream().map(PcSet::id).toList(), now);
    for (PcSet pcSet : held) {
      reopen(booking.id(), pcSet.id(), now);
    }
    if (booking.profileId() == null) {
      return;
    }
    for (PcSet pcSet : held) {
      if (pcSet.seats() == null || pcSet.seats() > SetupRequests.MACHINES_MAX) {
        log.warn("PC set {} has no seats to set up (or too many): no set-up request", pcSet.id());
      } else if (!requests.exists(booking.id(), pcSet.id())) {
        requests.insert(booking, pcSet, booking.profileId(), now);
      }
    }
  }

  /** A PC set held again: its cancelled request is open (or ready) again, as its machines are. */
  private void reopen(UUID bookingId, UUID resourceId, Instant now) {
    jdbc.sql(
            """
            update scheduling_setup_request
               set status = case when (select count(*) from scheduling_setup_machine m
                                        where m.request_id = scheduling_setup_request.id
                                          and m.state = 'VERIFIED') = machines
                                 then 'READY' else 'OPEN' end,
                   version = version + 1, updated_at = :now
             where booking_id = :booking and resource_id = :resource and status = 'CANCELLED'""")
        .param("now", SqlTime.utc(now))
        .param("booking", bookingId)
        .param("resource", resourceId)
        .update();
  }

  /** Cancels the booking's requests but those of the PC sets {@code kept}. */
  private void cancel(UUID bookingId, List<UUID> kept, Instant now) {
    List<UUID> ids =
        jdbc
            .sql(
                """
                select id, resource_id from scheduling_setup_request
                 where booking_id = :booking and status <> 'CANCELLED'""")
            .param("booking", bookingId)
            .query(
                (rs, n) ->
                    kept.contains(rs.getObject(2, UUID.class)) ? null : rs.getObject(1, UUID.class))
            .list()
            .stream()
            .filter(java.util.Objects::nonNull)
            .toList();
    for (UUID id : ids) {
      jdbc.sql(
              """
              update scheduling_setup_request
                 set status = 'CANCELLED', version = version + 1, updated_at = :now
               where id = :id""")
          .param("now", SqlTime.utc(now))
          .param("id", id)
          .update();
    }
  }
}
