package io.pyra.scheduling.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource's time over a period, read once by {@link Availability#timeOf}: the week of opening
 * hours that counts for it (its own, else its centre's, else every day 08:00–22:00) on its centre's
 * clock, and the closures, holidays and leave that concern it (leave first). The one rule of
 * whether a resource is open: every check of availability, of a booking, a series, the alternatives
 * and the free slots asks it.
 */
public final class ResourceTime {

  private final List<OpeningInterval> week;
  private final ZoneId zone;
  private final List<Closure> closures;

  ResourceTime(List<OpeningInterval> week, ZoneId zone, List<Closure> closures) {
    this.week = List.copyOf(week);
    this.zone = zone;
    this.closures = List.copyOf(closures);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The closures read for the period, leave first, then by start. */
  public List<Closure> closures() {
    return closures;
  }

  /** Whether {@code [start, end)} lies wholly within open time (touching intervals join). */
  public boolean open(Instant start, Instant end) {
    return OpenTimes.covers(week, zone, start, end);
  }

  /** The first closure (leave first) that overlaps {@code [start, end)}. */
  public Optional<Closure> closureDuring(Instant start, Instant end) {
    return closures.stream()
        .filter(c -> c.startsAt().isBefore(end) && c.endsAt().isAfter(start))
        .findFirst();
  }

  /** The open windows of a day on the resource's clock, touching intervals joined. */
  public List<OpenWindow> windows(LocalDate day) {
    return OpenTimes.windows(week, zone, day);
  }

  /**
   * Every reason the resource may not be held over {@code [start, end)}: on leave or closed (the
   * first closure found), then outside the hours; empty when available.
   */
  public List<Unavailability> reasons(Instant start, Instant end) {
    List<Unavailability> reasons = new ArrayList<>();
    closureDuring(start, end)
        .ifPresent(
            c ->
                reasons.add(
                    c.kind() == ClosureKind.LEAVE
                        ? Unavailability.ON_LEAVE
                        : Unavailability.CLOSED));
    if (!open(start, end)) {
      reasons.add(Unavailability.OUTSIDE_HOURS);
    }
    return reasons;
  }

  /** The answer of {@link Availability#check} for an active resource. */
  public AvailabilityAnswer answer(Instant start, Instant end) {
    List<Unavailability> reasons = reasons(start, end);
    if (reasons.isEmpty()) {
      return AvailabilityAnswer.AVAILABLE;
    }
    Unavailability first = reasons.get(0);
    return first == Unavailability.OUTSIDE_HOURS
        ? AvailabilityAnswer.not(first)
        : new AvailabilityAnswer(first, closureDuring(start, end).orElseThrow());
  }
}
