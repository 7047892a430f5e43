package io.pyra.platform.calendar;

import io.pyra.platform.error.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * An uploaded iCalendar (.ics) file, read with ical4j as the files found in the wild need: at most
 * {@value #MAX_BYTES} bytes, a byte-order mark dropped, bare line feeds (or carriage returns) read
 * as line ends, several VCALENDAR objects in one file read one after another, and a DTSTART or
 * DTEND of eight digits with a TZID but no VALUE=DATE (old Google exports) read as the date it is.
 *
 * <p>A file that is empty, too large, not iCalendar or without any VEVENT is refused with a {@link
 * BusinessRuleException} on the field {@code file} (rules {@code empty}, {@code too-large}, {@code
 * not-icalendar}, {@code no-events}), naming ical4j's reason when it has one. What the events mean
 * (holidays, bookings) is the caller's business.
 */
public final class IcsFile {

  /** The largest file read: 1 MB. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The form field and problem field the refusals name. */
  public static final String FIELD = "file";

  private static final int REASON_MAX = 160;
  private static final Pattern BARE_DATE =
      Pattern.compile("(?im)^(DTSTART|DTEND)(?:;[^:\\r\\n]*)?:(\\d{8})\\s*$");
  private static final Pattern CALENDAR_START = Pattern.compile("(?im)^BEGIN:VCALENDAR\\s*$");

  private IcsFile() {}

  /**
   * The VEVENTs of the stream, reading at most {@link #MAX_BYTES} (and one byte more, to tell a
   * file that is too large).
   */
  public static List<VEvent> events(InputStream in) {
    byte[] file;
    try {
      file = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw invalid(e);
    }
    return events(file);
  }

  /** The VEVENTs of the file, in the order of the file. */
  public static List<VEvent> events(byte[] file) {
    if (file == null || file.length == 0) {
      throw refused("empty", "ics.file.empty");
    }
    if (file.length > MAX_BYTES) {
      throw refused("too-large", "ics.file.too-large", MAX_BYTES / 1024);
    }
    List<VEvent> events = new ArrayList<>();
    for (String part : calendars(text(file))) {
      events.addAll(parse(part).getComponents(Component.VEVENT));
    }
    if (events.isEmpty()) {
      throw refused("no-events", "ics.file.no-events");
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
      return new CalendarBuilder().build(new UnfoldingReader(new StringReader(part), false));
    } catch (ParserException | IOException | RuntimeException e) {
      // ical4j throws unchecked exceptions too (an unparsable date, an unknown zone)
      throw invalid(e);
    }
  }

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.lines().findFirst().orElse(message).strip();
    return line.length() > REASON_MAX ? line.substring(0, REASON_MAX) + "…" : line;
  }
}
