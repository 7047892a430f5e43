package io.pyra.support.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The words and numbers of the report pages in the reader's language. */
final class ServiceReportLabels {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageSource messages;
  private final Locale locale;
  private final ZoneId zone;

  ServiceReportLabels(MessageSource messages, Locale locale, ZoneId zone) {
    this.messages = messages;
    this.locale = locale;
    this.zone = zone;
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  Locale locale() {
    return locale;
  }

  ServiceReportTable.Column number(String key) {
    return new ServiceReportTable.Column(key, get("supportreport.column." + key), true);
  }

  ServiceReportTable.Column text(String key) {
    return new ServiceReportTable.Column(key, get("supportreport.column." + key), false);
  }

  ServiceReportTable.Column text(String key, String labelKey) {
    return new ServiceReportTable.Column(key, get(labelKey), false);
  }

  String minute(Instant instant) {
    return instant == null ? null : MINUTE.format(instant.atZone(zone));
  }

  /** A term of a taxonomy: its name, "unnamed" with the id's start, or "none" for no id. */
  String term(String name, String id, String noneKey, String unnamedKey) {
    if (id == null) {
      return get(noneKey);
    }
    return name != null ? name : get(unnamedKey, id.substring(0, 8));
  }

  /** A figure for the chart: whole units, 0 where there is none. */
  static long whole(BigDecimal value) {
    return value == null ? 0 : value.setScale(0, java.math.RoundingMode.HALF_UP).longValue();
  }
}
