package io.pyra.support.calendar;

import io.pyra.platform.calendar.IcsFile;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * Holidays read from an iCalendar (.ics) file with ical4j. Each VEVENT whose DTSTART is a date (a
 * whole-day event) is a holiday from that day to the day before its DTEND (exclusive, as RFC 5545
 * has it), or to the end its DURATION gives, or that day alone; its SUMMARY is its name (cut to 100
 * characters; the day when it has none).
 *
 * <p>Decided for the files found in the wild:
 *
 * <ul>
 *   <li>events with a time (a match, a meeting) are no holidays: they are left out and counted;
 *   <li>a recurring event gives its first occurrence only (the rule is not expanded: holiday lists
 *       name each year's days), and is counted;
 *   <li>an event whose days a holiday of the calendar (or an earlier event of the file) already
 *       covers, or overlaps, is left out and counted, so the calendar's holidays never overlap;
 *   <li>the file is read as {@link IcsFile} reads the files found in the wild (bare line feeds,
 *       several VCALENDAR objects, bare dates), and refused as it refuses them;
 *   <li>a file with no whole-day VEVENT is refused too, with the reason, and nothing is stored.
 * </ul>
 */
@org.springframework.stereotype.Component
class HolidayFile {

  static final int MAX_BYTES = IcsFile.MAX_BYTES;

  /** Reads at most {@link #MAX_BYTES} (and one byte more, to tell a file that is too large). */
  HolidayImport read(InputStream in, List<Holiday> existing) {
    return read(IcsFile.events(in), existing);
  }

  HolidayImport read(byte[] file, List<Holiday> existing) {
    return read(IcsFile.events(file), existing);
  }

  private HolidayImport read(List<VEvent> events, List<Holiday> existing) {
    List<Holiday> known = new ArrayList<>(existing);
    List<Holiday> added = new ArrayList<>();
    int timed = 0;
    int recurring = 0;
    int covered = 0;
    int outOfRange = 0;
    for (VEvent event : events) {
      Optional<Holiday> holiday;
      try {
        holiday = holiday(event);
      } catch (RuntimeException e) {
        // ical4j reads some values only when asked (a date in an unknown zone)
        throw IcsFile.invalid(e);
      }
      if (holiday.isEmpty()) {
        timed++;
        continue;
      }
      Holiday h = holiday.get();
      if (h.firstDay().isBefore(CalendarCheck.EARLIEST)
          || h.lastDay().isAfter(CalendarCheck.LATEST)) {
        outOfRange++;
      } else if (known.stream().anyMatch(h::overlaps)) {
        covered++;
      } else {
        known.add(h);
        added.add(h);
        if (event.getProperty(Property.RRULE).isPresent()) {
          recurring++;
        }
      }
    }
    if (timed == events.size()) {
      throw IcsFile.refused("no-whole-day-events", "calendar.file.no-whole-day-events", timed);
    }
    return new HolidayImport(added, events.size(), timed, recurring, covered, outOfRange);
  }

  /** The event as a holiday, or empty when it has a time (or no start). */
  private static Optional<Holiday> holiday(VEvent event) {
    Optional<DtStart<Temporal>> start = event.getStartDate();
    if (start.isEmpty() || !(start.get().getDate() instanceof LocalDate first)) {
      return Optional.empty();
    }
    LocalDate last = first;
    try {
      Optional<DtEnd<Temporal>> end = event.getEndDate(true);
      if (end.isPresent() && end.get().getDate() instanceof LocalDate exclusive) {
        last = exclusive.isAfter(first) ? exclusive.minusDays(1) : first;
      }
    } catch (RuntimeException e) {
      last = first; // a DURATION ical4j cannot apply to a date: the day alone
    }
    String name = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("").strip();
    if (name.isEmpty()) {
      name = first.toString();
    } else if (name.length() > CalendarCheck.NAME_MAX) {
      name = name.substring(0, CalendarCheck.NAME_MAX - 1) + "…";
    }
    return Optional.of(new Holiday(name, first, last));
  }
}
