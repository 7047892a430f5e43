package io.pyra.scheduling.booking;

import java.time.Instant;
import java.util.List;

/**
 * The wanted resources are taken (the API answers 409): the conflicting bookings, other resources
 * free for that time, and the next times the same resources are free together; nothing was stored.
 */
public class BookingConflictException extends RuntimeException {

  private final List<BookingConflict> conflicts;
  private final List<FreeResource> freeResources;
  private final List<Instant> nextFreeStarts;

  public BookingConflictException(
      List<BookingConflict> conflicts,
      List<FreeResource> freeResources,
      List<Instant> nextFreeStarts) {
    super("resources taken: " + conflicts.size() + " conflicting booking(s)");
    this.conflicts = List.copyOf(conflicts);
    this.freeResources = List.copyOf(freeResources);
    this.nextFreeStarts = List.copyOf(nextFreeStarts);
  }

  public List<BookingConflict> conflicts() {
    return conflicts;
  }

  public List<FreeResource> freeResources() {
    return freeResources;
  }

  public List<Instant> nextFreeStarts() {
    return nextFreeStarts;
  }
}
