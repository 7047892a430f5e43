package io.pyra.scheduling.booking;

import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.scheduling.BookingCancelled;
import io.pyra.scheduling.BookingId;
import io.pyra.scheduling.BookingMade;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Weekly series of bookings: all or nothing. Every occurrence's instant is its local day and time
 * on the centre's clock (so a series keeps its hour across a change of daylight saving time); every
 * occurrence must be open, not closed and free, else nothing is stored and the answer lists every
 * occurrence that broke a rule (422) or collides (409). One occurrence is moved or cancelled as any
 * booking ({@link BookingService}); the rest of a series is cancelled from a day on.
 */
@Service
public class SeriesBookings {

  public static final String RECORD_TYPE = "booking-series";

  private final BookingRules rules;
  private final ResourceCalendars calendars;
  private final BookingStore store;
  private final BookingDirectory directory;
  private final BookingAccess access;
  private final BookingService bookings;
  private final Alternatives alternatives;
  private final ConflictGuard guard;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;

  SeriesBookings(
      BookingRules rules,
      ResourceCalendars calendars,
      BookingStore store,
      BookingDirectory directory,
      BookingAccess access,
      BookingService bookings,
      Alternatives alternatives,
      ConflictGuard guard,
      ApplicationEventPublisher events,
      JdbcClient jdbc) {
    this.rules = rules;
    this.calendars = calendars;
    this.store = store;
    this.directory = directory;
    this.access = access;
    this.bookings = bookings;
    this.alternatives = alternatives;
    this.guard = guard;
    this.events = events;
    this.jdbc = jdbc;
  }

  /** Books every occurrence of the series, or none. */
  public BookedSeries book(BookSeries command) {
    if (!access.has(BookingAccess.WRITE)) {
      throw new AccessRefusedException("may not book resources");
    }
    List<RuleViolation> violations = new ArrayList<>();
    WeeklySeries series = WeeklySeries.of(command, violations);
    Instant now = Instant.now();
    Placed first;
    try {
      first =
          rules.placeUntimed(
              new BookResources(
                  command.purpose(),
                  command.title(),
                  null,
                  null,
                  command.resourceIds(),
                  command.orgUnitId(),
                  command.note()));
    } catch (BusinessRuleException e) {
      violations.addAll(e.violations());
      first = null;
    }
    BookingRules.refuse(violations);
    List<Placed> occurrences = occurrences(first, series);
    if (occurrences.get(0).startsAt().isBefore(now)) {
      violations.add(new RuleViolation("firstDay", "past", "booking.firstDay.past"));
    }
    BookingRules.refuse(violations);
    UUID id = Ids.newId();
    Placed template = first;
    guard.run(
        () -> {
          store(id, template, series, occurrences, now);
          return null;
        },
        () -> refusal(template, occurrences, conflicts(template, occurrences)));
    return find(id).orElseThrow();
  }

