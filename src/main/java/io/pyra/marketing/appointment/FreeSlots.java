package io.pyra.marketing.appointment;

import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultant's free slots on a day: slots of the configured length from the centre's opening (in
 * the centre's time zone) to its closing, minus those that overlap the consultant's booked or
 * arrived appointments and those already begun.
 */
@Component
@Transactional(readOnly = true)
public class FreeSlots {

  private final JdbcClient jdbc;
  private final CentreHours hours;
  private final AppointmentSettings settings;

  FreeSlots(JdbcClient jdbc, CentreHours hours, AppointmentSettings settings) {
    this.jdbc = jdbc;
    this.hours = hours;
    this.settings = settings;
  }

  /** The free slots, earliest first. */
  public List<Slot> of(Centre centre, UUID consultantId, LocalDate date, Instant now) {
    Optional<OpeningHours> open = hours.on(centre.id(), date);
    if (open.isEmpty()) {
      return List.of();
    }
    ZonedDateTime dayStart = date.atTime(open.get().opensAt()).atZone(centre.zone());
    ZonedDateTime dayEnd = date.atTime(open.get().closesAt()).atZone(centre.zone());
    List<Instant[]> busy = busy(consultantId, dayStart.toInstant(), dayEnd.toInstant(), null);
    List<Slot> free = new ArrayList<>();
    for (ZonedDateTime start = dayStart;
        !start.plus(settings.slot()).isAfter(dayEnd);
        start = start.plus(settings.slot())) {
      Instant from = start.toInstant();
      Instant to = start.plus(settings.slot()).toInstant();
      boolean taken = busy.stream().anyMatch(b -> b[0].isBefore(to) && b[1].isAfter(from));
      if (!taken && !from.isBefore(now)) {
        free.add(new Slot(from, to, start.toLocalTime()));
      }
    }
    return free;
  }

  /**
   * Whether the time from {@code start} to {@code end} lies within the centre's hours of that day.
   */
  public boolean withinHours(Centre centre, Instant start, Instant end) {
    ZonedDateTime local = start.atZone(centre.zone());
    Optional<OpeningHours> open = hours.on(centre.id(), local.toLocalDate());
    if (open.isEmpty()) {
      return false;
    }
    LocalTime from = local.toLocalTime();
    ZonedDateTime localEnd = end.atZone(centre.zone());
    return !from.isBefore(open.get().opensAt())
        && localEnd.toLocalDate().equals(local.toLocalDate())
        && !localEnd.toLocalTime().isAfter(open.get().closesAt());
  }

  /** Whether the consultant has a booked or arrived appointment overlapping the time. */
  boolean taken(UUID consultantId, Instant start, Instant end, UUID except) {
    return !busy(consultantId, start, end, except).isEmpty();
  }

  private List<Instant[]> busy(UUID consultantId, Instant from, Instant to, UUID except) {
    return jdbc.sql(
            """
            select starts_at, ends_at from marketing_appointment
             where consultant_id = :consultant and status in ('BOOKED', 'ARRIVED')
               and starts_at < :to and ends_at > :from and id <> :except""")
        .param("consultant", consultantId)
        .param("from", SqlTime.utc(from))
        .param("to", SqlTime.utc(to))
        .param("except", except == null ? new UUID(0, 0) : except)
        .query(
            (rs, n) ->
                new Instant[] {
                  SqlTime.instant(rs.getObject(1, OffsetDateTime.class)),
                  SqlTime.instant(rs.getObject(2, OffsetDateTime.class))
                })
        .list();
  }
}
