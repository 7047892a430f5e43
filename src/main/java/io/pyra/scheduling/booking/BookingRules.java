package io.pyra.scheduling.booking;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.scheduling.resource.PlacedResource;
import io.pyra.scheduling.resource.ResourceTime;
import io.pyra.scheduling.resource.ResourceWithTime;
import io.pyra.scheduling.resource.Unavailability;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rules of a booking, each broken one a violation naming its field (a 422, nothing stored): a
 * purpose and title, a start ahead and an end after it within {@value #MAX_HOURS} hours, one to
 * {@value #MAX_RESOURCES} active resources the user sees, all of one centre's subtree in which the
 * user may book; and, against the resources' calendars, within their opening hours (but for
 * external bookings) and on no closure.
 */
@Component
class BookingRules {

  static final int MAX_RESOURCES = 20;
  static final int MAX_HOURS = 24;
  static final int MAX_LIST_DAYS = 62;
  static final int TITLE_MAX = 200;
  static final int NOTE_MAX = 1000;
  static final int REASON_MAX = 500;

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ResourceCalendars calendars;
  private final BookingAccess access;

  BookingRules(ResourceCalendars calendars, BookingAccess access) {
    this.calendars = calendars;
    this.access = access;
  }

  /** The booking checked and placed (its org unit, when null, the resources' centre). */
  Placed place(BookResources command, Instant now) {
    return place(command, now, true);
  }

  /** The same without its times (a series' occurrences are timed afterwards). */
  Placed placeUntimed(BookResources command) {
    return place(command, null, false);
  }

  private Placed place(BookResources command, Instant now, boolean timed) {
    List<RuleViolation> violations = new ArrayList<>();
    if (command.purpose() == null) {
      violations.add(new RuleViolation("purpose", "required", "booking.purpose.required"));
    }
    String title = text(command.title(), "title", TITLE_MAX, violations);
    if (title == null) {
      violations.add(new RuleViolation("title", "required", "booking.title.required"));
    }
    String note = text(command.note(), "note", NOTE_MAX, violations);
    int untimed = violations.size();
    if (timed) {
      times(command.startsAt(), command.endsAt(), now, violations);
    }
    // a valid interval: the resources are read with their times over it, in one statement
    boolean withTimes = timed && violations.size() == untimed;
    Map<UUID, ResourceTime> times = new HashMap<>();
    List<PlacedResource> resources =
        resources(
            command.resourceIds(),
            withTimes ? command.startsAt() : null,
            command.endsAt(),
            times,
            violations);
    UUID unit = null;
    String unitName = null;
    ZoneId zone = null;
    if (!resources.isEmpty()
        && violations.stream().noneMatch(v -> "resourceIds".equals(v.field()))) {
      Optional<BookingUnit> found = unitOf(command.orgUnitId(), resources, violations);
      if (found.isPresent()) {
        unit = found.get().id();
        zone = found.get().zone();
        unitName = found.get().name();
      }
    }
    refuse(violations);
    return new Placed(
        command.purpose(),
        title,
        command.startsAt(),
        command.endsAt(),
        resources,
        unit,
        unitName,
        zone,
        note,
        Map.copyOf(times));
  }

  /** The interval's own rules: both given, the end after the start, not too long, not past. */
  static void times(Instant starts, Instant ends, Instant now, List<RuleViolation> violations) {
    if (starts == null) {
      violations.add(new RuleViolation("startsAt", "required", "booking.startsAt.required"));
    }
    if (ends == null) {
      violations.add(new RuleViolation("endsAt", "required", "booking.endsAt.required"));
    }
    if (starts == null || ends == null) {
      return;
    }
    if (!ends.isAfter(starts)) {
      violations.add(new RuleViolation("endsAt", "after-start", "booking.endsAt.after-start"));
    } else if (Duration.between(starts, ends).compareTo(Duration.ofHours(MAX_HOURS)) > 0) {
      violations.add(new RuleViolation("endsAt", "too-long", "booking.endsAt.too-long", MAX_HOURS));
    }
    if (starts.isBefore(now)) {
      violations.add(new RuleViolation("startsAt", "past", "booking.startsAt.past"));
    }
  }

  /**
   * The rules read from the calendars, as {@link io.pyra.scheduling.resource.Availability} answers
   * them (one rule): within every resource's hours (unless external) and on none of its closures or
   * leave; {@code field} names the field reported ({@code startsAt}, or {@code occurrences} for a
   * series).
   */
  void available(
      Placed placed,
      Map<UUID, ResourceCalendar> loaded,
      String field,
      List<RuleViolation> violations) {
    for (PlacedResource resource : placed.resources()) {
      List<Unavailability> reasons =
          loaded.get(resource.id()).reasons(placed.startsAt(), placed.endsAt());
      String when = LOCAL.format(placed.startsAt().atZone(resource.zone()));
      if (placed.purpose() != BookingPurpose.EXTERNAL
          && reasons.contains(Unavailability.OUTSIDE_HOURS)) {
        violations.add(
            new RuleViolation(
                field,
                "outside-hours",
                "booking.startsAt.outside-hours",
                resource.name(),
                when,
                resource.zone().getId()));
      }
      if (reasons.contains(Unavailability.CLOSED) || reasons.contains(Unavailability.ON_LEAVE)) {
        violations.add(
            new RuleViolation(field, "closed", "booking.startsAt.closed", resource.name(), when));
      }
    }
  }

  static String text(String value, String field, int max, List<RuleViolation> violations) {
    String text = value == null || value.isBlank() ? null : value.strip();
    if (text != null && text.length() > max) {
      violations.add(new RuleViolation(field, "size", "booking.text.size", max));
    }
    return text;
  }

  static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  /**
   * The resources, by id order: each known, seen by the user and active. When {@code from} is not
   * null they are read with their times from {@code from} to {@code to}, put in {@code times}.
   */
  private List<PlacedResource> resources(
      List<UUID> ids,
      Instant from,
      Instant to,
      Map<UUID, ResourceTime> times,
      List<RuleViolation> violations) {
    if (ids == null || ids.isEmpty() || ids.stream().anyMatch(java.util.Objects::isNull)) {
      violations.add(new RuleViolation("resourceIds", "required", "booking.resourceIds.required"));
      return List.of();
    }
    LinkedHashSet<UUID> distinct = new LinkedHashSet<>(ids);
    if (distinct.size() > MAX_RESOURCES) {
      violations.add(
          new RuleViolation(
              "resourceIds", "max-count", "booking.resourceIds.max-count", MAX_RESOURCES));
      return List.of();
    }
    List<PlacedResource> found = new ArrayList<>();
    if (from == null) {
      found.addAll(calendars.find(distinct));
    } else {
      for (ResourceWithTime read : calendars.withTimes(distinct, from, to).values()) {
        found.add(read.resource());
        times.put(read.resource().id(), read.time());
      }
    }
    for (UUID id : distinct) {
      Optional<PlacedResource> resource = found.stream().filter(r -> r.id().equals(id)).findFirst();
      if (resource.isEmpty() || !access.sees(resource.get())) {
        violations.add(
            new RuleViolation(
                "resourceIds", "not-found", "booking.resourceIds.not-found", id.toString()));
      } else if (!resource.get().active()) {
        violations.add(
            new RuleViolation(
                "resourceIds", "inactive", "booking.resourceIds.inactive", resource.get().name()));
      }
    }
    found.sort(Comparator.comparing(PlacedResource::id));
    return found;
  }

  /**
   * The booking's unit: the given one, which every resource lies in or below, or else the unit of
   * the resource above all others; the user must be allowed to book in it.
   */
  private Optional<BookingUnit> unitOf(
      UUID given, List<PlacedResource> resources, List<RuleViolation> violations) {
    UUID id = given;
    if (id == null) {
      id =
          resources.stream()
              .filter(
                  top -> resources.stream().allMatch(r -> r.unitPath().startsWith(top.unitPath())))
              .map(PlacedResource::orgUnitId)
              .findFirst()
              .orElse(null);
      if (id == null) {
        violations.add(
            new RuleViolation("resourceIds", "one-centre", "booking.resourceIds.one-centre"));
        return Optional.empty();
      }
    }
    UUID wanted = id;
    Optional<BookingUnit> unit =
        resources.stream()
            .filter(r -> r.orgUnitId().equals(wanted))
            .findFirst()
            .map(r -> new BookingUnit(wanted, r.unitPath(), r.zone(), r.unitName()))
            .or(() -> calendars.unit(wanted));
    if (unit.isEmpty()) {
      violations.add(new RuleViolation("orgUnitId", "not-found", "booking.orgUnitId.not-found"));
      return Optional.empty();
    }
    String path = unit.get().path();
    if (!resources.stream().allMatch(r -> r.unitPath().startsWith(path))) {
      violations.add(
          new RuleViolation("resourceIds", "other-centre", "booking.resourceIds.other-centre"));
      return Optional.empty();
    }
    if (!access.mayBookIn(id, path)) {
      violations.add(
          new RuleViolation("orgUnitId", "not-allowed", "booking.orgUnitId.not-allowed"));
      return Optional.empty();
    }
    return unit;
  }
}
