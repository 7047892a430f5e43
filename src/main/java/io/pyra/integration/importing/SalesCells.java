package io.pyra.integration.importing;

import io.pyra.platform.IsoCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cells of a sales import read as exact decimals, days, moments, currencies and countries. */
final class SalesCells {

  private static final List<DateTimeFormatter> LOCAL_TIMES =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss][.SSS]"),
          DateTimeFormatter.ofPattern("yyyy-M-d'T'H:mm[:ss][.SSS]"),
          DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"),
          DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]"),
          DateTimeFormatter.ofPattern("M/d/yy H:mm[:ss]"));

  private static final List<DateTimeFormatter> DAYS =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-M-d"),
          DateTimeFormatter.ofPattern("yyyy/M/d"),
          DateTimeFormatter.ofPattern("yyyy.M.d"),
          DateTimeFormatter.ofPattern("M/d/yyyy"),
          DateTimeFormatter.ofPattern("M/d/yy"));

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final Map<String, String> COUNTRIES = countries();

  private SalesCells() {}

  /** An exact decimal (grouping commas and spaces allowed), null when the text is none. */
  static BigDecimal decimal(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text.strip().replace(",", "").replace(" ", ""));
      return value.scale() < 0 ? value.setScale(0) : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A moment: with an offset as given, without one in {@code zone}; an Excel serial day number is
   * read too. Null when the text is none.
   */
  static Instant moment(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    LocalDateTime plain = plain(t);
    if (plain != null) {
      return plain.atZone(zone).toInstant();
    }
    if (t.length() > 19
        && (t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10)) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        // no offset after all
      }
    }
    for (DateTimeFormatter f : LOCAL_TIMES) {
      try {
        return LocalDateTime.parse(t, f).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    LocalDate day = day(t);
    if (day != null) {
      return day.atStartOfDay(zone).toInstant();
    }
    BigDecimal serial = decimal(t);
    if (serial != null
        && serial.signum() > 0
        && serial.compareTo(BigDecimal.valueOf(200_000)) < 0) {
      long days = serial.longValue();
      long seconds =
          serial
              .subtract(BigDecimal.valueOf(days))
              .multiply(BigDecimal.valueOf(86_400))
              .longValue();
      return EXCEL_EPOCH
          .plusDays(days)
          .atTime(LocalTime.ofSecondOfDay(Math.min(seconds, 86_399)))
          .atZone(zone)
          .toInstant();
    }
    return null;
  }

  /**
   * {@code yyyy-MM-dd HH:mm:ss} (or with a T), the form most files give, read without a formatter;
   * null for any other form.
   */
  private static LocalDateTime plain(String t) {
    if (t.length() != 19
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || (t.charAt(10) != ' ' && t.charAt(10) != 'T')
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return null;
      }
    }
    try {
      return LocalDateTime.of(
          Integer.parseInt(t, 0, 4, 10),
          Integer.parseInt(t, 5, 7, 10),
          Integer.parseInt(t, 8, 10, 10),
          Integer.parseInt(t, 11, 13, 10),
          Integer.parseInt(t, 14, 16, 10),
          Integer.parseInt(t, 17, 19, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** A day, null when the text is none. */
  static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() > 10 && (t.charAt(10) == ' ' || t.charAt(10) == 'T')) {
      t = t.substring(0, 10);
    }
    for (DateTimeFormatter f : DAYS) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return null;
  }

  /** The ISO 4217 code the text names (any case), null when it names none. */
  static String currency(String text) {
    return IsoCurrency.of(text).orElse(null);
  }

  /**
   * The ISO 3166 alpha-2 code of a country named by its code or its English or Chinese name (and a
   * few older names: EIRE, USA, RSA); null when it names none.
   */
  static String country(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return COUNTRIES.get(text.strip().toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> countries() {
    Map<String, String> map = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      map.put(code.toLowerCase(Locale.ROOT), code);
      map.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
      map.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
      map.put(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE), code);
    }
    map.put("eire", "IE");
    map.put("usa", "US");
    map.put("rsa", "ZA");
    map.put("uk", "GB");
    map.put("korea", "KR");
    map.put("czech republic", "CZ");
    return map;
  }
}