  /**
   * Cancels the series' confirmed occurrences from {@code from} on (on the centre's clock); the
   * occurrences cancelled, earliest first.
   */
  public List<Booking> cancelFrom(UUID seriesId, LocalDate from, String reason) {
    BookedSeries series =
        find(seriesId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, seriesId));
    List<RuleViolation> violations = new ArrayList<>();
    if (from == null) {
      violations.add(new RuleViolation("from", "required", "booking.from.required"));
    }
    String why = BookingRules.text(reason, "reason", BookingRules.REASON_MAX, violations);
    BookingRules.refuse(violations);
    ZoneId zone = ZoneId.of(series.timeZone());
    List<Booking> rest =
        series.bookings().stream()
            .filter(
                b ->
                    b.status() == BookingStatus.CONFIRMED
                        && !b.startsAt().atZone(zone).toLocalDate().isBefore(from))
            .toList();
    for (Booking b : rest) {
      bookings.reachable(b.id(), BookingAccess.WRITE);
    }
    guard.inTransaction(
        () -> {
          for (Booking b : rest) {
            if (!store.cancel(b.id(), b.version(), access.me(), why, Instant.now())) {
              throw new StaleVersionException(
                  BookingService.RECORD_TYPE, b.version(), b.version() + 1);
            }
            events.publishEvent(
                new BookingCancelled(
                    new BookingId(b.id()), b.sequence() + 1, new UserId(access.me())));
          }
          return null;
        });
    return rest.stream().map(b -> directory.load(b.id()).orElseThrow()).toList();
  }

  /** The series when the user sees one of its bookings. */
  public Optional<BookedSeries> find(UUID id) {
    record Row(
        String weekdays,
        int interval,
        LocalDate first,
        LocalDate last,
        LocalTime starts,
        LocalTime ends,
        String zone) {}
    Optional<Row> row =
        jdbc.sql(
                """
                select weekdays, interval_weeks, first_day, last_day, starts_time, ends_time,
                       time_zone
                  from scheduling_series where id = :id""")
            .param("id", id)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalTime.class),
                        rs.getObject(6, LocalTime.class),
                        rs.getString(7)))
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    List<Booking> seen =
        directory.ofSeries(id).stream()
            .filter(b -> access.reaches(BookingAccess.READ, b.bookedBy(), b.orgUnitId()))
            .toList();
    if (seen.isEmpty()) {
      return Optional.empty();
    }
    List<LocalDate> skipped =
        jdbc.sql(
                """
                select skipped_day from scheduling_series_exception where series_id = :id
                 order by skipped_day""")
            .param("id", id)
            .query(LocalDate.class)
            .list();
    Row r = row.get();
    return Optional.of(
        new BookedSeries(
            id,
            Arrays.stream(r.weekdays().split(",")).map(Integer::valueOf).toList(),
            r.interval(),
            r.first(),
            r.last(),
            r.starts(),
            r.ends(),
            r.zone(),
            skipped,
            seen));
  }

  private void store(
      UUID id, Placed template, WeeklySeries series, List<Placed> occurrences, Instant now) {
    calendars.lock(template.resourceIds());
    Map<UUID, ResourceCalendar> loaded =
        calendars.load(
            template.resources(),
            occurrences.get(0).startsAt(),
            occurrences.get(occurrences.size() - 1).endsAt());
    List<RuleViolation> violations = new ArrayList<>();
    List<BookingConflict> conflicts = new ArrayList<>();
    for (Placed occurrence : occurrences) {
      rules.available(occurrence, loaded, "occurrences", violations);
      conflicts.addAll(BookingService.conflicts(occurrence, loaded, null));
    }
    BookingRules.refuse(violations);
    if (!conflicts.isEmpty()) {
      throw refusal(template, occurrences, conflicts);
    }
    store.insertSeries(id, series, template.zone().getId(), access.me(), now);
    for (Placed occurrence : occurrences) {
      UUID booking = Ids.newId();
      store.insert(booking, occurrence, access.me(), id, now);
      events.publishEvent(new BookingMade(new BookingId(booking), 0, new UserId(access.me())));
    }
  }

  private List<BookingConflict> conflicts(Placed template, List<Placed> occurrences) {
    Map<UUID, ResourceCalendar> loaded =
        calendars.load(
            template.resources(),
            occurrences.get(0).startsAt(),
            occurrences.get(occurrences.size() - 1).endsAt());
    List<BookingConflict> conflicts = new ArrayList<>();
    for (Placed occurrence : occurrences) {
      conflicts.addAll(BookingService.conflicts(occurrence, loaded, null));
    }
    return conflicts;
  }

  private BookingConflictException refusal(
      Placed template, List<Placed> occurrences, List<BookingConflict> conflicts) {
    return alternatives.refusal(
        template,
        occurrences.stream().map(o -> new Interval(o.startsAt(), o.endsAt())).toList(),
        conflicts,
        null);
  }

  /** Each occurrence's instants: its local day and times on the centre's clock. */
  private static List<Placed> occurrences(Placed template, WeeklySeries series) {
    List<Placed> placed = new ArrayList<>();
    for (LocalDate day : series.occurrences()) {
      placed.add(
          template.at(
              ZonedDateTime.of(day, series.startTime(), template.zone()).toInstant(),
              ZonedDateTime.of(day, series.endTime(), template.zone()).toInstant()));
    }
    return placed;
  }
}
