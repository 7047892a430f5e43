package io.pyra.scheduling.setup;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.scheduling.BookingCancelled;
import io.pyra.scheduling.BookingChanged;
import io.pyra.scheduling.BookingId;
import io.pyra.scheduling.SessionId;
import io.pyra.scheduling.SessionScheduled;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Centres, technicians, PC sets, instructors, profiles and class-session bookings for the set-up
 * tests, which share one database: every unit, user, resource and code is new. Bookings and their
 * sessions are written with SQL (as the booking and session services store them) and their events
 * published as those services do, after the rows are committed.
 */
final class SetupFixtures {

  final OrgFixtures org;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final int port;

  SetupFixtures(
      OrgUnitService orgUnits,
      UserService users,
      RoleService roles,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.port = port;
  }

  UserAccount user(OrgUnit unit, String role) {
    return org.member(unit).roles(role).speaking("en").create();
  }

  ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  static String code(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** A profile body. */
  static Map<String, Object> profile(String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Office course PCs");
    body.put("operatingSystem", "Windows 11 Pro 23H2");
    body.put("software", "Microsoft Office 2021\nAdobe Reader 2024\nChrome 130");
    body.put("securityPolicy", "No USB storage; students sign in as guest");
    return body;
  }

  /** An active profile, written with SQL; answers its id. */
  UUID profile() {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_setup_profile (id, code, name, operating_system, software,
              security_policy, active, version, created_at, updated_at)
            values (:id, :code, 'Excel course', 'Windows 11', 'Excel 2021', null, true, 0, :now,
              :now)""")
        .param("id", id)
        .param("code", code("P"))
        .param("now", SqlTime.utc(Instant.now()))
        .update();
    return id;
  }

  /** An active resource of the centre; PC sets and rooms with {@code seats}. */
  UUID resource(OrgUnit unit, String kind, String name, Integer seats, UUID userId) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity, user_id,
              active, version, created_at, updated_at)
            values (:id, :kind, :code, :name, :unit, :capacity, :user, true, 0, :now, :now)""")
        .param("id", id)
        .param("kind", kind)
        .param("code", code("R"))
        .param("name", name)
        .param("unit", unit.id())
        .param("capacity", seats)
        .param("user", userId)
        .param("now", SqlTime.utc(Instant.now()))
        .update();
    return id;
  }

  UUID pcSet(OrgUnit unit, String name, int seats) {
    return resource(unit, "PC_SET", name, seats, null);
  }

  UUID instructor(OrgUnit unit, UserAccount teacher) {
    return resource(unit, "INSTRUCTOR", teacher.displayName(), null, teacher.id());
  }

  /**
   * A confirmed class-session booking of the resources and, when {@code profileId} is not null, its
   * session naming that profile; its invitation due (and SessionScheduled for a session published).
   * Answers the booking's id.
   */
  UUID session(
      OrgUnit unit,
      String title,
      Instant starts,
      Instant ends,
      UUID profileId,
      UserAccount by,
      UUID... resources) {
    UUID id = UUID.randomUUID();
    transaction.executeWithoutResult(
        s -> {
          jdbc.sql(
                  """
                  insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status,
                    org_unit_id, booked_by, ical_uid, sequence, version, created_at, updated_at)
                  values (:id, 'CLASS_SESSION', :title, :starts, :ends, 'CONFIRMED', :unit, :by,
                    :uid, 0, 0, :now, :now)""")
              .param("id", id)
              .param("title", title)
              .param("starts", SqlTime.utc(starts))
              .param("ends", SqlTime.utc(ends))
              .param("unit", unit.id())
              .param("by", by.id())
              .param("uid", id + "@pyra.test")
              .param("now", SqlTime.utc(Instant.now()))
              .update();
          holds(id, starts, ends, List.of(resources));
          if (profileId != null) {
            UUID session = UUID.randomUUID();
            jdbc.sql(
                    """
                    insert into scheduling_session (id, booking_id, product_id, kind, capacity,
                      enrolled, setup_profile_id, created_by, version, created_at, updated_at)
                    values (:id, :booking, :product, 'GROUP', 10, 0, :profile, :by, 0, :now,
                      :now)""")
                .param("id", session)
                .param("booking", id)
                .param("product", UUID.randomUUID())
                .param("profile", profileId)
                .param("by", by.id())
                .param("now", SqlTime.utc(Instant.now()))
                .update();
            events.publishEvent(new SessionScheduled(new SessionId(session), new BookingId(id)));
          }
          // its invitation due, as a new booking is written with it
          jdbc.sql(
                  """
                  insert into scheduling_notice_due (booking_id, sequence, what, due_at, attempts,
                    next_at)
                  values (:id, 0, 'made', :now, 0, :now)""")
              .param("id", id)
              .param("now", SqlTime.utc(Instant.now()))
              .update();
        });
    return id;
  }

