package io.pyra.scheduling.setup;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A set-up request as its readers see it: the booking and the PC set it prepares, the profile, the
 * centre (and its time zone), who works it, when it is due, and how many of its machines are
 * verified.
 */
public record SetupRequest(
    UUID id,
    UUID bookingId,
    String bookingTitle,
    UUID resourceId,
    String resourceName,
    UUID profileId,
    String profileCode,
    String profileName,
    UUID orgUnitId,
    String orgUnitName,
    String timeZone,
    UUID technicianId,
    String technicianName,
    Instant dueAt,
    int machines,
    int verified,
    SetupStatus status,
    Instant warnedAt,
    long version) {

  /** Verified machines in whole per cent of all (rounded down), for the progress bar. */
  public int percent() {
    return machines == 0 ? 0 : verified * 100 / machines;
  }

  /** When it is due on its centre's clock. */
  public ZonedDateTime localDue() {
    ZoneId zone;
    try {
      zone = timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      zone = ZoneOffset.UTC;
    }
    return dueAt.atZone(zone);
  }

  public boolean ready() {
    return status == SetupStatus.READY;
  }
}
