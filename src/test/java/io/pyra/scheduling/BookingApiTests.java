package io.pyra.scheduling;

import static io.pyra.scheduling.SchedulingFixtures.at;
import static io.pyra.scheduling.SchedulingFixtures.booking;
import static io.pyra.scheduling.SchedulingFixtures.postIfMatch;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bookings over the API: booked within the centre's hours on its clock (a centre in New York),
 * refused naming the field for each bad input and storing nothing; a taken room is a 409 with the
 * conflicting booking, the free rooms of the centre and the next free starts, while a booking that
 * begins when another ends is made; ten people booking one room at once: exactly one wins; weekly
 * series all or nothing, with exceptions, across a change of daylight saving time in London;
 * cancelling frees the slot, moving onto a conflict changes nothing; another branch sees nothing.
 */
@PyraIntegrationTest
class BookingApiTests {

  static final ZoneId ZONE = ZoneId.of("America/New_York");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  SchedulingFixtures fixtures;
  OrgUnit centre;
  UserAccount booker;
  ApiClient api;
  UUID room;
  UUID otherRoom;
  UUID projector;
  LocalDate day;

  @BeforeEach
  void setUp() {
    fixtures = new SchedulingFixtures(orgUnits, users, roles, jdbc, port);
    centre = fixtures.org().branch(ZONE.getId());
    booker = fixtures.user(centre, "CUSTOMER_SERVICE_ASSISTANT");
    api = fixtures.api(booker);
    room = fixtures.resource(centre, "ROOM", "Room 101");
    otherRoom = fixtures.resource(centre, "ROOM", "Room 102");
    projector = fixtures.resource(centre, "PROJECTOR", "Projector A");
    fixtures.hours(centre, LocalTime.of(9, 0), LocalTime.of(17, 0));
    day = LocalDate.now(ZONE).plusDays(7);
  }

