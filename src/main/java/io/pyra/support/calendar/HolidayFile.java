package io.pyra.support.calendar;

import io.pyra.platform.error.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
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
 *   <li>bare line feeds are read as line ends, several VCALENDAR objects in one file are read one
 *       after another, and a DTSTART or DTEND of eight digits with a TZID but no VALUE=DATE (old
 *       Google exports) is read as the date it is;
 *   <li>a file ical4j cannot parse, or with no VEVENT, or with no whole-day VEVENT, is refused,
 *       with the reason, and nothing is stored.
 * </ul>
 */
@org.springframework.stereotype.Component
class HolidayFile {

  static final int MAX_BYTES = 1024 * 1024;
  private static final int REASON_MAX = 160;

  private static final Pattern BARE_DATE =
      Pattern.compile("(?im)^(DTSTART|DTEND)(?:;[^:\\r\\n]*)?:(\\d{8})\\s*$");
  private static final Pattern CALENDAR_START = Pattern.compile("(?im)^BEGIN:VCALENDAR\\s*$");

  /** Reads at most {@link #MAX_BYTES} (and one byte more, to tell a file that is too large). */
  HolidayImport read(InputStream in, List<Holiday> existing) {
    byte[] file;
    try {
      file = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw refused("unreadable", "calendar.file.not-icalendar", reason(e));
    }
    return read(file, existing);
  }

  HolidayImport read(byte[] file, List<Holiday> existing) {
    if (file == null || file.length == 0) {
      throw refused("empty", "calendar.file.empty");
    }
    if (file.length > MAX_BYTES) {
      throw refused("too-large", "calendar.file.too-large", MAX_BYTES / 1024);
    }
    List<VEvent> events = new ArrayList<>();
    for (String part : calendars(text(file))) {
      events.addAll(parse(part).getComponents(net.fortuna.ical4j.model.Component.VEVENT));
    }
    if (events.isEmpty()) {
      throw refused("no-events", "calendar.file.no-events");
    }
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
        throw refused("not-icalendar", "calendar.file.not-icalendar", reason(e));
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
      throw refused("no-whole-day-events", "calendar.file.no-whole-day-events", timed);
    }
    return new HolidayImport(added, events.size(), timed, recurring, covered, outOfRange);
  }

  /** The file as text with CRLF line ends and bare dates marked as dates. */
  private static String text(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    text = BARE_DATE.matcher(text).replaceAll("$1;VALUE=DATE:$2");
    return text.replace("\n", "\r\n");
  }

  /** The VCALENDAR objects of the text, each on its own. */
  private static List<String> calendars(String text) {
    List<Integer> starts = new ArrayList<>();
    var matcher = CALENDAR_START.matcher(text);
    while (matcher.find()) {
      starts.add(matcher.start());
    }
    if (starts.isEmpty()) {
      throw refused("not-icalendar", "calendar.file.not-icalendar", "BEGIN:VCALENDAR");
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      parts.add(text.substring(starts.get(i), end));
    }
    return parts;
  }

  private static Calendar parse(String part) {
    try {
      return new CalendarBuilder().build(new UnfoldingReader(new StringReader(part), false));
    } catch (ParserException | IOException | RuntimeException e) {
      // ical4j throws unchecked exceptions too (an unparsable date, an unknown zone)
      throw refused("not-icalendar", "calendar.file.not-icalendar", reason(e));
    }
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

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.lines().findFirst().orElse(message).strip();
    return line.length() > REASON_MAX ? line.substring(0, REASON_MAX) + "…" : line;
  }

  private static BusinessRuleException refused(String rule, String key, Object... args) {
    return new BusinessRuleException("file", rule, key, args);
  }
}
