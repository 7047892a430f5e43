package io.pyra.scheduling.calendar;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.Scope;
import io.pyra.identity.Visibility;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.calendar.IcsFile;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.ResourceId;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports iCalendar files into scheduling (needs {@code resource.manage} over the target): the
 * whole-day events of a holiday file as HOLIDAY closures of a centre (or of the whole company), and
 * the timed events of another calendar as EXTERNAL bookings of one resource.
 *
 * <p>Each closure and booking keeps its event's key ({@code external_uid}), so importing a file
 * again adds nothing twice. An import is all or nothing: when an external event overlaps another of
 * the file or a booking the resource holds already, nothing is stored and the file is refused
 * naming every such event (the first {@value #CONFLICTS_NAMED}, and how many there are).
 *
 * <p>A file that is not valid iCalendar is refused naming the rule it breaks ({@link IcsFile}). A
 * valid file with nothing of the kind asked for is no mistake of the file: the answer is the
 * summary, nothing stored, saying why there is nothing to import ({@link
 * ImportSummary#nothingToImport()}): no VEVENT at all (to-dos, zones, free/busy), no whole-day
 * event for a holiday import (a programme of timed events is not a list of holidays), no timed
 * event for an external-booking import (whole-day events, holidays or birthdays, hold no resource).
 * What does refuse a valid file is the resource's state: external events overlapping each other or
 * its bookings, since storing part of the file would leave the calendars disagreeing.
 */
@Service
public class CalendarImports {

  static final String PERMISSION = "resource.manage";
  static final int MAX_IMPORTED = 2000;
  static final int CONFLICTS_NAMED = 20;
  private static final int TITLES = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private record Target(UUID orgUnitId, String path, ZoneId zone) {}

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  CalendarImports(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  /**
   * Adds the whole-day events of the file as holidays of the centre, or of the whole company when
   * {@code centre} is {@code null}.
   */
  @Transactional
  public ImportSummary importHolidays(OrgUnitId centre, InputStream file) {
    Target target = centre == null ? company() : centre(centre);
    List<ImportedEvent> events = events(file, target.zone());
    List<ImportedEvent> days = events.stream().filter(e -> e.dated() && e.wholeDay()).toList();
    if (days.isEmpty()) {
      return nothing("HOLIDAYS", events, "no-whole-day-events");
    }
    Set<String> known = new HashSet<>(holidayKeys(target.orgUnitId()));
    List<ImportedEvent> added = new ArrayList<>();
    for (ImportedEvent day : days) {
      if (known.add(day.key())) {
        added.add(day);
      }
    }
    limit(added);
    UUID by = currentUser.requireId().value();
    Instant now = Instant.now();
    for (ImportedEvent day : added) {
      jdbc.sql(
              """
              insert into scheduling_closure (id, org_unit_id, resource_id, kind, starts_at, ends_at,
                                              reason, external_uid, created_by, created_at)
              values (:id, :unit, null, 'HOLIDAY', :starts, :ends, :reason, :uid, :by, :now)""")
          .param("id", Ids.newId())
          .param("unit", target.orgUnitId())
          .param("starts", SqlTime.utc(day.startsAt()))
          .param("ends", SqlTime.utc(day.endsAt()))
          .param("reason", day.title().isEmpty() ? null : day.title())
          .param("uid", day.key())
          .param("by", by)
          .param("now", SqlTime.utc(now))
          .update();
    }
    return summary("HOLIDAYS", events, added, days.size() - added.size());
  }

  /**
   * Adds the timed events of the file as EXTERNAL bookings of the resource, all or none: an event
   * overlapping another of the file or a booking of the resource refuses the file.
   */
  @Transactional
  public ImportSummary importBookings(ResourceId resource, InputStream file) {
    record Resource(UUID orgUnitId) {}
    Resource held =
        jdbc.sql("select org_unit_id from scheduling_resource where id = :id for update")
            .param("id", resource.value())
            .query((rs, n) -> new Resource(rs.getObject(1, UUID.class)))
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("resource", resource));
    Target target = centre(new OrgUnitId(held.orgUnitId()));
    List<ImportedEvent> events = events(file, target.zone());
    List<ImportedEvent> timed =
        events.stream()
            .filter(e -> e.dated() && !e.wholeDay())
            .sorted(Comparator.comparing(ImportedEvent::startsAt))
            .toList();
    if (timed.isEmpty()) {
      return nothing("BOOKINGS", events, "no-timed-events");
    }
    Set<String> known = new HashSet<>();
    List<ImportedEvent> added = new ArrayList<>();
    for (ImportedEvent event : timed) {
      if (known.add(event.key()) && !bookingImported(event.key())) {
        added.add(event);
      }
    }
    limit(added);
    refuseConflicts(resource, added, target.zone());
    UUID by = currentUser.requireId().value();
    Instant now = Instant.now();
    try {
      for (ImportedEvent event : added) {
        insertBooking(resource, target.orgUnitId(), event, by, now);
      }
    } catch (DataIntegrityViolationException overlap) {
      // PostgreSQL's exclusion constraint: a booking made meanwhile holds the resource
      throw IcsFile.refused("conflicts", "schedulingcalendar.import.conflicts", 1, "");
    }
    return summary("BOOKINGS", events, added, timed.size() - added.size());
  }

  private void insertBooking(
      ResourceId resource, UUID orgUnitId, ImportedEvent event, UUID by, Instant now) {
    UUID id = Ids.newId();
    jdbc.sql(
            """
            insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status,
                                            org_unit_id, booked_by, ical_uid, sequence, external_uid,
                                            version, created_at, updated_at)
            values (:id, 'EXTERNAL', :title, :starts, :ends, 'CONFIRMED', :unit, :by, :ical, 0,
                    :uid, 0, :now, :now)""")
        .param("id", id)
        .param("title", event.title().isEmpty() ? event.key() : event.title())
        .param("starts", SqlTime.utc(event.startsAt()))
        .param("ends", SqlTime.utc(event.endsAt()))
        .param("unit", orgUnitId)
        .param("by", by)
        .param("ical", icalUid(id))
        .param("uid", event.key())
        .param("now", SqlTime.utc(now))
        .update();
    jdbc.sql(
            """
            insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at,
                                                     active)
            values (:booking, :resource, :starts, :ends, true)""")
        .param("booking", id)
        .param("resource", resource.value())
        .param("starts", SqlTime.utc(event.startsAt()))
        .param("ends", SqlTime.utc(event.endsAt()))
        .update();
  }

  /** The UID of a booking's invitations. */
  static String icalUid(UUID bookingId) {
    return bookingId + "@pyra";
  }

  /** Every event of {@code added} that overlaps another of them or a booking of the resource. */
  private void refuseConflicts(ResourceId resource, List<ImportedEvent> added, ZoneId zone) {
    List<String> conflicts = new ArrayList<>();
    int count = 0;
    Instant latestEnd = null;
    for (int i = 0; i < added.size(); i++) {
      ImportedEvent event = added.get(i);
      boolean overlapsEarlier = latestEnd != null && event.startsAt().isBefore(latestEnd);
      latestEnd =
          latestEnd == null || event.endsAt().isAfter(latestEnd) ? event.endsAt() : latestEnd;
      if (overlapsEarlier || held(resource, event)) {
        count++;
        if (conflicts.size() < CONFLICTS_NAMED) {
          conflicts.add(
              WHEN.format(ZonedDateTime.ofInstant(event.startsAt(), zone))
                  + " "
                  + (event.title().isEmpty() ? event.key() : event.title()));
        }
      }
    }
    if (count > 0) {
      throw IcsFile.refused(
          "conflicts", "schedulingcalendar.import.conflicts", count, String.join("; ", conflicts));
    }
  }

  private boolean held(ResourceId resource, ImportedEvent event) {
    return jdbc.sql(
                """
            select count(*) from scheduling_booking_resource
             where resource_id = :resource and active and starts_at < :ends and ends_at > :starts""")
            .param("resource", resource.value())
            .param("starts", SqlTime.utc(event.startsAt()))
            .param("ends", SqlTime.utc(event.endsAt()))
            .query(Integer.class)
            .single()
        > 0;
  }

  private boolean bookingImported(String key) {
    return jdbc.sql("select count(*) from scheduling_booking where external_uid = :uid")
            .param("uid", key)
            .query(Integer.class)
            .single()
        > 0;
  }

  private List<String> holidayKeys(UUID orgUnitId) {
    if (orgUnitId == null) {
      return jdbc.sql(
              """
              select external_uid from scheduling_closure
               where org_unit_id is null and resource_id is null and external_uid is not null""")
          .query(String.class)
          .list();
    }
    return jdbc.sql(
            """
            select external_uid from scheduling_closure
             where org_unit_id = :unit and resource_id is null and external_uid is not null""")
        .param("unit", orgUnitId)
        .query(String.class)
        .list();
  }

  private static List<ImportedEvent> events(InputStream file, ZoneId zone) {
    List<VEvent> read = IcsFile.read(file);
    return read.stream().map(e -> ImportedEvent.of(e, zone)).toList();
  }

  private static void limit(List<ImportedEvent> added) {
    if (added.size() > MAX_IMPORTED) {
      throw new BusinessRuleException(
          IcsFile.FIELD, "max-items", "validation.max-items", IcsFile.FIELD, MAX_IMPORTED);
    }
  }

  private static ImportSummary summary(
      String kind, List<ImportedEvent> events, List<ImportedEvent> added, int already) {
    int ofKind = added.size() + already;
    int undated = (int) events.stream().filter(e -> !e.dated()).count();
    return new ImportSummary(
        kind,
        events.size(),
        added.size(),
        already,
        events.size() - ofKind - undated,
        undated,
        (int) added.stream().filter(ImportedEvent::recurring).count(),
        added.stream().limit(TITLES).map(ImportedEvent::title).toList(),
        null);
  }

  /** Nothing imported from a valid file, and why: no events, or none of the kind. */
  private static ImportSummary nothing(String kind, List<ImportedEvent> events, String why) {
    int undated = (int) events.stream().filter(e -> !e.dated()).count();
    return new ImportSummary(
        kind,
        events.size(),
        0,
        0,
        events.size() - undated,
        undated,
        0,
        List.of(),
        events.isEmpty() ? "no-events" : why);
  }

  /** The centre, if the current user may manage its resources. */
  private Target centre(OrgUnitId centre) {
    Target target =
        jdbc.sql("select id, path, time_zone from identity_org_unit_view where id = :id")
            .param("id", centre.value())
            .query(
                (rs, n) ->
                    new Target(
                        rs.getObject(1, UUID.class), rs.getString(2), ZoneId.of(rs.getString(3))))
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("org unit", centre));
    if (!manage().includesUnit(new OrgUnitId(target.orgUnitId()), target.path())) {
      throw new RecordNotFoundException("org unit", centre);
    }
    return target;
  }

  /** The whole company (on its root's clock), if the current user manages every centre. */
  private Target company() {
    if (manage().scope() != Scope.ALL) {
      throw new BusinessRuleException(
          "orgUnitId", "required", "schedulingcalendar.import.company-refused");
    }
    Optional<String> zone =
        jdbc.sql(
                """
                select time_zone from identity_org_unit_view where parent_id is null
                 order by path fetch first 1 rows only""")
            .query(String.class)
            .optional();
    return new Target(null, null, ZoneId.of(zone.orElse("UTC")));
  }

  private Visibility manage() {
    return currentUser.visibility(PERMISSION);
  }
}
