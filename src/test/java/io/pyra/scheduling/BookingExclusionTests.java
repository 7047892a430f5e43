package io.pyra.scheduling;

import static io.pyra.scheduling.SchedulingFixtures.at;
import static io.pyra.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import io.pyra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * PostgreSQL's last guard against a double booking: a booking whose check saw the room free (the
 * other booking was not yet committed, and was written without the room's lock) runs into the
 * exclusion constraint when it stores its row; the answer is the same 409 with the conflicting
 * booking as the lock-then-look check gives, and nothing of the refused booking is stored.
 */
@PyraIntegrationTest
class BookingExclusionTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  SchedulingFixtures fixtures;
  OrgUnit centre;
  UserAccount booker;
  ApiClient api;
  UUID room;
  LocalDate day;

  @BeforeEach
  void setUp() {
    fixtures = new SchedulingFixtures(orgUnits, users, roles, jdbc, port);
    centre = fixtures.org().branch(ZONE.getId());
    booker = fixtures.user(centre, "CUSTOMER_SERVICE_ASSISTANT");
    api = fixtures.api(booker);
    room = fixtures.resource(centre, "ROOM", "Room 301");
    fixtures.hours(centre, LocalTime.of(9, 0), LocalTime.of(17, 0));
    day = LocalDate.now(ZONE).plusDays(9);
  }

  @Test
  void aBookingThatRunsIntoTheExclusionConstraintIsTheSameConflictAndStoresNothing()
      throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "the exclusion constraint is PostgreSQL's");
    UUID other = UUID.randomUUID();
    Instant otherStarts = at(day, 10, 0, ZONE);
    Instant otherEnds = at(day, 11, 0, ZONE);
    long bookingsBefore = fixtures.bookings();
    ApiClient.Response refused;
    try (Connection behind = dataSource.getConnection()) {
      behind.setAutoCommit(false);
      // written behind the service's back, not yet committed, and without the key-share lock its
      // foreign key would take on the room's row (the lock the service takes first): the service's
      // check cannot see it, only the constraint can
      try (var replica = behind.createStatement()) {
        replica.execute("set local session_replication_role = replica");
      }
      insertBooking(behind, other, "Held elsewhere", otherStarts, otherEnds);
      CompletableFuture<ApiClient.Response> answer =
          CompletableFuture.supplyAsync(
              () ->
                  api.post(
                      "/api/v1/bookings",
                      booking("Mine", at(day, 10, 30, ZONE), at(day, 11, 30, ZONE), room)));
      // the booking saw the room free and now waits on the constraint for the other row's fate
      waitForALockWait();
      behind.commit();
      refused = answer.get(60, TimeUnit.SECONDS);
    }

    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    JsonNode problem = refused.json();
    assertThat(problem.get("conflicts")).hasSize(1);
    JsonNode conflict = problem.get("conflicts").get(0);
    assertThat(conflict.get("bookingId").asString()).isEqualTo(other.toString());
    assertThat(conflict.get("title").asString()).isEqualTo("Held elsewhere");
    assertThat(conflict.get("resourceId").asString()).isEqualTo(room.toString());
    assertThat(Instant.parse(conflict.get("startsAt").asString())).isEqualTo(otherStarts);
    assertThat(Instant.parse(conflict.get("endsAt").asString())).isEqualTo(otherEnds);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("resourceIds");
    assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("taken");
    // the other booking only: no booking row and no hold of the refused one
    assertThat(fixtures.bookings()).isEqualTo(bookingsBefore + 1);
    assertThat(fixtures.activeHolds(room)).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from scheduling_booking where title = 'Mine'")
                .query(Long.class)
                .single())
        .isZero();
  }

  private void insertBooking(
      Connection connection, UUID id, String title, Instant starts, Instant ends) throws Exception {
    try (PreparedStatement booking =
        connection.prepareStatement(
            """
            insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status,
              org_unit_id, booked_by, ical_uid, sequence, version, created_at, updated_at)
            values (?, 'MEETING', ?, ?, ?, 'CONFIRMED', ?, ?, ?, 0, 0, now(), now())""")) {
      booking.setObject(1, id);
      booking.setString(2, title);
      booking.setTimestamp(3, Timestamp.from(starts));
      booking.setTimestamp(4, Timestamp.from(ends));
      booking.setObject(5, centre.id());
      booking.setObject(6, booker.id());
      booking.setString(7, id + "@elsewhere");
      booking.executeUpdate();
    }
    try (PreparedStatement hold =
        connection.prepareStatement(
            """
            insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at,
              active) values (?, ?, ?, ?, true)""")) {
      hold.setObject(1, id);
      hold.setObject(2, room);
      hold.setTimestamp(3, Timestamp.from(starts));
      hold.setTimestamp(4, Timestamp.from(ends));
      hold.executeUpdate();
    }
  }

  /**
   * Until the booking's insert of its hold waits on a lock: the exclusion constraint waiting for
   * the other row's transaction to end.
   */
  private void waitForALockWait() throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      long waiting =
          jdbc.sql(
                  """
                  select count(*) from pg_stat_activity
                   where datname = current_database() and wait_event_type = 'Lock'
                     and query like '%insert into scheduling_booking_resource%'""")
              .query(Long.class)
              .single();
      if (waiting > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the booking's hold never came to wait on the other row");
  }
}
