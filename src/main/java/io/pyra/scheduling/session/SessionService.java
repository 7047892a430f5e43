package io.pyra.scheduling.session;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.sales.CatalogueItemId;
import io.pyra.sales.Course;
import io.pyra.sales.ProductId;
import io.pyra.sales.SalesApi;
import io.pyra.scheduling.BookingId;
import io.pyra.scheduling.ResourceId;
import io.pyra.scheduling.SessionId;
import io.pyra.scheduling.SessionScheduled;
import io.pyra.scheduling.booking.BookResources;
import io.pyra.scheduling.booking.Booking;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingPurpose;
import io.pyra.scheduling.booking.BookingService;
import io.pyra.scheduling.resource.Instructors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules a course's session: checks it field by field (a 422 naming each: the course known and
 * offered, the room, PC set, projector and instructor of their kinds, the capacity within the
 * room's and the PC set's, the instructor qualified for the course, the profile active, the end
 * after the start), then books its resources (purpose CLASS_SESSION: the booking's own checks —
 * opening hours, closures, the instructor's leave, conflicts with their alternatives — apply) and
 * writes the session, in one transaction.
 */
@Service
public class SessionService {

  public static final String WRITE = "session.write";
  public static final String RECORD_TYPE = "session";

  private final BookingService bookings;
  private final BookingAccess access;
  private final SalesApi sales;
  private final Instructors instructors;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  SessionService(
      BookingService bookings,
      BookingAccess access,
      SalesApi sales,
      Instructors instructors,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.bookings = bookings;
    this.access = access;
    this.sales = sales;
    this.instructors = instructors;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Schedules a group session; its id. */
  @Transactional
  public UUID schedule(ScheduleSession command) {
    return schedule(command, SessionKind.GROUP);
  }

  @Transactional
  UUID schedule(ScheduleSession command, SessionKind kind) {
    if (!access.has(WRITE)) {
      throw new AccessRefusedException("may not schedule sessions");
    }
    List<RuleViolation> violations = new ArrayList<>();
    Course course = course(command.productId(), violations);
    times(command, violations);
    Integer capacity = command.capacity();
    if (capacity == null) {
      violations.add(new RuleViolation("capacity", "required", "session.capacity.required"));
    } else if (capacity < 1 || capacity > MAX_CAPACITY) {
      violations.add(
          new RuleViolation("capacity", "range", "session.capacity.range", MAX_CAPACITY));
    }
    Optional<Held> room = held("roomId", command.roomId(), "ROOM", true, violations);
    Optional<Held> pcSet = held("pcSetId", command.pcSetId(), "PC_SET", false, violations);
    held("projectorId", command.projectorId(), "PROJECTOR", false, violations);
    Optional<Held> instructor =
        held("instructorId", command.instructorId(), "INSTRUCTOR", true, violations);
    if (capacity != null) {
      room.filter(r -> r.capacity() != null && capacity > r.capacity())
          .ifPresent(
              r ->
                  violations.add(
                      new RuleViolation(
                          "capacity", "over-room", "session.capacity.over-room", r.capacity())));
      pcSet
          .filter(r -> r.capacity() != null && capacity > r.capacity())
          .ifPresent(
              r ->
                  violations.add(
                      new RuleViolation(
                          "capacity", "over-seats", "session.capacity.over-seats", r.capacity())));
    }
    if (course != null
        && instructor.isPresent()
        && !instructors.qualifiedFor(
            new ResourceId(command.instructorId()), new CatalogueItemId(course.id().value()))) {
      violations.add(
          new RuleViolation("instructorId", "not-qualified", "session.instructor.not-qualified"));
    }
    profile(command.setupProfileId(), violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    List<UUID> resources = new ArrayList<>();
    for (UUID id :
        new UUID[] {
          command.roomId(), command.pcSetId(), command.projectorId(), command.instructorId()
        }) {
      if (id != null) {
        resources.add(id);
      }
    }
    Booking booking =
        bookings.book(
            new BookResources(
                BookingPurpose.CLASS_SESSION,
                course.name().length() > 200 ? course.name().substring(0, 200) : course.name(),
                command.startsAt(),
                command.endsAt(),
                resources,
                null,
                null));
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into scheduling_session (id, booking_id, product_id, kind, capacity, enrolled,
              setup_profile_id, created_by, version, created_at, updated_at)
            values (:id, :booking, :product, :kind, :capacity, 0, :profile, :by, 0, :now, :now)""")
        .param("id", id)
        .param("booking", booking.id())
        .param("product", course.id().value())
        .param("kind", kind.name())
        .param("capacity", capacity)
        .param("profile", command.setupProfileId())
        .param("by", access.me())
        .param("now", SqlTime.utc(now))
        .update();
    events.publishEvent(new SessionScheduled(new SessionId(id), new BookingId(booking.id())));
    return id;
  }

  /** The most customers a session takes. */
  public static final int MAX_CAPACITY = 500;

  private Course course(UUID productId, List<RuleViolation> violations) {
    if (productId == null) {
      violations.add(new RuleViolation("productId", "required", "session.course.required"));
      return null;
    }
    Optional<Course> course = sales.course(new ProductId(productId)).filter(Course::active);
    if (course.isEmpty()) {
      violations.add(new RuleViolation("productId", "unknown", "session.course.unknown"));
      return null;
    }
    return course.get();
  }

  private static void times(ScheduleSession command, List<RuleViolation> violations) {
    if (command.startsAt() == null) {
      violations.add(new RuleViolation("startsAt", "required", "session.starts.required"));
    }
    if (command.endsAt() == null) {
      violations.add(new RuleViolation("endsAt", "required", "session.ends.required"));
    } else if (command.startsAt() != null && !command.endsAt().isAfter(command.startsAt())) {
      violations.add(new RuleViolation("endsAt", "after-start", "session.ends.after-start"));
    }
  }

  private void profile(UUID profileId, List<RuleViolation> violations) {
    if (profileId == null) {
      return;
    }
    boolean active =
        jdbc.sql("select count(*) from scheduling_setup_profile where id = :id and active = true")
                .param("id", profileId)
                .query(Long.class)
                .single()
            > 0;
    if (!active) {
      violations.add(new RuleViolation("setupProfileId", "unknown", "session.profile.unknown"));
    }
  }

  /** A resource the session holds, with its capacity (room: people, PC set: seats). */
  private record Held(UUID id, Integer capacity) {}

  private Optional<Held> held(
      String field, UUID id, String kind, boolean required, List<RuleViolation> violations) {
    if (id == null) {
      if (required) {
        violations.add(new RuleViolation(field, "required", "session.resource.required"));
      }
      return Optional.empty();
    }
    Optional<Held> found =
        jdbc.sql(
                """
                select id, capacity from scheduling_resource
                 where id = :id and kind = :kind and active = true""")
            .param("id", id)
            .param("kind", kind)
            .query((rs, n) -> new Held(rs.getObject(1, UUID.class), (Integer) rs.getObject(2)))
            .optional();
    if (found.isEmpty()) {
      violations.add(new RuleViolation(field, "kind", "session.resource.kind"));
    }
    return found;
  }
}
