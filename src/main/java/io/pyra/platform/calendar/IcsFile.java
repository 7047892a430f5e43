package io.pyra.platform.calendar;

import io.pyra.platform.error.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationEntry;

/**
 * An uploaded iCalendar (.ics) file, read with ical4j as the files found in the wild need, and
 * refused when it breaks a rule of RFC 5545 that ical4j's own test of valid and invalid calendars
 * checks (ical4j's compatibility hints set in {@code ical4j.properties}: relaxed unfolding, Lotus
 * Notes compatibility, relaxed validation).
 *
 * <p>Read: at most {@value #MAX_BYTES} bytes, a byte-order mark dropped, bare line feeds (or
 * carriage returns) read as line ends, several VCALENDAR objects in one file read one after
 * another, a DTSTART or DTEND of eight digits with a TZID but no VALUE=DATE (old Google exports)
 * read as the date it is, a duration of weeks and days (Outlook's {@code -P1W6DT15H}) read as days,
 * a zone's onset given as a period ({@code RDATE;VALUE=PERIOD}) read as the period's start, and an
 * alarm outside any event left out (it alarms nothing).
 *
 * <p>Refused with a {@link BusinessRuleException} on the field {@code file}, each rule named:
 * {@code empty}, {@code too-large}, {@code not-icalendar} (no VCALENDAR, or a line ical4j cannot
 * read: an unknown property name, a bad date, a component never ended; the line and ical4j's reason
 * named), {@code rfc5545} (a rule of the standard broken by the calendar or one of its events:
 * VERSION 2.0 and PRODID required, one kind of component with a METHOD, a property's value out of
 * its range; the component or property and the rule named). ical4j's checks of a GEO's value (it
 * refuses negative coordinates, which RFC 5545 allows) and of a TZID on an RRULE (a parameter the
 * rule does not define, ignored as RFC 5545 §3.2 has unknown parameters ignored) do not count, nor
 * those of components nothing imports (to-dos, journals, free/busy). {@link #events} refuses a file
 * without any VEVENT too ({@code no-events}); {@link #read} gives such a file's empty list. What
 * the events mean (holidays, bookings) is the caller's business.
 */
public final class IcsFile {

  /** The largest file read: 1 MB. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The form field and problem field the refusals name. */
  public static final String FIELD = "file";

  private static final int REASON_MAX = 160;
  private static final List<String> NOT_IMPORTED =
      List.of("VTODO", "VJOURNAL", "VFREEBUSY", "VALARM", "VAVAILABILITY", "AVAILABLE");
  private static final List<String> METHODS =
      List.of(
          "PUBLISH", "REQUEST", "REPLY", "ADD", "CANCEL", "REFRESH", "COUNTER", "DECLINECOUNTER");
  private static final Pattern BARE_DATE =
      Pattern.compile("(?im)^(DTSTART|DTEND)(?:;[^:\\r\\n]*)?:(\\d{8})\\s*$");
  private static final Pattern WEEKS_AND_DAYS =
      Pattern.compile("(?im)^((?:DURATION|TRIGGER)(?:;[^:\\r\\n]*)?:[+-]?P)(\\d+)W(\\d+)D");
  private static final Pattern PERIOD_ONSET =
      Pattern.compile("(?im)^RDATE;VALUE=PERIOD:(\\d{8}T\\d{6}Z?)/[^\\r\\n]*$");
  private static final Pattern CALENDAR_START = Pattern.compile("(?im)^BEGIN:VCALENDAR\\s*$");
  private static final Pattern GEO = Pattern.compile("[+-]?\\d+(\\.\\d+)?;[+-]?\\d+(\\.\\d+)?");

  private IcsFile() {}

  /**
   * The VEVENTs of the stream, reading at most {@link #MAX_BYTES} (and one byte more, to tell a
   * file that is too large); a file without any is refused ({@code no-events}).
   */
  public static List<VEvent> events(InputStream in) {
    return events(bytes(in));
  }

  /** The VEVENTs of the file, in the order of the file; refused when there is none. */
  public static List<VEvent> events(byte[] file) {
    List<VEvent> events = read(file);
    if (events.isEmpty()) {
      throw refused("no-events", "ics.file.no-events");
    }
    return events;
  }

  /** The VEVENTs of a valid file, none when it holds none (to-dos, zones, free/busy only). */
  public static List<VEvent> read(InputStream in) {
    return read(bytes(in));
  }

  /** The VEVENTs of a valid file, in the order of the file; empty when it holds none. */
  public static List<VEvent> read(byte[] file) {
    if (file == null || file.length == 0) {
      throw refused("empty", "ics.file.empty");
    }
    if (file.length > MAX_BYTES) {
      throw refused("too-large", "ics.file.too-large", MAX_BYTES / 1024);
    }
    List<VEvent> events = new ArrayList<>();
    for (String part : calendars(text(file))) {
      String kept = withoutLooseAlarms(part);
      Calendar calendar = parse(kept);
      check(calendar, !kept.equals(part) && calendar.getComponentList().getAll().isEmpty());
      events.addAll(calendar.getComponents(Component.VEVENT));
    }
    return events;
  }

