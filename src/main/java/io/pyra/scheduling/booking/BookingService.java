package io.pyra.scheduling.booking;

import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.platform.bulk.BulkRows;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.scheduling.BookingCancelled;
import io.pyra.scheduling.BookingChanged;
import io.pyra.scheduling.BookingId;
import io.pyra.scheduling.BookingMade;
import io.pyra.scheduling.resource.PlacedResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Books resources for the signed-in user, moves and cancels bookings. A booking is checked field by
 * field (a 422 naming each, nothing stored, see {@link BookingRules}) and against its resources'
 * opening hours and closures. Then the database keeps it from overlapping another booking of any of
 * its resources: on PostgreSQL the exclusion constraint does (the booking is inserted at once, and
 * its violation is the conflict); on H2 the resources' rows are locked in id order and the active
 * bookings overlapping it looked for. A conflict is a {@link BookingConflictException} (409) with
 * the conflicting bookings and the alternatives. Each booking, change and cancellation is published
 * with the booking's iCalendar SEQUENCE (0, then one more per change).
 */
@Service
public class BookingService {

  public static final String RECORD_TYPE = "booking";

  private final BookingRules rules;
  private final ResourceCalendars calendars;
  private final BookingStore store;
  private final BookingDirectory directory;
  private final BookingAccess access;
  private final Alternatives alternatives;
  private final ConflictGuard guard;
  private final ApplicationEventPublisher events;
  private final BulkRows database;

  BookingService(
      BookingRules rules,
      ResourceCalendars calendars,
      BookingStore store,
      BookingDirectory directory,
      BookingAccess access,
      Alternatives alternatives,
      ConflictGuard guard,
      ApplicationEventPublisher events,
      BulkRows database) {
    this.rules = rules;
    this.calendars = calendars;
    this.store = store;
    this.directory = directory;
    this.access = access;
    this.alternatives = alternatives;
    this.guard = guard;
    this.events = events;
    this.database = database;
  }

  /** Books the resources; the booking as stored (made from what was written, not read back). */
  public Booking book(BookResources command) {
    requireWrite();
    // to the microsecond, as the database keeps it: the answer is not read back
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Placed placed = rules.place(truncated(command), now);
    UUID id = Ids.newId();
    String icalUid = BookingStore.icalUid();
    guarded(
        placed,
        null,
        () -> {
          holdable(placed, null);
          store.insert(id, icalUid, placed, access.me(), null, now);
          events.publishEvent(new BookingMade(new BookingId(id), 0, new UserId(access.me())));
          return null;
        });
    return made(id, icalUid, placed, now);
  }

  /** The booking just made, as {@link BookingDirectory} would read it. */
  private Booking made(UUID id, String icalUid, Placed placed, Instant now) {
    return new Booking(
        id,
        placed.purpose(),
        placed.title(),
        placed.startsAt(),
        placed.endsAt(),
        BookingStatus.CONFIRMED,
        placed.orgUnitId(),
        placed.orgUnitName(),
        placed.zone().getId(),
        access.me(),
        access.myName(),
        null,
        placed.note(),
        icalUid,
        0,
        null,
        null,
        null,
        placed.resources().stream()
            .map(r -> new Booking.BookedResource(r.id(), r.kind(), r.code(), r.name()))
            .sorted(BookingDirectory.RESOURCE_ORDER)
            .toList(),
        now,
        0);
  }

  /**
   * Moves a confirmed booking to another time (and, when {@code resourceIds} is not null, other
   * resources of its unit), against the version read ({@code expectedVersion}).
   */
  public Booking move(
      UUID id, Instant startsAt, Instant endsAt, List<UUID> resourceIds, long expectedVersion) {
    Booking booking = reachable(id, BookingAccess.WRITE);
    checkVersion(booking, expectedVersion);
    confirmed(booking);
    List<UUID> ids =
        resourceIds == null
            ? booking.resources().stream().map(Booking.BookedResource::id).toList()
            : resourceIds;
    Placed placed =
        rules.place(
            truncated(
                new BookResources(
                    booking.purpose(),
                    booking.title(),
                    startsAt,
                    endsAt,
                    ids,
                    booking.orgUnitId(),
                    booking.note())),
            Instant.now());
    guarded(
        placed,
        id,
        () -> {
          holdable(placed, id);
          if (!store.move(id, expectedVersion, placed, Instant.now())) {
            throw new StaleVersionException(RECORD_TYPE, expectedVersion, booking.version());
          }
          events.publishEvent(
              new BookingChanged(
                  new BookingId(id), booking.sequence() + 1, new UserId(access.me())));
          return null;
        });
    return directory.load(id).orElseThrow();
  }

