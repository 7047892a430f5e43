package io.pyra.support.calendar;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a business calendar's fields, checked before anything is stored: every fault a
 * violation naming its field ({@code hours[2].end}, {@code holidays[0].lastDay}), all of them at
 * once. The rules that need other calendars (a code or an org unit taken) are the service's.
 */
final class CalendarCheck {

  static final int CODE_MAX = 40;
  static final int NAME_MAX = 100;
  static final int ZONE_MAX = 60;
  static final int HOURS_MAX = 70;
  static final int HOLIDAYS_MAX = 366;
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final int ECHO_MAX = 40;

  /** The command's fields as they will be stored. */
  record Checked(
      String code,
      String nameEn,
      String nameZh,
      String timeZone,
      UUID orgUnitId,
      List<WorkingHours> hours,
      List<Holiday> holidays) {}

  private final List<RuleViolation> violations = new ArrayList<>();

  private CalendarCheck() {}

  /** The command checked, or a {@link BusinessRuleException} listing every fault. */
  static Checked check(SaveBusinessCalendar command) {
    CalendarCheck check = new CalendarCheck();
    String code = check.code(command.code());
    String nameEn = check.name("nameEn", command.nameEn(), true);
    String nameZh = check.name("nameZh", command.nameZh(), false);
    String zone = check.zone(command.timeZone());
    List<WorkingHours> hours = check.hours(command.hours());
    List<Holiday> holidays = check.holidays(command.holidays());
    if (!check.violations.isEmpty()) {
      throw new BusinessRuleException(check.violations);
    }
    return new Checked(code, nameEn, nameZh, zone, command.orgUnitId(), hours, holidays);
  }

  /** Holidays that are to join those a calendar has: the same rules, over both. */
  static void checkAdded(List<Holiday> existing, List<Holiday> added, String field) {
    List<Holiday> all = new ArrayList<>(existing);
    all.addAll(added);
    if (all.size() > HOLIDAYS_MAX) {
      throw new BusinessRuleException(
          field, "max-items", "calendar.holidays.max-items", HOLIDAYS_MAX, all.size());
    }
  }

