package io.pyra.scheduling.calendar;

import io.pyra.platform.calendar.IcsFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * One VEVENT of an imported file, as scheduling uses it: its key (UID, and its RECURRENCE-ID when
 * it changes one occurrence of a series; a digest of its start and summary when it has no UID), its
 * title, and its interval. A whole-day event runs from the start of its first day to the start of
 * the day after its last, on the centre's clock; an event with a time and no zone is read on the
 * centre's clock too. A recurring event gives its first occurrence (the rule is not expanded).
 *
 * @param key what the closure's or booking's {@code external_uid} keeps (at most 255 characters)
 * @param startsAt the start, or {@code null} when the event has none
 * @param endsAt the end (exclusive), or {@code null} when the event has no end after its start
 */
record ImportedEvent(
    String key,
    String title,
    Instant startsAt,
    Instant endsAt,
    boolean wholeDay,
    boolean recurring) {

  static final int KEY_MAX = 255;
  static final int TITLE_MAX = 200;

  boolean dated() {
    return startsAt != null && endsAt != null && endsAt.isAfter(startsAt);
  }

  boolean overlaps(ImportedEvent other) {
    return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
  }

  /** The event read on the clock of {@code zone}; a value ical4j cannot read refuses the file. */
  static ImportedEvent of(VEvent event, ZoneId zone) {
    try {
      return read(event, zone);
    } catch (RuntimeException e) {
      // ical4j reads some values only when asked (a date in an unknown zone)
      throw IcsFile.invalid(e);
    }
  }

  private static ImportedEvent read(VEvent event, ZoneId zone) {
    String title = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("").strip();
    if (title.length() > TITLE_MAX) {
      title = title.substring(0, TITLE_MAX - 1) + "…";
    }
    boolean recurring = event.getProperty(Property.RRULE).isPresent();
    Optional<DtStart<Temporal>> start = event.getStartDate();
    if (start.isEmpty() || start.get().getDate() == null) {
      return new ImportedEvent(key(event, "", title), title, null, null, false, recurring);
    }
    Temporal first = start.get().getDate();
    boolean wholeDay = first instanceof LocalDate;
    Instant startsAt = instant(first, zone);
    Instant endsAt = null;
    try {
      Optional<DtEnd<Temporal>> end = event.getEndDate(true);
      if (end.isPresent() && end.get().getDate() != null) {
        endsAt = instant(end.get().getDate(), zone);
      }
    } catch (RuntimeException e) {
      endsAt = null; // a DURATION ical4j cannot apply: no end
    }
    if (wholeDay && (endsAt == null || !endsAt.isAfter(startsAt))) {
      endsAt = instant(((LocalDate) first).plusDays(1), zone); // the day alone
    }
    return new ImportedEvent(
        key(event, first.toString(), title), title, startsAt, endsAt, wholeDay, recurring);
  }

  private static Instant instant(Temporal value, ZoneId zone) {
    return switch (value) {
      case LocalDate day -> day.atStartOfDay(zone).toInstant();
      case LocalDateTime local -> local.atZone(zone).toInstant();
      case ZonedDateTime zoned -> zoned.toInstant();
      case OffsetDateTime offset -> offset.toInstant();
      case Instant instant -> instant;
      default -> Instant.from(value);
    };
  }

  private static String key(VEvent event, String start, String title) {
    String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("").strip();
    String key = uid.isEmpty() ? "sha256:" + digest(start + "\n" + title) : uid;
    Optional<String> recurrence = event.getProperty(Property.RECURRENCE_ID).map(Property::getValue);
    if (recurrence.isPresent()) {
      key = key + "/" + recurrence.get();
    }
    return key.length() > KEY_MAX ? "sha256:" + digest(key) : key;
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
