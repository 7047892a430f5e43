package io.pyra.support.web;

import io.pyra.platform.error.RuleViolation;
import io.pyra.support.calendar.BusinessCalendar;
import io.pyra.support.calendar.Holiday;
import io.pyra.support.calendar.SaveBusinessCalendar;
import io.pyra.support.calendar.WorkingHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The business calendar form: the working hours of each weekday typed as one line ({@code
 * 09:00-12:00, 13:00-18:00}, empty for a day off), the holidays as rows (with a few empty rows to
 * add new ones). {@link #command} turns it into the service's command and remembers which field
 * each line came from, so that the service's faults ({@code hours[3].end}) show on the weekday they
 * concern.
 */
public class BusinessCalendarForm {

  /** Empty holiday rows the form offers for new holidays. */
  static final int EMPTY_ROWS = 3;

  private static final Pattern INTERVAL =
      Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*(?:-|–|—|~|～|to|至)\\s*(\\d{1,2}:\\d{2})\\s*");

  @Size(max = 40)
  private String code;

  @Size(max = 100)
  private String nameEn;

  @Size(max = 100)
  private String nameZh;

  @Size(max = 60)
  private String timeZone;

  @Size(max = 36)
  private String orgUnitId;

  private Map<DayOfWeek, @Size(max = 200) String> days = new EnumMap<>(DayOfWeek.class);

  @Size(max = 366 + EMPTY_ROWS)
  private List<@Valid HolidayRow> holidays = new ArrayList<>();

  private Long version;

  /** One holiday row; dates as the date input sends them ({@code 2026-10-01}). */
  public static class HolidayRow {

    @Size(max = 100)
    private String name;

    @Size(max = 10)
    private String firstDay;

    @Size(max = 10)
    private String lastDay;

    boolean blank() {
      return isBlank(name) && isBlank(firstDay) && isBlank(lastDay);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getFirstDay() {
      return firstDay;
    }

    public void setFirstDay(String firstDay) {
      this.firstDay = firstDay;
    }

    public String getLastDay() {
      return lastDay;
    }

    public void setLastDay(String lastDay) {
      this.lastDay = lastDay;
    }
  }

  /** The command, the faults of the form's own reading, and where each line came from. */
  record Read(
      SaveBusinessCalendar command,
      List<RuleViolation> faults,
      List<String> hoursFields,
      List<Integer> holidayRows) {

    /** The form field a fault of the service concerns. */
    String formField(String field) {
      Matcher hours = Pattern.compile("hours\\[(\\d+)]\\..*").matcher(field);
      if (hours.matches()) {
        int index = Integer.parseInt(hours.group(1));
        return index < hoursFields.size() ? hoursFields.get(index) : "days";
      }
      Matcher holiday = Pattern.compile("holidays\\[(\\d+)](\\..*)").matcher(field);
      if (holiday.matches()) {
        int index = Integer.parseInt(holiday.group(1));
        return index < holidayRows.size()
            ? "holidays[" + holidayRows.get(index) + "]" + holiday.group(2)
            : "holidays";
      }
      return field.equals("hours") ? "days" : field;
    }
  }

  static BusinessCalendarForm blank(String timeZone) {
    BusinessCalendarForm form = new BusinessCalendarForm();
    form.timeZone = timeZone;
    for (DayOfWeek day : DayOfWeek.values()) {
      form.days.put(day, day.getValue() <= 5 ? "09:00-18:00" : "");
    }
    form.padRows();
    return form;
  }

  static BusinessCalendarForm of(BusinessCalendar calendar) {
    BusinessCalendarForm form = new BusinessCalendarForm();
    form.code = calendar.code();
    form.nameEn = calendar.name().en();
    form.nameZh = calendar.name().zh();
    form.timeZone = calendar.timeZone();
    form.orgUnitId = calendar.orgUnitId() == null ? null : calendar.orgUnitId().toString();
    for (DayOfWeek day : DayOfWeek.values()) {
      form.days.put(
          day,
          calendar.hours().stream()
              .filter(h -> h.day() == day)
              .map(h -> h.start() + "-" + h.end())
              .collect(Collectors.joining(", ")));
    }
    for (Holiday h : calendar.holidays()) {
      HolidayRow row = new HolidayRow();
      row.name = h.name();
      row.firstDay = h.firstDay().toString();
      row.lastDay = h.lastDay().toString();
      form.holidays.add(row);
    }
    form.version = calendar.version();
    form.padRows();
    return form;
  }

  /** Adds the empty rows for new holidays. */
  void padRows() {
    holidays.removeIf(row -> row == null || row.blank());
    for (int i = 0; i < EMPTY_ROWS; i++) {
      holidays.add(new HolidayRow());
    }
  }

  Read read() {
    List<RuleViolation> faults = new ArrayList<>();
    List<SaveBusinessCalendar.HoursLine> hours = new ArrayList<>();
    List<String> hoursFields = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String text = days.get(day);
      if (isBlank(text)) {
        continue;
      }
      String field = "days[" + day + "]";
      for (String part : text.split("[,，;；]")) {
        if (part.isBlank()) {
          continue;
        }
        Matcher interval = INTERVAL.matcher(part.toLowerCase(Locale.ROOT));
        if (!interval.matches()) {
          faults.add(
              new RuleViolation(field, "format", "calendar.form.hours.format", part.strip()));
          continue;
        }
        hours.add(new SaveBusinessCalendar.HoursLine(day, interval.group(1), interval.group(2)));
        hoursFields.add(field);
      }
    }
    List<SaveBusinessCalendar.HolidayLine> lines = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < holidays.size(); i++) {
      HolidayRow row = holidays.get(i);
      if (row == null || row.blank()) {
        continue;
      }
      LocalDate first = date(row.firstDay, "holidays[" + i + "].firstDay", faults);
      LocalDate last =
          isBlank(row.lastDay) ? first : date(row.lastDay, "holidays[" + i + "].lastDay", faults);
      lines.add(new SaveBusinessCalendar.HolidayLine(row.name, first, last));
      rows.add(i);
    }
    UUID unit = null;
    if (!isBlank(orgUnitId)) {
      try {
        unit = UUID.fromString(orgUnitId.strip());
      } catch (IllegalArgumentException e) {
        faults.add(new RuleViolation("orgUnitId", "unknown", "calendar.orgUnit.unknown"));
      }
    }
    SaveBusinessCalendar command =
        new SaveBusinessCalendar(code, nameEn, nameZh, timeZone, unit, hours, lines, version);
    return new Read(command, faults, hoursFields, rows);
  }

  private static LocalDate date(String text, String field, List<RuleViolation> faults) {
    if (isBlank(text)) {
      return null; // the service names a missing day
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      faults.add(new RuleViolation(field, "date", "calendar.form.date", text.strip()));
      return null;
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The weekday lines shown for a calendar: {@code 09:00-18:00} per day. */
  static String line(List<WorkingHours> hours, DayOfWeek day) {
    return hours.stream()
        .filter(h -> h.day() == day)
        .map(h -> h.start() + "–" + h.end())
        .collect(Collectors.joining(", "));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(String orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public Map<DayOfWeek, String> getDays() {
    return days;
  }

  public void setDays(Map<DayOfWeek, String> days) {
    this.days = days;
  }

  public List<HolidayRow> getHolidays() {
    return holidays;
  }

  public void setHolidays(List<HolidayRow> holidays) {
    this.holidays = holidays;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
