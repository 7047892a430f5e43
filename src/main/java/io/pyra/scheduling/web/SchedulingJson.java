package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.scheduling.resource.Closure;
import io.pyra.scheduling.resource.ClosureKind;
import io.pyra.scheduling.resource.OpeningInterval;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Opening hours and closures as the API gives and takes them (a centre's and a resource's). */
final class SchedulingJson {

  private SchedulingJson() {}

  /** One interval of a weekday (1 Monday … 7 Sunday), on the centre's clock. */
  record SchedulingIntervalJson(
      int weekday,
      @Schema(example = "09:00", description = "HH:mm") @Size(max = 8) String opensAt,
      @Schema(example = "12:00", description = "HH:mm") @Size(max = 8) String closesAt) {}

  /**
   * A week of hours; {@code own} false when the hours shown are not its own (a resource's centre's,
   * or the default 08:00–22:00 every day).
   */
  record SchedulingWeekJson(boolean own, String timeZone, List<SchedulingIntervalJson> hours) {}

  /**
   * The week to set (required): several intervals a day, none overlapping; a day left out is
   * closed; an empty list goes back to the centre's (or the default) hours.
   */
  record SchedulingWeekRequest(@Size(max = 35) List<SchedulingIntervalJson> hours) {}

  /**
   * A closure: kind CLOSURE, HOLIDAY (a centre's, the company's) or LEAVE (an instructor's), from
   * startsAt to endsAt (exclusive).
   */
  record SchedulingClosureJson(
      UUID id,
      UUID orgUnitId,
      UUID resourceId,
      ClosureKind kind,
      Instant startsAt,
      Instant endsAt,
      String reason) {

    static SchedulingClosureJson of(Closure c) {
      return new SchedulingClosureJson(
          c.id(), c.orgUnitId(), c.resourceId(), c.kind(), c.startsAt(), c.endsAt(), c.reason());
    }
  }

  /** A closure to add: at most 366 days, the end after the start. */
  record SchedulingClosureRequest(
      @Schema(example = "HOLIDAY") @Size(max = 10) String kind,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      @Size(max = 200) String reason) {

    Instant start() {
      return startsAt == null ? null : startsAt.toInstant();
    }

    Instant end() {
      return endsAt == null ? null : endsAt.toInstant();
    }
  }

  record SchedulingClosureList(List<SchedulingClosureJson> items) {

    static SchedulingClosureList of(List<Closure> closures) {
      return new SchedulingClosureList(closures.stream().map(SchedulingClosureJson::of).toList());
    }
  }

  static SchedulingWeekJson week(boolean own, String zone, List<OpeningInterval> hours) {
    return new SchedulingWeekJson(
        own,
        zone,
        hours.stream()
            .map(
                h ->
                    new SchedulingIntervalJson(
                        h.weekday(), h.opensAt().toString(), h.closesAt().toString()))
            .toList());
  }

  /** The intervals of a request; a missing list or an unreadable time is a 422 naming it. */
  static List<OpeningInterval> intervals(SchedulingWeekRequest request) {
    if (request == null || request.hours() == null) {
      throw new BusinessRuleException("hours", "required", "resource.hours.list");
    }
    List<RuleViolation> violations = new ArrayList<>();
    List<OpeningInterval> week = new ArrayList<>();
    for (int i = 0; i < request.hours().size(); i++) {
      SchedulingIntervalJson interval = request.hours().get(i);
      if (interval == null) {
        violations.add(
            new RuleViolation("hours[" + i + "]", "required", "resource.hours.required"));
        continue;
      }
      LocalTime opens = time(interval.opensAt(), "hours[" + i + "].opensAt", violations);
      LocalTime closes = time(interval.closesAt(), "hours[" + i + "].closesAt", violations);
      week.add(new OpeningInterval(interval.weekday(), opens, closes));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return week;
  }

  private static LocalTime time(String value, String field, List<RuleViolation> violations) {
    try {
      return LocalTime.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      violations.add(new RuleViolation(field, "time", "resource.hours.time"));
      return null;
    }
  }
}