  /** Cancels a confirmed booking (freeing its resources), saying why, against the version read. */
  public Booking cancel(UUID id, String reason, long expectedVersion) {
    Booking booking = reachable(id, BookingAccess.WRITE);
    checkVersion(booking, expectedVersion);
    List<RuleViolation> violations = new ArrayList<>();
    String why = BookingRules.text(reason, "reason", BookingRules.REASON_MAX, violations);
    BookingRules.refuse(violations);
    confirmed(booking);
    guard.inTransaction(
        () -> {
          if (!store.cancel(id, expectedVersion, access.me(), why, Instant.now())) {
            throw new StaleVersionException(RECORD_TYPE, expectedVersion, booking.version());
          }
          events.publishEvent(
              new BookingCancelled(
                  new BookingId(id), booking.sequence() + 1, new UserId(access.me())));
          return null;
        });
    return directory.load(id).orElseThrow();
  }

  /** The booking when the user's {@code permission} reaches it; not found when not seen. */
  public Booking reachable(UUID id, String permission) {
    Booking booking =
        directory.load(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    if (!access.reaches(BookingAccess.READ, booking.bookedBy(), booking.orgUnitId())) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    if (!access.reaches(permission, booking.bookedBy(), booking.orgUnitId())) {
      throw new AccessRefusedException(permission + " does not reach booking " + id);
    }
    return booking;
  }

  /**
   * Open and not closed (a 422), and, on H2, under the resources' locks not taken (a 409 with the
   * alternatives). On PostgreSQL the exclusion constraint refuses a taken resource when the booking
   * is written, and {@link #guarded} answers the same 409.
   */
  void holdable(Placed placed, UUID except) {
    boolean constrained = database.postgres();
    if (!constrained) {
      calendars.lock(placed.resourceIds());
    }
    Map<UUID, ResourceCalendar> loaded = calendars.load(placed, !constrained);
    List<RuleViolation> violations = new ArrayList<>();
    rules.available(placed, loaded, "startsAt", violations);
    BookingRules.refuse(violations);
    if (constrained) {
      return;
    }
    List<BookingConflict> conflicts = conflicts(placed, loaded, except);
    if (!conflicts.isEmpty()) {
      throw alternatives.refusal(
          placed, List.of(new Interval(placed.startsAt(), placed.endsAt())), conflicts, except);
    }
  }

  /**
   * The active bookings of the loaded calendars that overlap the placed time, but {@code except}.
   */
  static List<BookingConflict> conflicts(
      Placed placed, Map<UUID, ResourceCalendar> loaded, UUID except) {
    List<BookingConflict> conflicts = new ArrayList<>();
    for (PlacedResource resource : placed.resources()) {
      for (Taken taken :
          loaded.get(resource.id()).takenDuring(placed.startsAt(), placed.endsAt(), except)) {
        conflicts.add(
            new BookingConflict(
                taken.bookingId(),
                taken.title(),
                taken.startsAt(),
                taken.endsAt(),
                resource.id(),
                resource.name(),
                placed.startsAt()));
      }
    }
    return conflicts;
  }

  private <T> T guarded(Placed placed, UUID except, Supplier<T> work) {
    return guard.run(
        work,
        () -> {
          Map<UUID, ResourceCalendar> loaded =
              calendars.load(placed.resources(), placed.startsAt(), placed.endsAt());
          return alternatives.refusal(
              placed,
              List.of(new Interval(placed.startsAt(), placed.endsAt())),
              conflicts(placed, loaded, except),
              except);
        });
  }

  private void requireWrite() {
    if (!access.has(BookingAccess.WRITE)) {
      throw new AccessRefusedException("may not book resources");
    }
  }

  private static void confirmed(Booking booking) {
    if (booking.status() != BookingStatus.CONFIRMED) {
      throw new BusinessRuleException("status", "cancelled", "booking.status.cancelled");
    }
  }

  private static void checkVersion(Booking booking, long version) {
    if (booking.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, booking.version());
    }
  }

  /** Times to the second, as stored alike on H2 and PostgreSQL. */
  static BookResources truncated(BookResources command) {
    return new BookResources(
        command.purpose(),
        command.title(),
        command.startsAt() == null ? null : command.startsAt().truncatedTo(ChronoUnit.SECONDS),
        command.endsAt() == null ? null : command.endsAt().truncatedTo(ChronoUnit.SECONDS),
        command.resourceIds(),
        command.orgUnitId(),
        command.note());
  }
}
