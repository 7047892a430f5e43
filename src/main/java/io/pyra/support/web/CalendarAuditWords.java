package io.pyra.support.web;

import io.pyra.identity.IdentityRecordTypes;
import io.pyra.platform.audit.AuditRecordWords;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Business calendars in the audit log's words: a calendar by its code and name, its org unit by the
 * unit's name, its working hours as "Mon 09:00–18:00" rather than the stored minutes.
 */
@Component
class CalendarAuditWords implements AuditRecordWords {

  private static final String CALENDAR = "support_business_calendar";
  private static final Pattern HOURS =
      Pattern.compile("\\{dayOfWeek=(\\d), startMinute=(\\d+), endMinute=(\\d+)}");

  private final JdbcClient jdbc;
  private final MessageSource messages;

  CalendarAuditWords(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(CALENDAR);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    return AuditRecordWords.namesById(
        jdbc,
        "select id, code || ' ' || name_en from support_business_calendar where id in (:ids)",
        ids);
  }

  @Override
  public Map<String, String> references(String recordType) {
    return Map.of("orgUnitId", IdentityRecordTypes.ORG_UNIT);
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    if (!"hours".equals(field) || value == null) {
      return null;
    }
    Matcher each = HOURS.matcher(value);
    if (!each.find()) {
      return null;
    }
    each.reset();
    return each.results()
        .map(
            m ->
                messages.getMessage(
                        "calendar.day.short." + DayOfWeek.of(Integer.parseInt(m.group(1))),
                        null,
                        locale)
                    + " "
                    + time(Integer.parseInt(m.group(2)))
                    + "–"
                    + time(Integer.parseInt(m.group(3))))
        .collect(Collectors.joining(", "));
  }

  private static String time(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }
}
