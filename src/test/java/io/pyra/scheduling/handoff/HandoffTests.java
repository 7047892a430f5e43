package io.pyra.scheduling.handoff;

import static io.pyra.scheduling.handoff.HandoffFixtures.TARGETS;
import static io.pyra.scheduling.handoff.HandoffFixtures.events;
import static io.pyra.scheduling.handoff.HandoffFixtures.files;
import static io.pyra.scheduling.handoff.HandoffFixtures.rows;
import static io.pyra.scheduling.handoff.HandoffFixtures.runNow;
import static io.pyra.scheduling.handoff.HandoffFixtures.target;
import static io.pyra.scheduling.handoff.HandoffFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The hand-off to another scheduling system (issue 17): a target receives the bookings of its
 * horizon and centre once, then only what changed (a move with its higher SEQUENCE, a cancellation
 * as STATUS:CANCELLED), nothing when nothing changed; an HTTP target gets the files with its bearer
 * token, a refusal fails the run and the next one sends again; the token is never shown or logged;
 * bad targets are refused naming the field.
 */
@PyraIntegrationTest
class HandoffTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired HandoffRuns runs;

  @TempDir Path folder;

  @Test
  void aFolderGetsTheHorizonOnceThenOnlyWhatChanged() throws Exception {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    HandoffFixtures fixtures = new HandoffFixtures(jdbc);
    OrgUnit centre = org.branch("Asia/Shanghai");
    OrgUnit other = org.branch();
    UserAccount booker = org.member(centre.id()).roles("CENTRE_PRINCIPAL").create();
    UUID room = fixtures.room(centre.id(), "Room Handoff");
    UUID otherRoom = fixtures.room(other.id(), "Room Elsewhere");
    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    Instant aStart = hour.plus(Duration.ofDays(2));
    UUID a =
        fixtures.booking(
            "Word basics", centre.id(), booker.id(), aStart, aStart.plusSeconds(3600), room);
    Instant bStart = hour.plus(Duration.ofDays(5));
    UUID b =
        fixtures.booking(
            "Excel basics", centre.id(), booker.id(), bStart, bStart.plusSeconds(7200), room);
    // beyond the 10 days, already over, cancelled before it was ever sent, of another centre
    fixtures.booking(
        "Far ahead",
        centre.id(),
        booker.id(),
        hour.plus(Duration.ofDays(20)),
        hour.plus(Duration.ofDays(20)).plusSeconds(3600),
        room);
    fixtures.booking(
        "Yesterday",
        centre.id(),
        booker.id(),
        hour.minus(Duration.ofDays(1)),
        hour.minus(Duration.ofDays(1)).plusSeconds(3600),
        room);
    UUID neverSent =
        fixtures.booking(
            "Called off",
            centre.id(),
            booker.id(),
            hour.plus(Duration.ofDays(3)),
            hour.plus(Duration.ofDays(3)).plusSeconds(3600),
            room);
    fixtures.cancel(neverSent, 1);
    fixtures.booking(
        "Other centre", other.id(), booker.id(), aStart, aStart.plusSeconds(3600), otherRoom);

    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ApiClient.Response made =
        admin.post(
            TARGETS,
            target(
                "WSS folder " + centre.code(),
                "kind",
                "FOLDER",
                "folder",
                folder.toAbsolutePath().toString(),
                "orgUnitId",
                centre.id().toString(),
                "scheduleKind",
                "MINUTES",
                "scheduleEvery",
                15));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String id = made.json().get("id").asString();

    // first run: both bookings of the horizon, nothing else
    JsonNode first = runNow(admin, id).json();
    assertThat(first.get("status").asString()).isEqualTo("SENT");
    assertThat(counts(first)).containsExactly(2, 0, 0);
    assertThat(files(folder, ".ics")).hasSize(1);
    assertThat(files(folder, ".csv")).hasSize(1);
    assertThat(first.get("files").toString())
        .contains(files(folder, ".ics").getFirst().getFileName().toString());
    List<VEvent> events = events(Files.readString(files(folder, ".ics").getFirst()));
    assertThat(events.stream().map(e -> value(e, Property.UID)))
        .containsExactly(a + "@handoff.test", b + "@handoff.test");
    assertThat(events.stream().map(e -> value(e, Property.SEQUENCE))).containsExactly("0", "0");
    assertThat(events.stream().map(e -> value(e, Property.SUMMARY)))
        .containsExactly("Word basics", "Excel basics");
    List<CSVRecord> rows = rows(Files.readString(files(folder, ".csv").getFirst()));
    assertThat(rows).hasSize(2);
    CSVRecord row = rows.getFirst();
    assertThat(row.get("booking_id")).isEqualTo(a.toString());
    assertThat(row.get("uid")).isEqualTo(a + "@handoff.test");
    assertThat(row.get("sequence")).isEqualTo("0");
    assertThat(row.get("status")).isEqualTo("CONFIRMED");
    assertThat(row.get("title")).isEqualTo("Word basics");
    assertThat(row.get("purpose")).isEqualTo("MEETING");
    assertThat(row.get("starts_at")).endsWith("+08:00");
    assertThat(OffsetDateTime.parse(row.get("starts_at")).toInstant()).isEqualTo(aStart);
    assertThat(OffsetDateTime.parse(row.get("ends_at")).toInstant())
        .isEqualTo(aStart.plusSeconds(3600));
    assertThat(row.get("centre")).isEqualTo(centre.name());
    assertThat(row.get("resources")).isEqualTo("Room Handoff");
    assertThat(rows.get(1).get("booking_id")).isEqualTo(b.toString());
    assertThat(OffsetDateTime.parse(rows.get(1).get("ends_at")).toInstant())
        .isEqualTo(bStart.plusSeconds(7200));

    // the schedule's next run: nothing changed, nothing sent, but logged
    Instant later = Instant.now().plus(Duration.ofMinutes(16));
    assertThat(runs.runDue(later)).isGreaterThanOrEqualTo(1);
    assertThat(files(folder, ".ics")).hasSize(1);
    JsonNode log = admin.get(TARGETS + "/" + id + "/runs").json().get("items");
    assertThat(log.get(0).get("status").asString()).isEqualTo("NOTHING");
    assertThat(log.get(0).get("trigger").asString()).isEqualTo("SCHEDULE");
    assertThat(counts(log.get(0))).containsExactly(0, 0, 0);
    // not due again before its 15 minutes are over
    runs.runDue(later.plus(Duration.ofMinutes(1)));
    assertThat(admin.get(TARGETS + "/" + id + "/runs").json().get("items")).hasSize(2);

    // a move goes again with its higher sequence
    Instant moved = aStart.plus(Duration.ofHours(1));
    fixtures.move(a, moved, moved.plusSeconds(3600), 1);
    JsonNode second = runNow(admin, id).json();
    assertThat(second.get("status").asString()).isEqualTo("SENT");
    assertThat(counts(second)).containsExactly(0, 1, 0);
    List<VEvent> changed = events(Files.readString(files(folder, ".ics").getLast()));
    assertThat(changed).hasSize(1);
    assertThat(value(changed.getFirst(), Property.UID)).isEqualTo(a + "@handoff.test");
    assertThat(value(changed.getFirst(), Property.SEQUENCE)).isEqualTo("1");
    assertThat(
            OffsetDateTime.parse(
                    rows(Files.readString(files(folder, ".csv").getLast()))
                        .getFirst()
                        .get("starts_at"))
                .toInstant())
        .isEqualTo(moved);

    // a move beyond the horizon goes too, with its new time (the other system would otherwise keep
    // the old one), and then not again
    Instant beyond = hour.plus(Duration.ofDays(30));
    fixtures.move(a, beyond, beyond.plusSeconds(3600), 2);
    JsonNode away = runNow(admin, id).json();
    assertThat(counts(away)).containsExactly(0, 1, 0);
    List<VEvent> movedAway = events(Files.readString(files(folder, ".ics").getLast()));
    assertThat(movedAway.stream().map(e -> value(e, Property.UID)))
        .containsExactly(a + "@handoff.test");
    assertThat(value(movedAway.getFirst(), Property.SEQUENCE)).isEqualTo("2");
    assertThat(
            OffsetDateTime.parse(
                    rows(Files.readString(files(folder, ".csv").getLast()))
                        .getFirst()
                        .get("starts_at"))
                .toInstant())
        .isEqualTo(beyond);

    // a cancellation goes as cancelled
    fixtures.cancel(b, 1);
    JsonNode third = runNow(admin, id).json();
    assertThat(counts(third)).containsExactly(0, 0, 1);
    List<VEvent> cancelled = events(Files.readString(files(folder, ".ics").getLast()));
    assertThat(cancelled.stream().map(e -> value(e, Property.UID)))
        .containsExactly(b + "@handoff.test");
    assertThat(value(cancelled.getFirst(), Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(rows(Files.readString(files(folder, ".csv").getLast())).getFirst().get("status"))
        .isEqualTo("CANCELLED");
    // and then nothing more
    assertThat(runNow(admin, id).json().get("status").asString()).isEqualTo("NOTHING");
    assertThat(files(folder, ".ics")).hasSize(4);
    assertThat(files(folder, ".tmp")).isEmpty();
    JsonNode all = admin.get(TARGETS + "/" + id + "/runs").json().get("items");
    List<String> statuses = new java.util.ArrayList<>();
    all.forEach(run -> statuses.add(run.get("status").asString()));
    // newest first: the schedule's run came at its (later) instant, then the runs of now
    assertThat(statuses).containsExactly("NOTHING", "NOTHING", "SENT", "SENT", "SENT", "SENT");
  }

  @Test
  void anHttpEndpointGetsTheFilesWithItsTokenAndARefusedRunIsSentAgain() throws Exception {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    HandoffFixtures fixtures = new HandoffFixtures(jdbc);
    OrgUnit centre = org.branch();
    UserAccount booker = org.member(centre.id()).roles("CENTRE_PRINCIPAL").create();
    UUID room = fixtures.room(centre.id(), "Room HTTP");
    Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1));
    UUID booking =
        fixtures.booking(
            "Sent by HTTP", centre.id(), booker.id(), start, start.plusSeconds(3600), room);
    String token = "wss-" + UUID.randomUUID();

    AtomicInteger answer = new AtomicInteger(500);
    List<String> authorizations = new CopyOnWriteArrayList<>();
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/wss",
        exchange -> {
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          bodies.add(
              exchange.getRequestHeaders().getFirst("Content-Type")
                  + "\n"
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(answer.get(), -1);
          exchange.close();
        });
    server.start();
    try {
      ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
      ApiClient.Response made =
          admin.post(
              TARGETS,
              target(
                  "WSS endpoint " + centre.code(),
                  "kind",
                  "HTTP",
                  "url",
                  "http://127.0.0.1:" + server.getAddress().getPort() + "/wss",
                  "bearerToken",
                  token,
                  "formats",
                  "ICS",
                  "orgUnitId",
                  centre.id().toString(),
                  "active",
                  false));
      assertThat(made.status()).as(made.body()).isEqualTo(201);
      assertThat(made.json().get("bearerTokenSet").asBoolean()).isTrue();
      String id = made.json().get("id").asString();

      JsonNode failed = runNow(admin, id).json();
      assertThat(failed.get("status").asString()).isEqualTo("FAILED");
      assertThat(failed.get("reason").asString()).isEqualTo("HTTP 500");
      assertThat(counts(failed)).containsExactly(0, 0, 0);
      assertThat(
              jdbc.sql("select count(*) from scheduling_handoff_sent where target_id = :t")
                  .param("t", UUID.fromString(id))
                  .query(Long.class)
                  .single())
          .isZero();

      answer.set(200);
      JsonNode sent = runNow(admin, id).json();
      assertThat(sent.get("status").asString()).isEqualTo("SENT");
      assertThat(counts(sent)).containsExactly(1, 0, 0);
      assertThat(authorizations).containsExactly("Bearer " + token, "Bearer " + token);
      String body = bodies.getLast();
      assertThat(body).startsWith("multipart/form-data; boundary=");
      assertThat(body)
          .contains("name=\"ics\"; filename=\"" + sent.get("files").get(0).asString() + "\"")
          .contains("BEGIN:VCALENDAR")
          .contains("UID:" + booking + "@handoff.test")
          .doesNotContain("name=\"csv\"");
      assertThat(runNow(admin, id).json().get("status").asString()).isEqualTo("NOTHING");
      assertThat(bodies).hasSize(2);

      // the token is never shown nor logged
      assertThat(admin.get(TARGETS).body()).doesNotContain(token);
      assertThat(admin.get(TARGETS + "/" + id).body()).doesNotContain(token);
      assertThat(admin.get(TARGETS + "/" + id + "/runs").body()).doesNotContain(token);
      PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
      assertThat(pages.get("/scheduling/handoff").body()).doesNotContain(token);
      assertThat(pages.get("/scheduling/handoff?edit=" + id).body()).doesNotContain(token);
      assertThat(pages.get("/scheduling/handoff/" + id).body()).doesNotContain(token);
      assertThat(
              jdbc.sql(
                      """
                      select count(*) from scheduling_handoff_run
                       where target_id = :t and (reason like :token or files like :token)""")
                  .param("t", UUID.fromString(id))
                  .param("token", "%" + token + "%")
                  .query(Long.class)
                  .single())
          .isZero();

      // a change that leaves the token out keeps it; "" removes it
      String etag = admin.get(TARGETS + "/" + id).header("ETag");
      Map<String, Object> change =
          target(
              "WSS endpoint " + centre.code(),
              "kind",
              "HTTP",
              "url",
              "https://wss.example/in",
              "orgUnitId",
              centre.id().toString());
      ApiClient.Response kept = admin.put(TARGETS + "/" + id, change, etag);
      assertThat(kept.status()).as(kept.body()).isEqualTo(200);
      assertThat(kept.json().get("bearerTokenSet").asBoolean()).isTrue();
      assertThat(admin.put(TARGETS + "/" + id, change, etag).status()).isEqualTo(412);
      change.put("bearerToken", "");
      ApiClient.Response cleared = admin.put(TARGETS + "/" + id, change, kept.header("ETag"));
      assertThat(cleared.json().get("bearerTokenSet").asBoolean()).isFalse();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aSecondRunOfATargetIsRefusedWhileTheFirstIsUnderWayAndNothingIsSentTwice() throws Exception {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    HandoffFixtures fixtures = new HandoffFixtures(jdbc);
    OrgUnit centre = org.branch();
    UserAccount booker = org.member(centre.id()).roles("CENTRE_PRINCIPAL").create();
    UUID room = fixtures.room(centre.id(), "Room Alone");
    Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1));
    fixtures.booking("Sent once", centre.id(), booker.id(), start, start.plusSeconds(3600), room);

    // the endpoint holds the first delivery until the test lets it go
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger deliveries = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext(
        "/wss",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          deliveries.incrementAndGet();
          arrived.countDown();
          try {
            release.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    try {
      ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
      ApiClient.Response made =
          admin.post(
              TARGETS,
              target(
                  "WSS alone " + centre.code(),
                  "kind",
                  "HTTP",
                  "url",
                  "http://127.0.0.1:" + server.getAddress().getPort() + "/wss",
                  "formats",
                  "ICS",
                  "orgUnitId",
                  centre.id().toString(),
                  "active",
                  false));
      assertThat(made.status()).as(made.body()).isEqualTo(201);
      String id = made.json().get("id").asString();

      CompletableFuture<ApiClient.Response> first =
          CompletableFuture.supplyAsync(() -> runNow(admin, id));
      assertThat(arrived.await(60, TimeUnit.SECONDS)).as("the first run delivers").isTrue();
      ApiClient other = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
      ApiClient.Response second = runNow(other, id);
      assertThat(second.status()).as(second.body()).isEqualTo(422);
      assertThat(second.refusedFields()).containsEntry("id", "running");

      release.countDown();
      JsonNode sent = first.get(60, TimeUnit.SECONDS).json();
      assertThat(sent.get("status").asString()).isEqualTo("SENT");
      assertThat(counts(sent)).containsExactly(1, 0, 0);
      // the lock is given back: the next run goes, and finds nothing new
      assertThat(runNow(other, id).json().get("status").asString()).isEqualTo("NOTHING");
      assertThat(deliveries.get()).isEqualTo(1);
      JsonNode log = admin.get(TARGETS + "/" + id + "/runs").json().get("items");
      List<String> statuses = new java.util.ArrayList<>();
      log.forEach(run -> statuses.add(run.get("status").asString()));
      assertThat(statuses).containsExactly("NOTHING", "SENT");
    } finally {
      release.countDown();
      server.stop(0);
    }
  }

  @Test
  void aBadTargetIsRefusedNamingTheFieldAndNothingIsSaved() {
    HandoffFixtures fixtures = new HandoffFixtures(jdbc);
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String here = folder.toAbsolutePath().toString();
    long before = fixtures.targets();
    assertThat(refused(admin, "kind", "FOLDER", "folder", "exports/wss")).containsKey("folder");
    assertThat(refused(admin, "kind", "FOLDER", "folder", here + "/missing")).containsKey("folder");
    assertThat(refused(admin, "kind", "FOLDER", "folder", here + "/../" + folder.getFileName()))
        .containsKey("folder");
    assertThat(refused(admin, "kind", "HTTP", "url", "ftp://wss.example/in")).containsKey("url");
    assertThat(refused(admin, "kind", "HTTP", "url", "wss.example/in")).containsKey("url");
    assertThat(refused(admin, "kind", "FOLDER", "folder", here, "horizonDays", 0))
        .containsKey("horizonDays");
    assertThat(refused(admin, "kind", "FOLDER", "folder", here, "horizonDays", 91))
        .containsKey("horizonDays");
    assertThat(refused(admin, "kind", "FOLDER", "folder", here, "name", "n".repeat(201)))
        .containsKey("name");
    assertThat(refused(admin, "kind", "FOLDER", "folder", here, "dailyAt", "25:00"))
        .containsKey("dailyAt");
    assertThat(
            refused(
                admin,
                "kind",
                "FOLDER",
                "folder",
                here,
                "scheduleKind",
                "MINUTES",
                "scheduleEvery",
                1))
        .containsKey("scheduleEvery");
    assertThat(fixtures.targets()).isEqualTo(before);
    // the same folder, as it is, is fine
    assertThat(
            admin.post(TARGETS, target("Good folder", "kind", "FOLDER", "folder", here)).status())
        .isEqualTo(201);
    assertThat(fixtures.targets()).isEqualTo(before + 1);
  }

  private static Map<String, String> refused(ApiClient admin, Object... fields) {
    Map<String, Object> body = target("Refused target", fields);
    return admin.post(TARGETS, body).refusedFields();
  }

  private static List<Integer> counts(JsonNode run) {
    return List.of(
        run.get("newCount").asInt(),
        run.get("changedCount").asInt(),
        run.get("cancelledCount").asInt());
  }
}