  private String code(String text) {
    String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      add("code", "required", "calendar.code.required");
    } else if (code.length() > CODE_MAX) {
      add("code", "max-length", "calendar.code.max-length", CODE_MAX);
    } else if (!CODE.matcher(code).matches()) {
      add("code", "pattern", "calendar.code.pattern", echo(code));
    }
    return code;
  }

  private String name(String field, String text, boolean required) {
    String name = text == null || text.isBlank() ? null : text.strip();
    if (name == null && required) {
      add(field, "required", "calendar.name.required");
    } else if (name != null && name.length() > NAME_MAX) {
      add(field, "max-length", "calendar.name.max-length", NAME_MAX);
    }
    return name;
  }

  private String zone(String text) {
    String zone = text == null ? "" : text.strip();
    if (zone.isEmpty()) {
      add("timeZone", "required", "calendar.timeZone.required");
    } else if (zone.length() > ZONE_MAX || !ZoneId.getAvailableZoneIds().contains(zone)) {
      add("timeZone", "unknown", "calendar.timeZone.unknown", echo(zone));
    }
    return zone;
  }

  private List<WorkingHours> hours(List<SaveBusinessCalendar.HoursLine> lines) {
    List<WorkingHours> hours = new ArrayList<>();
    if (lines == null || lines.isEmpty()) {
      add("hours", "required", "calendar.hours.required");
      return hours;
    }
    if (lines.size() > HOURS_MAX) {
      add("hours", "max-items", "calendar.hours.max-items", HOURS_MAX);
      return hours;
    }
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      SaveBusinessCalendar.HoursLine line = lines.get(i);
      String at = "hours[" + i + "]";
      if (line == null || line.day() == null) {
        add(at + ".day", "required", "calendar.hours.day.required");
        continue;
      }
      Integer start = minute(at + ".start", line.start(), false);
      Integer end = minute(at + ".end", line.end(), true);
      if (start == null || end == null) {
        continue;
      }
      if (end <= start) {
        add(at + ".end", "after-start", "calendar.hours.after-start", line.end(), line.start());
        continue;
      }
      hours.add(new WorkingHours(line.day().getValue(), start, end));
      indexes.add(i);
    }
    // intervals of one day may touch (12:00–12:00) but not overlap
    for (int a = 0; a < hours.size(); a++) {
      for (int b = 0; b < a; b++) {
        WorkingHours x = hours.get(a);
        WorkingHours y = hours.get(b);
        if (x.dayOfWeek() == y.dayOfWeek()
            && x.startMinute() < y.endMinute()
            && y.startMinute() < x.endMinute()) {
          add(
              "hours[" + indexes.get(a) + "].start",
              "overlap",
              "calendar.hours.overlap",
              x.start() + "–" + x.end(),
              y.start() + "–" + y.end());
          break;
        }
      }
    }
    hours.sort(BusinessCalendar.HOURS_ORDER);
    return hours;
  }

  /** Minutes of the day of {@code HH:mm}; 24:00 only for an end. */
  private Integer minute(String field, String text, boolean end) {
    Matcher time = TIME.matcher(text == null ? "" : text.strip());
    if (time.matches()) {
      int hour = Integer.parseInt(time.group(1));
      int minute = Integer.parseInt(time.group(2));
      if (minute < 60 && (hour < 24 || end && hour == 24 && minute == 0)) {
        return hour * 60 + minute;
      }
    }
    if (text == null || text.isBlank()) {
      add(field, "required", "calendar.hours.time.required");
    } else {
      add(field, "time", "calendar.hours.time", echo(text.strip()));
    }
    return null;
  }

  private List<Holiday> holidays(List<SaveBusinessCalendar.HolidayLine> lines) {
    List<Holiday> holidays = new ArrayList<>();
    if (lines == null || lines.isEmpty()) {
      return holidays;
    }
    if (lines.size() > HOLIDAYS_MAX) {
      add("holidays", "max-items", "calendar.holidays.max-items", HOLIDAYS_MAX, lines.size());
      return holidays;
    }
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      SaveBusinessCalendar.HolidayLine line = lines.get(i);
      String at = "holidays[" + i + "]";
      String name = line == null || line.name() == null ? "" : line.name().strip();
      if (name.isEmpty()) {
        add(at + ".name", "required", "calendar.holiday.name.required");
      } else if (name.length() > NAME_MAX) {
        add(at + ".name", "max-length", "calendar.name.max-length", NAME_MAX);
      }
      LocalDate first = line == null ? null : line.firstDay();
      LocalDate last = line == null ? null : line.lastDay();
      boolean days = day(at + ".firstDay", first) & day(at + ".lastDay", last);
      if (days && last.isBefore(first)) {
        add(at + ".lastDay", "after-first", "calendar.holiday.after-first", last, first);
      } else if (days && !name.isEmpty() && name.length() <= NAME_MAX) {
        holidays.add(new Holiday(name, first, last));
        indexes.add(i);
      }
    }
    overlaps(holidays, indexes);
    holidays.sort(Comparator.comparing(Holiday::firstDay));
    return holidays;
  }

  private boolean day(String field, LocalDate day) {
    if (day == null) {
      add(field, "required", "calendar.holiday.day.required");
      return false;
    }
    if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
      add(field, "range", "calendar.holiday.day.range", EARLIEST.getYear(), LATEST.getYear());
      return false;
    }
    return true;
  }

  private void overlaps(List<Holiday> holidays, List<Integer> indexes) {
    for (int a = 0; a < holidays.size(); a++) {
      for (int b = 0; b < a; b++) {
        if (holidays.get(a).overlaps(holidays.get(b))) {
          add(
              "holidays[" + indexes.get(a) + "].firstDay",
              "overlap",
              "calendar.holiday.overlap",
              holidays.get(a).name(),
              holidays.get(b).name());
          break;
        }
      }
    }
  }

  private void add(String field, String rule, String key, Object... args) {
    violations.add(new RuleViolation(field, rule, key, args));
  }

  private static String echo(String text) {
    return text.length() > ECHO_MAX ? text.substring(0, ECHO_MAX) + "…" : text;
  }
}