  /** Moves the booking (and, when given, onto other resources); BookingChanged published. */
  void move(UUID booking, Instant starts, Instant ends, int sequence, UUID... resources) {
    transaction.executeWithoutResult(
        s -> {
          jdbc.sql(
                  """
                  update scheduling_booking set starts_at = :s, ends_at = :e, sequence = :q,
                         version = version + 1
                   where id = :id""")
              .param("s", SqlTime.utc(starts))
              .param("e", SqlTime.utc(ends))
              .param("q", sequence)
              .param("id", booking)
              .update();
          List<UUID> held =
              resources.length > 0
                  ? List.of(resources)
                  : jdbc.sql(
                          "select resource_id from scheduling_booking_resource where booking_id = :id")
                      .param("id", booking)
                      .query(UUID.class)
                      .list();
          jdbc.sql("delete from scheduling_booking_resource where booking_id = :id")
              .param("id", booking)
              .update();
          holds(booking, starts, ends, held);
          events.publishEvent(new BookingChanged(new BookingId(booking), sequence, null));
        });
  }

  /** Cancels the booking; BookingCancelled published. */
  void cancel(UUID booking, int sequence) {
    transaction.executeWithoutResult(
        s -> {
          jdbc.sql(
                  """
                  update scheduling_booking set status = 'CANCELLED', sequence = :q,
                         cancelled_at = :now, version = version + 1
                   where id = :id""")
              .param("q", sequence)
              .param("now", SqlTime.utc(Instant.now()))
              .param("id", booking)
              .update();
          jdbc.sql("update scheduling_booking_resource set active = false where booking_id = :id")
              .param("id", booking)
              .update();
          events.publishEvent(new BookingCancelled(new BookingId(booking), sequence, null));
        });
  }

  private void holds(UUID booking, Instant starts, Instant ends, List<UUID> resources) {
    for (UUID resource : resources) {
      jdbc.sql(
              """
              insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at,
                active)
              values (:b, :r, :s, :e, true)""")
          .param("b", booking)
          .param("r", resource)
          .param("s", SqlTime.utc(starts))
          .param("e", SqlTime.utc(ends))
          .update();
    }
  }

  /** The booking's set-up requests as (resource id → status, due, machines), waiting for them. */
  List<Map<String, Object>> requests(UUID booking) {
    return jdbc.sql(
            """
            select id, resource_id, status, due_at, machines, technician_id
              from scheduling_setup_request where booking_id = :b order by resource_id""")
        .param("b", booking)
        .query()
        .listOfRows();
  }

  /**
   * Waits (at most 30 s) until the booking's requests match: the event listener runs after the
   * commit, on another thread.
   */
  List<Map<String, Object>> awaitRequests(
      UUID booking, java.util.function.Predicate<List<Map<String, Object>>> done)
      throws InterruptedException {
    List<Map<String, Object>> rows = requests(booking);
    for (int i = 0; i < 300 && !done.test(rows); i++) {
      Thread.sleep(100);
      rows = requests(booking);
    }
    return rows;
  }

  long machineRows(UUID request, String state) {
    return jdbc.sql(
            "select count(*) from scheduling_setup_machine where request_id = :r and state = :s")
        .param("r", request)
        .param("s", state)
        .query(Long.class)
        .single();
  }

  JdbcClient jdbc() {
    return jdbc;
  }
}
