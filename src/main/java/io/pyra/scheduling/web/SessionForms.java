package io.pyra.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reading the session forms' fields: a bad value is read as none, and the rules then name it. */
final class SessionForms {

  private SessionForms() {}

  static UUID uuid(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static LocalDate day(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Instant instant(LocalDate day, String time, ZoneId zone) {
    if (day == null || time == null || time.isBlank()) {
      return null;
    }
    try {
      return day.atTime(LocalTime.parse(time.strip())).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Integer number(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
