package io.pyra.scheduling.booking;

import io.pyra.scheduling.resource.PlacedResource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What to offer instead of taken resources: up to {@value #MAX_RESOURCES} other active resources of
 * the same kind and centre free for every wanted interval, and up to {@value #MAX_STARTS} later
 * starts (on a {@value #STEP_MINUTES}-minute grid of the opening hours, the same day and the
 * {@value #DAYS_AHEAD} days after) at which all the wanted resources are free together.
 */
@Component
class Alternatives {

  static final int MAX_RESOURCES = 5;
  static final int MAX_STARTS = 3;
  static final int DAYS_AHEAD = 14;
  static final int STEP_MINUTES = 15;

  private final ResourceCalendars calendars;

  Alternatives(ResourceCalendars calendars) {
    this.calendars = calendars;
  }

  BookingConflictException refusal(
      Placed placed, List<Interval> wanted, List<BookingConflict> conflicts, UUID except) {
    List<Instant> starts =
        wanted.size() == 1 ? nextStarts(placed, except, Instant.now()) : List.of();
    return new BookingConflictException(
        conflicts, freeResources(placed, wanted, conflicts), starts);
  }

  private List<FreeResource> freeResources(
      Placed placed, List<Interval> wanted, List<BookingConflict> conflicts) {
    Map<UUID, PlacedResource> takenOnes = new LinkedHashMap<>();
    for (BookingConflict c : conflicts) {
      placed.resources().stream()
          .filter(r -> r.id().equals(c.resourceId()))
          .forEach(r -> takenOnes.put(r.id(), r));
    }
    Instant from = wanted.get(0).start();
    Instant to = wanted.get(wanted.size() - 1).end();
    List<FreeResource> free = new ArrayList<>();
    Set<UUID> offered = new HashSet<>();
    for (PlacedResource taken : takenOnes.values()) {
      List<PlacedResource> others =
          calendars.others(taken.orgUnitId(), taken.kind(), placed.resourceIds());
      Map<UUID, ResourceCalendar> loaded = calendars.load(others, from, to);
      for (PlacedResource other : others) {
        ResourceCalendar calendar = loaded.get(other.id());
        boolean freeThroughout =
            wanted.stream()
                .allMatch(
                    w ->
                        (placed.purpose() == BookingPurpose.EXTERNAL
                                || calendar.withinHours(w.start(), w.end()))
                            && !calendar.closed(w.start(), w.end())
                            && calendar.takenDuring(w.start(), w.end(), null).isEmpty());
        if (freeThroughout && free.size() < MAX_RESOURCES && offered.add(other.id())) {
          free.add(
              new FreeResource(other.id(), other.kind(), other.code(), other.name(), taken.id()));
        }
      }
    }
    return free;
  }

  /** The next starts after the wanted one at which every wanted resource is free. */
  List<Instant> nextStarts(Placed placed, UUID except, Instant now) {
    Duration length = Duration.between(placed.startsAt(), placed.endsAt());
    LocalDate first = placed.startsAt().atZone(placed.zone()).toLocalDate();
    Instant from = first.atStartOfDay(placed.zone()).toInstant();
    Instant to = first.plusDays(DAYS_AHEAD + 2L).atStartOfDay(placed.zone()).toInstant();
    Map<UUID, ResourceCalendar> loaded = calendars.load(placed.resources(), from, to);
    ResourceCalendar lead = loaded.get(placed.resources().get(0).id());
    List<Instant> starts = new ArrayList<>();
    for (LocalDate day = first;
        !day.isAfter(first.plusDays(DAYS_AHEAD)) && starts.size() < MAX_STARTS;
        day = day.plusDays(1)) {
      for (Interval window : lead.windows(day)) {
        for (Instant start = window.start();
            !start.plus(length).isAfter(window.end()) && starts.size() < MAX_STARTS;
            start = start.plus(Duration.ofMinutes(STEP_MINUTES))) {
          Instant begin = start;
          Instant end = start.plus(length);
          if (begin.isAfter(placed.startsAt())
              && !begin.isBefore(now)
              && loaded.values().stream().allMatch(c -> c.free(begin, end, except))) {
            starts.add(begin);
          }
        }
      }
    }
    return starts;
  }
}