  /**
   * The refusal of a file ical4j could read but not make sense of when asked for a value (a date in
   * an unknown zone): ical4j reads some values only then.
   */
  public static BusinessRuleException invalid(Exception e) {
    return refused("not-icalendar", "ics.file.not-icalendar", reason(e));
  }

  /** A refusal of the file under {@code rule}, with its message key and arguments. */
  public static BusinessRuleException refused(String rule, String key, Object... args) {
    return new BusinessRuleException(FIELD, rule, key, args);
  }

  private static byte[] bytes(InputStream in) {
    try {
      return in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /** The file as text with CRLF line ends and the compatibility rewrites made. */
  private static String text(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    text = BARE_DATE.matcher(text).replaceAll("$1;VALUE=DATE:$2");
    text =
        WEEKS_AND_DAYS
            .matcher(text)
            .replaceAll(
                m ->
                    m.group(1)
                        + (Long.parseLong(m.group(2)) * 7 + Long.parseLong(m.group(3)))
                        + "D");
    text = PERIOD_ONSET.matcher(text).replaceAll("RDATE:$1");
    return text.replace("\n", "\r\n");
  }

  /** The text less the VALARMs that stand right inside a VCALENDAR, outside any event or to-do. */
  private static String withoutLooseAlarms(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    int depth = 0;
    int skipping = -1;
    for (String line : text.split("\r\n", -1)) {
      String upper = line.strip().toUpperCase(Locale.ROOT);
      boolean begins = upper.startsWith("BEGIN:");
      boolean ends = upper.startsWith("END:");
      if (begins && skipping < 0 && depth == 1 && upper.equals("BEGIN:VALARM")) {
        skipping = depth;
      }
      if (begins) {
        depth++;
      } else if (ends) {
        depth--;
      }
      if (skipping < 0) {
        kept.append(line).append("\r\n");
      } else if (ends && depth == skipping) {
        skipping = -1;
      }
    }
    kept.setLength(Math.max(0, kept.length() - 2));
    return kept.toString();
  }

  /** The VCALENDAR objects of the text, each on its own. */
  private static List<String> calendars(String text) {
    List<Integer> starts = new ArrayList<>();
    var matcher = CALENDAR_START.matcher(text);
    while (matcher.find()) {
      starts.add(matcher.start());
    }
    if (starts.isEmpty()) {
      throw refused("not-icalendar", "ics.file.not-icalendar", "BEGIN:VCALENDAR");
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
      return new CalendarBuilder().build(new UnfoldingReader(new StringReader(part), true));
    } catch (ParserException | IOException | RuntimeException e) {
      // ical4j throws unchecked exceptions too (an unparsable date, an unknown zone)
      throw invalid(e);
    }
  }

  /**
   * RFC 5545's rules (and RFC 5546's for a calendar with a METHOD) as ical4j validates them, but
   * those that do not count (see the class's comment).
   */
  private static void check(Calendar calendar, boolean alarmsOnly) {
    List<ValidationEntry> broken;
    try {
      broken = validate(calendar);
    } catch (RuntimeException e) {
      throw invalid(e);
    }
    Optional<ValidationEntry> first =
        broken.stream()
            .filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR)
            .filter(e -> !ignored(e, calendar, alarmsOnly))
            .findFirst();
    if (first.isPresent()) {
      throw refused(
          "rfc5545", "ics.file.rfc5545", first.get().getContext(), cut(first.get().getMessage()));
    }
  }

  /**
   * ical4j's findings; a METHOD that RFC 5546 does not define (METHOD:CREATE) has no rules of its
   * own, so the calendar is validated as a plain one.
   */
  private static List<ValidationEntry> validate(Calendar calendar) {
    Optional<Property> method = calendar.getProperty(Property.METHOD);
    if (method.isPresent() && !METHODS.contains(method.get().getValue().toUpperCase(Locale.ROOT))) {
      List<Property> plain =
          calendar.getPropertyList().getAll().stream()
              .filter(p -> !Property.METHOD.equals(p.getName()))
              .toList();
      calendar = new Calendar(new PropertyList(plain), calendar.getComponentList());
    }
    return new ArrayList<>(calendar.validate().getEntries());
  }

  /** ical4j's checks that do not count (see the class's comment). */
  private static boolean ignored(ValidationEntry entry, Calendar calendar, boolean alarmsOnly) {
    String context = entry.getContext();
    if (NOT_IMPORTED.contains(context)) {
      return true;
    }
    if (alarmsOnly && "VCALENDAR".equals(context)) {
      return entry.getMessage().contains("at least one component");
    }
    if ("RRULE".equals(context) && entry.getMessage().contains("TZID")) {
      return true;
    }
    if ("GEO".equals(context)) {
      return calendar.getComponents(Component.VEVENT).stream()
          .flatMap(e -> ((VEvent) e).getProperty(Property.GEO).stream())
          .allMatch(geo -> GEO.matcher(((Property) geo).getValue().strip()).matches());
    }
    return false;
  }

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return cut(message.lines().findFirst().orElse(message).strip());
  }

  private static String cut(String line) {
    return line.length() > REASON_MAX ? line.substring(0, REASON_MAX) + "…" : line;
  }
}
