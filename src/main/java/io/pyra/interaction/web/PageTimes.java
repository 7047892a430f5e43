package io.pyra.interaction.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times on the pages: shown and entered as local date and time in the company's time zone ({@code
 * pyra.time-zone}).
 */
@Component
public class PageTimes {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final ZoneId zone;

  PageTimes(@Value("${pyra.time-zone:UTC}") String zone) {
    this.zone = ZoneId.of(zone);
  }

  public String show(Instant instant) {
    return instant == null ? "" : SHOWN.format(instant.atZone(zone));
  }

  /** The value of a {@code datetime-local} input. */
  public String input(Instant instant) {
    return instant == null
        ? ""
        : INPUT.format(instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
  }

  /** A {@code datetime-local} value (with or without seconds); empty when it is not one. */
  Optional<Instant> parseInput(String value) {
    try {
      return Optional.of(LocalDateTime.parse(value.strip()).atZone(zone).toInstant());
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /**
   * The start of a day given as {@code yyyy-MM-dd}, optionally of the day after; empty when it is
   * not a date.
   */
  Optional<Instant> startOfDay(String value, boolean dayAfter) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      return Optional.of((dayAfter ? date.plusDays(1) : date).atStartOfDay(zone).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
