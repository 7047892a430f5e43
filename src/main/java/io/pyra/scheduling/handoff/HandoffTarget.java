package io.pyra.scheduling.handoff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * Where the bookings of the coming {@code horizonDays} go, and when: a FOLDER on the server or an
 * HTTP endpoint. The bearer token is never part of it: {@code tokenSet} only says there is one.
 *
 * @param orgUnitId the centre whose subtree is handed off; {@code null} for every centre
 * @param formats ICS, CSV or BOTH
 * @param scheduleKind MINUTES or HOURS (every {@code scheduleEvery}) or DAILY (at {@code dailyAt})
 */
public record HandoffTarget(
    UUID id,
    String name,
    UUID orgUnitId,
    String orgUnitName,
    String kind,
    String folder,
    String url,
    boolean tokenSet,
    String formats,
    int horizonDays,
    String scheduleKind,
    Integer scheduleEvery,
    String dailyAt,
    boolean active,
    Instant nextRunAt,
    long version) {

  public boolean ics() {
    return !"CSV".equals(formats);
  }

  public boolean csv() {
    return !"ICS".equals(formats);
  }

  /** When its schedule runs it next after {@code now}; daily times are in {@code zone}. */
  public Instant nextRunAfter(Instant now, ZoneId zone) {
    return next(scheduleKind, scheduleEvery, dailyAt, now, zone);
  }

  static Instant next(String kind, Integer every, String dailyAt, Instant now, ZoneId zone) {
    return switch (kind) {
      case "MINUTES" -> now.plus(Duration.ofMinutes(every));
      case "HOURS" -> now.plus(Duration.ofHours(every));
      default -> {
        ZonedDateTime today = now.atZone(zone).with(LocalTime.parse(dailyAt));
        yield (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
      }
    };
  }
}