  @Test
  void aBookingHoldsItsResourcesAndIsReadBack() {
    ApiClient.Response booked =
        api.post(
            "/api/v1/bookings",
            booking("Team meeting", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), room, projector));
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    assertThat(booked.header("ETag")).isEqualTo("\"0\"");
    JsonNode body = booked.json();
    assertThat(body.get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(body.get("sequence").asInt()).isZero();
    assertThat(body.get("icalUid").asString()).endsWith("@pyra");
    assertThat(body.get("orgUnitId").asString()).isEqualTo(centre.id().toString());
    assertThat(body.get("timeZone").asString()).isEqualTo(ZONE.getId());
    assertThat(body.get("bookedBy").asString()).isEqualTo(booker.id().toString());
    assertThat(body.get("resources")).hasSize(2);
    String id = body.get("id").asString();

    ApiClient.Response read = api.get("/api/v1/bookings/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(Instant.parse(read.json().get("endsAt").asString())).isEqualTo(at(day, 11, 0, ZONE));
    // the 201 is made from what was written, not read back: it must be what a read answers
    assertThat(read.json()).isEqualTo(body);
    JsonNode list =
        api.get(
                "/api/v1/bookings?from="
                    + at(day, 0, 0, ZONE)
                    + "&to="
                    + at(day.plusDays(1), 0, 0, ZONE)
                    + "&resourceId="
                    + room)
            .json();
    assertThat(ids(list.get("items"))).containsExactly(id);
    assertThat(
            ids(
                api.get(
                        "/api/v1/bookings?from="
                            + at(day, 0, 0, ZONE)
                            + "&to="
                            + at(day.plusDays(1), 0, 0, ZONE)
                            + "&resourceId="
                            + otherRoom)
                    .json()
                    .get("items")))
        .isEmpty();
  }

  @Test
  void badBookingsAreRefusedNamingTheFieldAndStoreNothing() {
    long before = fixtures.bookings();
    assertThat(refused(booking("x", at(day, 11, 0, ZONE), at(day, 10, 0, ZONE), room)))
        .containsEntry("endsAt", "after-start");
    Map<String, Object> external =
        booking("import", at(day, 10, 0, ZONE), at(day.plusDays(1), 11, 0, ZONE), room);
    external.put("purpose", "EXTERNAL");
    assertThat(refused(external)).containsEntry("endsAt", "too-long");
    assertThat(
            refused(
                booking(
                    "x", Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600), room)))
        .containsEntry("startsAt", "past");
    assertThat(refused(booking("x", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), UUID.randomUUID())))
        .containsEntry("resourceIds", "not-found");
    UUID retired = fixtures.resource(centre, "ROOM", "Old room", false);
    assertThat(refused(booking("x", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), retired)))
        .containsEntry("resourceIds", "inactive");
    // a room of another branch is not one this booker sees
    UUID elsewhere = fixtures.resource(fixtures.org().branch(ZONE.getId()), "ROOM", "Far room");
    assertThat(refused(booking("x", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), elsewhere)))
        .containsEntry("resourceIds", "not-found");
    assertThat(refused(booking("x", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE))))
        .containsEntry("resourceIds", "required");
    UUID[] many = new UUID[21];
    for (int i = 0; i < many.length; i++) {
      many[i] = UUID.randomUUID();
    }
    assertThat(
            api.post(
                    "/api/v1/bookings",
                    booking("x", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), many))
                .status())
        .isBetween(400, 422);
    assertThat(refused(booking(" ", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), room)))
        .containsEntry("title", "required");
    // 08:30 New York is before the centre opens at 09:00, though 13:30 in London
    ApiClient.Response early =
        api.post(
            "/api/v1/bookings", booking("x", at(day, 8, 30, ZONE), at(day, 9, 30, ZONE), room));
    assertThat(early.refusedFields()).containsEntry("startsAt", "outside-hours");
    assertThat(early.json().get("errors").get(0).get("message").asString())
        .contains("Room 101", ZONE.getId());
    assertThat(refused(booking("x", at(day, 16, 30, ZONE), at(day, 17, 30, ZONE), room)))
        .containsEntry("startsAt", "outside-hours");
    // an external booking is not held to the hours
    Map<String, Object> night = booking("import", at(day, 6, 0, ZONE), at(day, 7, 0, ZONE), room);
    night.put("purpose", "EXTERNAL");
    assertThat(api.post("/api/v1/bookings", night).status()).isEqualTo(201);
    fixtures.closure(centre.id(), null, "HOLIDAY", at(day, 12, 0, ZONE), at(day, 14, 0, ZONE));
    assertThat(refused(booking("x", at(day, 13, 0, ZONE), at(day, 15, 0, ZONE), room)))
        .containsEntry("startsAt", "closed");
    fixtures.closure(null, projector, "CLOSURE", at(day, 15, 0, ZONE), at(day, 16, 0, ZONE));
    assertThat(refused(booking("x", at(day, 15, 30, ZONE), at(day, 16, 0, ZONE), projector)))
        .containsEntry("startsAt", "closed");
    ApiClient.Response wide =
        api.get(
            "/api/v1/bookings?from="
                + at(day, 0, 0, ZONE)
                + "&to="
                + at(day.plusDays(70), 0, 0, ZONE));
    assertThat(wide.refusedFields()).containsEntry("to", "range");
    assertThat(api.get("/api/v1/bookings").refusedFields()).containsKeys("from", "to");
    assertThat(fixtures.bookings()).isEqualTo(before + 1);

    ApiClient.Response chinese =
        api.send(
            api.builder("/api/v1/bookings")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"purpose\":\"MEETING\",\"title\":\"x\",\"startsAt\":\""
                            + at(day, 11, 0, ZONE)
                            + "\",\"endsAt\":\""
                            + at(day, 10, 0, ZONE)
                            + "\",\"resourceIds\":[\""
                            + room
                            + "\"]}")));
    assertThat(chinese.json().get("errors").get(0).get("message").asString())
        .contains("结束时间必须晚于开始时间");
  }

  @Test
  void aTakenRoomIsAConflictWithTheBookingAndTheAlternatives() {
    String first =
        api.post(
                "/api/v1/bookings",
                booking("Class", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), room))
            .json()
            .get("id")
            .asString();
    long before = fixtures.bookings();
    ApiClient.Response taken =
        api.post(
            "/api/v1/bookings",
            booking("Meeting", at(day, 10, 30, ZONE), at(day, 11, 30, ZONE), room));
    assertThat(taken.status()).as(taken.body()).isEqualTo(409);
    JsonNode problem = taken.json();
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("resourceIds");
    JsonNode conflict = problem.get("conflicts").get(0);
    assertThat(conflict.get("bookingId").asString()).isEqualTo(first);
    assertThat(conflict.get("title").asString()).isEqualTo("Class");
    assertThat(conflict.get("resourceName").asString()).isEqualTo("Room 101");
    assertThat(Instant.parse(conflict.get("startsAt").asString())).isEqualTo(at(day, 10, 0, ZONE));
    // the other room of the centre is free then; the projector is not a room
    List<String> free = new ArrayList<>();
    problem.get("freeResources").forEach(r -> free.add(r.get("id").asString()));
    assertThat(free).containsExactly(otherRoom.toString());
    // the same room is next free for an hour at 11:00, 11:15, 11:30 (a 15-minute grid)
    List<Instant> next = new ArrayList<>();
    problem.get("nextFreeStarts").forEach(s -> next.add(Instant.parse(s.asString())));
    assertThat(next)
        .containsExactly(at(day, 11, 0, ZONE), at(day, 11, 15, ZONE), at(day, 11, 30, ZONE));
    assertThat(fixtures.bookings()).isEqualTo(before);

    // touching end to start is no overlap
    assertThat(
            api.post(
                    "/api/v1/bookings",
                    booking("After", at(day, 11, 0, ZONE), at(day, 12, 0, ZONE), room))
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/bookings",
                    booking("Before", at(day, 9, 0, ZONE), at(day, 10, 0, ZONE), room))
                .status())
        .isEqualTo(201);
    assertThat(fixtures.activeHolds(room)).isEqualTo(3);
  }

  @Test
  void tenPeopleBookingOneRoomAtOnceExactlyOneWins() throws Exception {
    List<ApiClient> clients = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      clients.add(fixtures.api(fixtures.user(centre, "CUSTOMER_SERVICE_ASSISTANT")));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < clients.size(); i++) {
        ApiClient client = clients.get(i);
        // overlapping, never equal: 14:00–15:00, 14:05–15:05, …
        Map<String, Object> body =
            booking("Rush " + i, at(day, 14, 5 * i, ZONE), at(day, 15, 5 * i, ZONE), room);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.post("/api/v1/bookings", body).status();
                }));
      }
      start.countDown();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 409)).hasSize(9);
    assertThat(fixtures.activeHolds(room)).isEqualTo(1);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyBooksOnce() {
    Map<String, Object> body =
        booking("Retry", at(day, 15, 0, ZONE), at(day, 16, 0, ZONE), otherRoom);
    String key = UUID.randomUUID().toString();
    ApiClient.Response first = post(body, key);
    ApiClient.Response second = post(body, key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(fixtures.activeHolds(otherRoom)).isEqualTo(1);
  }

  @Test
  void cancellingFreesTheSlotAndMovingOntoAConflictChangesNothing() {
    ApiClient.Response first =
        api.post(
            "/api/v1/bookings", booking("One", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), room));
    ApiClient.Response second =
        api.post(
            "/api/v1/bookings", booking("Two", at(day, 12, 0, ZONE), at(day, 13, 0, ZONE), room));
    String path = "/api/v1/bookings/" + second.json().get("id").asString();

    Map<String, Object> onto =
        Map.of(
            "startsAt",
            at(day, 10, 30, ZONE).toString(),
            "endsAt",
            at(day, 11, 30, ZONE).toString());
    assertThat(postIfMatch(api, path + "/move", onto, null).status()).isEqualTo(428);
    ApiClient.Response refused = postIfMatch(api, path + "/move", onto, second.header("ETag"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    JsonNode unchanged = api.get(path).json();
    assertThat(unchanged.get("version").asLong()).isZero();
    assertThat(Instant.parse(unchanged.get("startsAt").asString())).isEqualTo(at(day, 12, 0, ZONE));

    Map<String, Object> later =
        Map.of(
            "startsAt", at(day, 14, 0, ZONE).toString(), "endsAt", at(day, 15, 0, ZONE).toString());
    ApiClient.Response moved = postIfMatch(api, path + "/move", later, second.header("ETag"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("sequence").asInt()).isEqualTo(1);
    assertThat(moved.header("ETag")).isEqualTo("\"1\"");
    assertThat(postIfMatch(api, path + "/move", onto, second.header("ETag")).status())
        .isEqualTo(412);

    String firstPath = "/api/v1/bookings/" + first.json().get("id").asString();
    ApiClient.Response cancelled =
        postIfMatch(
            api, firstPath + "/cancellation", Map.of("reason", "ill"), first.header("ETag"));
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().get("sequence").asInt()).isEqualTo(1);
    assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("ill");
    assertThat(
            postIfMatch(api, firstPath + "/cancellation", Map.of(), cancelled.header("ETag"))
                .refusedFields())
        .containsEntry("status", "cancelled");
    // the freed slot is bookable again, now the move's old one too
    assertThat(
            api.post(
                    "/api/v1/bookings",
                    booking("Again", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), room))
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/bookings",
                    booking("Noon", at(day, 12, 0, ZONE), at(day, 13, 0, ZONE), room))
                .status())
        .isEqualTo(201);
  }

  @Test
  void aUserOfAnotherBranchSeesNothingOfIt() {
    String id =
        api.post(
                "/api/v1/bookings",
                booking("Ours", at(day, 10, 0, ZONE), at(day, 11, 0, ZONE), room))
            .json()
            .get("id")
            .asString();
    ApiClient stranger =
        fixtures.api(
            fixtures.user(fixtures.org().branch(ZONE.getId()), "CUSTOMER_SERVICE_ASSISTANT"));
    assertThat(stranger.get("/api/v1/bookings/" + id).status()).isEqualTo(404);
    assertThat(
            ids(
                stranger
                    .get(
                        "/api/v1/bookings?from="
                            + at(day, 0, 0, ZONE)
                            + "&to="
                            + at(day.plusDays(1), 0, 0, ZONE))
                    .json()
                    .get("items")))
        .doesNotContain(id);
    assertThat(
            postIfMatch(stranger, "/api/v1/bookings/" + id + "/cancellation", Map.of(), "\"0\"")
                .status())
        .isEqualTo(404);
    assertThat(stranger.get("/api/v1/resources/" + room + "/free-slots?date=" + day).status())
        .isEqualTo(404);
  }

  @Test
  void aResourcesFreeSlotsAreItsHoursLessItsBookings() {
    api.post(
        "/api/v1/bookings",
        booking("Busy", at(day, 10, 0, ZONE), at(day, 11, 30, ZONE), otherRoom));
    JsonNode slots =
        api.get("/api/v1/resources/" + otherRoom + "/free-slots?date=" + day + "&minutes=60")
            .json();
    assertThat(slots.get("timeZone").asString()).isEqualTo(ZONE.getId());
    List<String> free = new ArrayList<>();
    slots
        .get("slots")
        .forEach(s -> free.add(s.get("from").asString() + "-" + s.get("to").asString()));
    assertThat(free).containsExactly("09:00:00-10:00:00", "11:30:00-17:00:00");
    assertThat(
            api.get("/api/v1/resources/" + otherRoom + "/free-slots?date=" + day + "&minutes=2")
                .refusedFields())
        .containsEntry("minutes", "range");
  }

  @Test
  void bookingAvailabilityAndFreeSlotsFollowOneRuleOfOpeningHours() {
    // 09:00–12:00 and 12:00–15:00 touch (one stretch of open time), 16:00–18:00 after a gap
    OrgUnit branch = fixtures.org().branch(ZONE.getId());
    UserAccount coordinator = fixtures.user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    ApiClient client = fixtures.api(coordinator);
    UUID hall = fixtures.resource(branch, "ROOM", "Hall");
    for (LocalTime[] interval :
        List.of(
            new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(12, 0), LocalTime.of(15, 0)},
            new LocalTime[] {LocalTime.of(16, 0), LocalTime.of(18, 0)})) {
      for (int weekday = 1; weekday <= 7; weekday++) {
        jdbc.sql(
                """
                insert into scheduling_hours (id, org_unit_id, weekday, opens_at, closes_at)
                values (:id, :unit, :day, :opens, :closes)""")
            .param("id", UUID.randomUUID())
            .param("unit", branch.id())
            .param("day", weekday)
            .param("opens", interval[0])
            .param("closes", interval[1])
            .update();
      }
    }
    // the room is closed 13:00–13:30
    fixtures.closure(null, hall, "CLOSURE", at(day, 13, 0, ZONE), at(day, 13, 30, ZONE));

    // across the touching intervals: made (the booking's own check once wanted one interval)
    ApiClient.Response across =
        client.post(
            "/api/v1/bookings",
            booking("Across", at(day, 11, 0, ZONE), at(day, 12, 30, ZONE), hall));
    assertThat(across.status()).as(across.body()).isEqualTo(201);
    assertThat(availability(client, hall, at(day, 11, 0, ZONE), at(day, 12, 30, ZONE)))
        .as("free of hours and closures; the booking is not availability's concern")
        .isEqualTo("none");
    // across the gap: refused by both
    assertThat(
            client
                .post(
                    "/api/v1/bookings",
                    booking("Gap", at(day, 14, 30, ZONE), at(day, 16, 30, ZONE), hall))
                .refusedFields())
        .containsEntry("startsAt", "outside-hours");
    assertThat(availability(client, hall, at(day, 14, 30, ZONE), at(day, 16, 30, ZONE)))
        .isEqualTo("OUTSIDE_HOURS");
    // on the closure: refused by both
    assertThat(
            client
                .post(
                    "/api/v1/bookings",
                    booking("Closed", at(day, 13, 0, ZONE), at(day, 14, 0, ZONE), hall))
                .refusedFields())
        .containsEntry("startsAt", "closed");
    assertThat(availability(client, hall, at(day, 13, 0, ZONE), at(day, 14, 0, ZONE)))
        .isEqualTo("CLOSED");

    // free: 09:00–15:00 as one window less the booking (11:00–12:30) and the closure (13:00–13:30)
    List<String> free = new ArrayList<>();
    client
        .get("/api/v1/resources/" + hall + "/free-slots?date=" + day + "&minutes=30")
        .json()
        .get("slots")
        .forEach(s -> free.add(s.get("from").asString() + "-" + s.get("to").asString()));
    assertThat(free)
        .containsExactly(
            "09:00:00-11:00:00", "12:30:00-13:00:00", "13:30:00-15:00:00", "16:00:00-18:00:00");
  }

  private static String availability(ApiClient client, UUID resource, Instant from, Instant to) {
    ApiClient.Response answer =
        client.get("/api/v1/resources/" + resource + "/availability?start=" + from + "&end=" + to);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode reason = answer.json().get("reason");
    return reason == null || reason.isNull() ? "none" : reason.asString();
  }

  @Test
  void aWeeklySeriesKeepsItsLocalTimeAcrossDaylightSavingAndIsAllOrNothing() {
    ZoneId london = ZoneId.of("Europe/London");
    OrgUnit branch = fixtures.org().branch(london.getId());
    UserAccount coordinator = fixtures.user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    ApiClient client = fixtures.api(coordinator);
    UUID lab = fixtures.resource(branch, "PC_SET", "Lab 1");
    ZoneOffsetTransition change =
        london.getRules().nextTransition(Instant.now().plusSeconds(86400 * 21));
    LocalDate sunday = change.getInstant().atZone(london).toLocalDate();
    LocalDate monday = sunday.plusDays(1);
    Map<String, Object> series = new HashMap<>();
    series.put("purpose", "CLASS_SESSION");
    series.put("title", "Evening course");
    series.put("resourceIds", List.of(lab));
    series.put("weekdays", List.of(DayOfWeek.MONDAY.getValue()));
    series.put("intervalWeeks", 1);
    series.put("firstDay", monday.minusWeeks(2).toString());
    series.put("lastDay", monday.plusWeeks(1).toString());
    series.put("startTime", "18:00");
    series.put("endTime", "20:00");
    series.put("exceptions", List.of(monday.minusWeeks(2).plusDays(1).toString()));
    assertThat(client.post("/api/v1/booking-series", series).refusedFields())
        .containsEntry("exceptions", "outside-series");
    series.put("exceptions", List.of(monday.plusWeeks(5).toString()));
    assertThat(client.post("/api/v1/booking-series", series).refusedFields())
        .containsEntry("exceptions", "outside-series");

    // one occurrence is taken: the series is refused whole, listing it
    long before = fixtures.bookings();
    ApiClient.Response blocker =
        client.post(
            "/api/v1/bookings",
            booking("Blocker", at(monday, 19, 0, london), at(monday, 21, 0, london), lab));
    assertThat(blocker.status()).as(blocker.body()).isEqualTo(201);
    series.put("exceptions", List.of(monday.minusWeeks(1).toString()));
    ApiClient.Response taken = client.post("/api/v1/booking-series", series);
    assertThat(taken.status()).as(taken.body()).isEqualTo(409);
    assertThat(taken.json().get("conflicts")).hasSize(1);
    assertThat(Instant.parse(taken.json().get("conflicts").get(0).get("wantedStartsAt").asString()))
        .isEqualTo(at(monday, 18, 0, london));
    assertThat(fixtures.bookings()).isEqualTo(before + 1);

    String blockerPath = "/api/v1/bookings/" + blocker.json().get("id").asString();
    postIfMatch(client, blockerPath + "/cancellation", Map.of(), blocker.header("ETag"));
    ApiClient.Response booked = client.post("/api/v1/booking-series", series);
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    JsonNode occurrences = booked.json().get("bookings");
    // four Mondays less the exception: three, each at 18:00 on London's clock
    assertThat(occurrences).hasSize(3);
    List<Integer> offsets = new ArrayList<>();
    for (JsonNode o : occurrences) {
      ZonedDateTime local = Instant.parse(o.get("startsAt").asString()).atZone(london);
      assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
      offsets.add(local.getOffset().getTotalSeconds());
    }
    assertThat(offsets.get(0)).isNotEqualTo(offsets.get(2));
    assertThat(booked.json().get("exceptions").get(0).asString())
        .isEqualTo(monday.minusWeeks(1).toString());

    // the rest is cancelled from the change on: the first stays
    String seriesPath = "/api/v1/booking-series/" + booked.json().get("id").asString();
    ApiClient.Response rest =
        client.post(
            seriesPath + "/cancellation", Map.of("from", monday.toString(), "reason", "end"));
    assertThat(rest.status()).as(rest.body()).isEqualTo(200);
    List<String> statuses = new ArrayList<>();
    rest.json().get("bookings").forEach(b -> statuses.add(b.get("status").asString()));
    assertThat(statuses).containsExactly("CONFIRMED", "CANCELLED", "CANCELLED");
  }

  private Map<String, String> refused(Map<String, Object> body) {
    return api.post("/api/v1/bookings", body).refusedFields();
  }

  private ApiClient.Response post(Map<String, Object> body, String key) {
    return api.send(
        api.builder("/api/v1/bookings")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .writeValueAsString(body))));
  }

  private static List<String> ids(JsonNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }
}
