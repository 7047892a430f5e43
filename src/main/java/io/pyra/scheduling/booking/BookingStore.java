package io.pyra.scheduling.booking;

import io.pyra.platform.SqlTime;
import io.pyra.platform.bulk.BulkRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes bookings and the rows of the resources they hold ({@code scheduling_booking_resource},
 * whose active rows never overlap per resource). Changes are made against the version read: none
 * made when it moved on. A new booking is written with its invitation due to be mailed (a row of
 * the notices' queue, {@code scheduling_notice_due}, which {@code calendar.NoticeRun} mails): on
 * PostgreSQL the booking, its holds and its notice by one statement.
 */
@Component
class BookingStore {

  private static final String INSERT_BOOKING =
      """
      insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status, org_unit_id,
        booked_by, series_id, note, ical_uid, sequence, version, created_at, updated_at)
      values (:id, :purpose, :title, :starts, :ends, 'CONFIRMED', :unit, :by, :series, :note, :uid,
        0, 0, :now, :now)""";

  /** A new booking's invitation (sequence 0), due at once. */
  private static final String INSERT_MADE_NOTICE =
      """
      insert into scheduling_notice_due (booking_id, sequence, what, due_at, attempts, next_at)
      values (:id, 0, 'made', :now, 0, :now)""";

  /** The booking, a hold of each of its resources, and its invitation due (PostgreSQL). */
  private static final String INSERT_BOOKING_HOLDS_AND_NOTICE =
      "with booking as ("
          + INSERT_BOOKING
          + """
          ), holds as (
            insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at,
              active)
            select :id, r.id, :starts, :ends, true from scheduling_resource r
             where r.id in (:resources))
          """
          + INSERT_MADE_NOTICE;

  private final JdbcClient jdbc;
  private final BulkRows database;

  BookingStore(JdbcClient jdbc, BulkRows database) {
    this.jdbc = jdbc;
    this.database = database;
  }

  /**
   * A new confirmed booking (sequence 0, version 0) holding the resources, with its invitation due.
   */
  void insert(UUID id, Placed placed, UUID bookedBy, UUID seriesId, Instant now) {
    insert(id, icalUid(), placed, bookedBy, seriesId, now);
  }

  /** The same with its iCalendar UID. */
  void insert(UUID id, String icalUid, Placed placed, UUID bookedBy, UUID seriesId, Instant now) {
    boolean together = database.postgres();
    jdbc.sql(together ? INSERT_BOOKING_HOLDS_AND_NOTICE : INSERT_BOOKING)
        .param("id", id)
        .param("purpose", placed.purpose().name())
        .param("title", placed.title())
        .param("starts", SqlTime.utc(placed.startsAt()))
        .param("ends", SqlTime.utc(placed.endsAt()))
        .param("unit", placed.orgUnitId())
        .param("by", bookedBy)
        .param("series", seriesId)
        .param("note", placed.note())
        .param("uid", icalUid)
        .param("now", SqlTime.utc(now))
        .params(together ? Map.of("resources", placed.resourceIds()) : Map.of())
        .update();
    if (!together) {
      hold(id, placed.resourceIds(), placed.startsAt(), placed.endsAt());
      jdbc.sql(INSERT_MADE_NOTICE).param("id", id).param("now", SqlTime.utc(now)).update();
    }
  }

  /**
   * The booking's new time and resources, one more in its sequence; false when its version is no
   * longer {@code version}.
   */
  boolean move(UUID id, long version, Placed placed, Instant now) {
    int changed =
        jdbc.sql(
                """
                update scheduling_booking
                   set starts_at = :starts, ends_at = :ends, sequence = sequence + 1,
                       version = version + 1, updated_at = :now
                 where id = :id and version = :version and status = 'CONFIRMED'""")
            .param("starts", SqlTime.utc(placed.startsAt()))
            .param("ends", SqlTime.utc(placed.endsAt()))
            .param("now", SqlTime.utc(now))
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      return false;
    }
    jdbc.sql("delete from scheduling_booking_resource where booking_id = :id")
        .param("id", id)
        .update();
    hold(id, placed.resourceIds(), placed.startsAt(), placed.endsAt());
    return true;
  }

  /** Cancels the booking and frees its resources; false when its version moved on. */
  boolean cancel(UUID id, long version, UUID by, String reason, Instant now) {
    int changed =
        jdbc.sql(
                """
                update scheduling_booking
                   set status = 'CANCELLED', cancelled_at = :now, cancelled_by = :by,
                       cancel_reason = :reason, sequence = sequence + 1, version = version + 1,
                       updated_at = :now
                 where id = :id and version = :version and status = 'CONFIRMED'""")
            .param("now", SqlTime.utc(now))
            .param("by", by)
            .param("reason", reason)
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      return false;
    }
    jdbc.sql("update scheduling_booking_resource set active = false where booking_id = :id")
        .param("id", id)
        .update();
    return true;
  }

  /** A weekly series and the days it leaves out. */
  void insertSeries(UUID id, WeeklySeries series, String zone, UUID by, Instant now) {
    jdbc.sql(
            """
            insert into scheduling_series (id, weekdays, interval_weeks, first_day, last_day,
              starts_time, ends_time, time_zone, created_by, created_at)
            values (:id, :weekdays, :interval, :first, :last, :starts, :ends, :zone, :by, :now)""")
        .param("id", id)
        .param("weekdays", series.weekdayText())
        .param("interval", series.intervalWeeks())
        .param("first", series.firstDay())
        .param("last", series.lastDay())
        .param("starts", series.startTime())
        .param("ends", series.endTime())
        .param("zone", zone)
        .param("by", by)
        .param("now", SqlTime.utc(now))
        .update();
    for (var day : series.exceptions()) {
      jdbc.sql(
              "insert into scheduling_series_exception (series_id, skipped_day) values (:id, :day)")
          .param("id", id)
          .param("day", day)
          .update();
    }
  }

  /** A new iCalendar UID: {@code <uuid>@pyra}, made once per booking. */
  static String icalUid() {
    return UUID.randomUUID() + "@pyra";
  }

  private void hold(UUID bookingId, List<UUID> resourceIds, Instant starts, Instant ends) {
    for (UUID resource : resourceIds) {
      jdbc.sql(
              """
              insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at,
                active)
              values (:booking, :resource, :starts, :ends, true)""")
          .param("booking", bookingId)
          .param("resource", resource)
          .param("starts", SqlTime.utc(starts))
          .param("ends", SqlTime.utc(ends))
          .update();
    }
  }
}
