package io.pyra.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.support.cases.SlaWatch;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The SLA clocks on a team's business calendar (issue 15, item 3 and "Correctness of the clocks"):
 * deadlines in working time of the team's own calendar (London, Monday to Friday 09:00-18:00, a
 * holiday), a pause over nights moving the resolution deadline by the working time it spanned, a
 * grade change midway recomputing the deadlines with the reason on the history, and the job's
 * warning, breach and two escalations each noted once, agreeing with the state read. Every expected
 * instant comes from this test's own day-by-day count of working time.
 */
@PyraIntegrationTest
class SlaClockTests {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final LocalTime OPEN = LocalTime.of(9, 0);
  static final LocalTime CLOSE = LocalTime.of(18, 0);
  static final org.assertj.core.data.TemporalUnitOffset MS = within(1, ChronoUnit.MILLIS);

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired SlaWatch watch;

  ApiClient admin;
  OrgFixtures fixtures;
  OrgUnit team;
  UserAccount lead;
  UserAccount head;
  UserAccount assistant;
  ApiClient service;
  LocalDate holiday;

  @BeforeEach
  void setUp() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    fixtures = new OrgFixtures(orgUnits, users, roles);
    team = fixtures.branch("Europe/London");
    head = fixtures.user(team, "CENTRE_PRINCIPAL");
    lead = withSupervisor(fixtures.user(team, "CENTRE_PRINCIPAL"), head);
    assistant = withSupervisor(fixtures.user(team, "CUSTOMER_SERVICE_ASSISTANT"), lead);
    service = new ApiClient(port).signIn(assistant.username(), OrgFixtures.PASSWORD);
    // a holiday on the next working day but one, so that the deadlines cross it
    holiday = nextWorkingDay(nextWorkingDay(LocalDate.now(LONDON), Set.of()), Set.of());
    Map<String, Object> calendar = new HashMap<>();
    calendar.put("code", "LDN" + UUID.randomUUID().toString().substring(0, 6));
    calendar.put("nameEn", "London office");
    calendar.put("nameZh", "伦敦办公室");
    calendar.put("timeZone", "Europe/London");
    calendar.put("orgUnitId", team.id().toString());
    List<Map<String, Object>> hours = new ArrayList<>();
    for (DayOfWeek d :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      hours.add(Map.of("day", d.name(), "start", "09:00", "end", "18:00"));
    }
    calendar.put("hours", hours);
    calendar.put(
        "holidays",
        List.of(
            Map.of(
                "name",
                "Office closed",
                "firstDay",
                holiday.toString(),
                "lastDay",
                holiday.toString())));
    ApiClient.Response created = admin.post("/api/v1/business-calendars", calendar);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  @Test
  void theDeadlinesCountTheTeamsWorkingHoursAndSkipTheHoliday() {
    UUID customer = customer();
    override(customer, "A");
    JsonNode c = open(customer, "SERIOUS");
    Instant created = Instant.parse(c.get("createdAt").asString());
    // grade A serious: respond in 2 working hours, resolve in 27 (the shipped policy)
    assertThat(Instant.parse(c.get("firstResponseDueAt").asString()))
        .isCloseTo(plus(created, Duration.ofHours(2)), MS);
    assertThat(Instant.parse(c.get("resolutionDueAt").asString()))
        .isCloseTo(plus(created, Duration.ofHours(27)), MS);
    assertThat(c.get("priority").asInt()).isEqualTo(1);
  }

  @Test
  void aPauseOverNightsMovesTheResolutionDeadlineByTheWorkingTimeItSpanned() {
    UUID customer = customer();
    JsonNode c = open(customer, "MINOR"); // no grade: C minor, respond 9 h, resolve 45 h
    String path = "/api/v1/cases/" + c.get("id").asString();
    move(path, "IN_PROGRESS");
    move(path, "WAITING_ON_CUSTOMER");
    // the case was opened three working days ago and has waited since yesterday's lunchtime
    Instant opened = startOfWorkingDay(-3).plus(Duration.ofMinutes(75));
    Instant paused = startOfWorkingDay(-1).plus(Duration.ofHours(4));
    jdbc.sql("update support_case set created_at = ?, paused_at = ? where id = ?")
        .params(SqlTime.utc(opened), SqlTime.utc(paused), UUID.fromString(c.get("id").asString()))
        .update();
    JsonNode resumed = move(path, "IN_PROGRESS");
    Instant at = lastEvent(path, "STATUS");
    // the paused working time is kept in whole seconds (support_case.paused_work_s): a resume
    // within
    // working hours drops the part of a second
    Duration spanned = Duration.ofSeconds(between(paused, at).toSeconds());
    assertThat(Instant.parse(resumed.get("resolutionDueAt").asString()))
        .isCloseTo(plus(opened, Duration.ofHours(45).plus(spanned)), MS);
    assertThat(kinds(path)).contains("DEADLINE");
  }

  @Test
  void aGradeChangeMidwayRecomputesTheDeadlinesAndTheHistorySaysWhy() {
    UUID customer = customer();
    JsonNode c = open(customer, "SERIOUS"); // C serious: respond 4 h, resolve 36 h
    Instant created = Instant.parse(c.get("createdAt").asString());
    assertThat(Instant.parse(c.get("resolutionDueAt").asString()))
        .isCloseTo(plus(created, Duration.ofHours(36)), MS);
    // the override is an event: the case is held to grade A's targets without waiting for the job
    override(customer, "A");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        service
                            .get("/api/v1/cases/" + c.get("id").asString())
                            .json()
                            .get("grade")
                            .asString())
                    .isEqualTo("A"));
    JsonNode regraded = service.get("/api/v1/cases/" + c.get("id").asString()).json();
    assertThat(regraded.get("priority").asInt()).isEqualTo(1);
    assertThat(Instant.parse(regraded.get("resolutionDueAt").asString()))
        .isCloseTo(plus(created, Duration.ofHours(27)), MS);
    List<String> details = new ArrayList<>();
    service
        .get("/api/v1/cases/" + c.get("id").asString() + "/history")
        .json()
        .forEach(e -> details.add(e.get("kind").asString() + " " + e.get("detail").asString()));
    assertThat(details).contains("DEADLINE resolution:grade");
  }

  @Test
  void theJobWarnsBreachesAndEscalatesOnceAndAgreesWithTheStateRead() {
    UUID customer = customer();
    override(customer, "A");
    JsonNode c = open(customer, "SERIOUS");
    String path = "/api/v1/cases/" + c.get("id").asString();
    move(path, "IN_PROGRESS"); // answered: only the resolution clock is left
    Instant created = Instant.parse(c.get("createdAt").asString());
    // the job's instants are the ones read: the deadline the API answers, 75 % of 27 h the warning
    Instant dueAt = Instant.parse(c.get("resolutionDueAt").asString());
    assertThat(dueAt).isCloseTo(plus(created, Duration.ofHours(27)), MS);
    Instant warnAt = jdbcInstant(c, "resolution_warn_at");
    assertThat(warnAt).isCloseTo(plus(created, Duration.ofMinutes(27 * 60 * 75 / 100)), MS);

    watch.run(warnAt.minusSeconds(1));
    assertThat(kinds(path)).doesNotContain("SLA_WARNING");
    watch.run(warnAt);
    watch.run(warnAt.plusSeconds(5));
    assertThat(count(kinds(path), "SLA_WARNING")).isEqualTo(1);
    assertThat(notices(assistant, "SLA_WARNING", c)).isEqualTo(1);

    watch.run(dueAt.plusSeconds(1));
    watch.run(dueAt.plusSeconds(60));
    assertThat(count(kinds(path), "SLA_BREACH")).isEqualTo(1);
    assertThat(count(kinds(path), "ESCALATED")).isEqualTo(1);
    assertThat(notices(assistant, "SLA_BREACH", c)).isEqualTo(1);
    assertThat(notices(lead, "CASE_ESCALATED", c)).isEqualTo(1);
    assertThat(service.get(path).json().get("escalationLevel").asInt()).isEqualTo(1);

    // four working hours after the breach (the shipped setting) it goes a level up
    Instant second = plus(dueAt, Duration.ofHours(4));
    watch.run(second.minusSeconds(1));
    assertThat(notices(head, "CASE_ESCALATED", c)).isZero();
    watch.run(second);
    watch.run(second.plusSeconds(30));
    assertThat(notices(head, "CASE_ESCALATED", c)).isEqualTo(1);
    assertThat(count(kinds(path), "ESCALATED")).isEqualTo(2);
    assertThat(service.get(path).json().get("escalationLevel").asInt()).isEqualTo(2);
  }

  @Test
  void withoutEscalationABreachedCaseMovesToTheBreachTeamKeepingItsAssigneeAndDeadlines() {
    OrgUnit breachTeam = fixtures.branch("Europe/London");
    ApiClient.Response before = admin.get("/api/v1/sla-settings");
    JsonNode shipped = before.json();
    Map<String, Object> set = new HashMap<>();
    set.put("warningPercent", shipped.get("warningPercent").asInt());
    set.put("escalateOnBreach", false);
    set.put("secondEscalationAfter", shipped.get("secondEscalationAfter").asString());
    set.put("breachTeam", breachTeam.code());
    ApiClient.Response changed = admin.put("/api/v1/sla-settings", set, before.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    try {
      UUID customer = customer();
      JsonNode c = open(customer, "MINOR");
      String path = "/api/v1/cases/" + c.get("id").asString();
      Instant responseDue = Instant.parse(c.get("firstResponseDueAt").asString());
      Instant resolutionDue = Instant.parse(c.get("resolutionDueAt").asString());

      watch.run(responseDue.plusSeconds(1));
      watch.run(responseDue.plusSeconds(90));
      // now in the breach team's queue, for that team to take: out of the assistant's sight
      assertThat(service.get(path).status()).isEqualTo(404);
      JsonNode read = admin.get(path).json();
      assertThat(read.get("teamId").asString()).isEqualTo(breachTeam.id().toString());
      JsonNode assignee = read.get("assigneeId");
      assertThat(assignee == null || assignee.isNull()).as("unassigned").isTrue();
      assertThat(Instant.parse(read.get("resolutionDueAt").asString()))
          .isCloseTo(resolutionDue, MS);
      assertThat(read.get("escalationLevel").asInt()).isZero();
      List<String> kinds = kinds(admin, path);
      assertThat(count(kinds, "SLA_BREACH")).isEqualTo(1);
      assertThat(count(kinds, "ESCALATED")).isZero();
      assertThat(notices(assistant, "SLA_BREACH", c)).isEqualTo(1);
      assertThat(notices(lead, "CASE_ESCALATED", c)).isZero();
      JsonNode moved = null;
      for (JsonNode e : admin.get(path + "/history").json()) {
        if (e.get("kind").asString().equals("ASSIGNED")) {
          moved = e;
        }
      }
      assertThat(moved).as("the move on the history").isNotNull();
      assertThat(moved.get("detail").asString()).isEqualTo("sla-breach");

      // the resolution breach later does not move it again, nor escalate
      watch.run(resolutionDue.plusSeconds(1));
      assertThat(count(kinds(admin, path), "ASSIGNED")).isEqualTo(1);
      assertThat(count(kinds(admin, path), "SLA_BREACH")).isEqualTo(2);
      assertThat(notices(lead, "CASE_ESCALATED", c)).isZero();
    } finally {
      ApiClient.Response now = admin.get("/api/v1/sla-settings");
      Map<String, Object> back = new HashMap<>(set);
      back.put("escalateOnBreach", shipped.get("escalateOnBreach").asBoolean());
      back.put("breachTeam", null);
      ApiClient.Response restored = admin.put("/api/v1/sla-settings", back, now.header("ETag"));
      assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    }
  }

  @Test
  void anAdministratorRunsAPassNowAndStaffMayNot() {
    UUID customer = customer();
    JsonNode c = open(customer, "MINOR");
    String path = "/api/v1/cases/" + c.get("id").asString();
    move(path, "IN_PROGRESS");
    // the resolution clock has come to its warning: the instants the job reads, set back
    Instant warned = Instant.now().minusSeconds(60);
    jdbc.sql("update support_case set resolution_warn_at = ?, sla_next_at = ? where id = ?")
        .params(
            java.time.OffsetDateTime.ofInstant(warned, java.time.ZoneOffset.UTC),
            java.time.OffsetDateTime.ofInstant(warned, java.time.ZoneOffset.UTC),
            UUID.fromString(c.get("id").asString()))
        .update();

    ApiClient.Response refused = service.post("/api/v1/support/sla-passes", Map.of());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(kinds(path)).doesNotContain("SLA_WARNING");

    ApiClient.Response pass = admin.post("/api/v1/support/sla-passes", Map.of());
    assertThat(pass.status()).as(pass.body()).isEqualTo(200);
    assertThat(pass.json().get("warnings").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(count(kinds(path), "SLA_WARNING")).isEqualTo(1);
    assertThat(notices(assistant, "SLA_WARNING", c)).isEqualTo(1);
    // a second pass finds it noted
    assertThat(admin.post("/api/v1/support/sla-passes", Map.of()).status()).isEqualTo(200);
    assertThat(count(kinds(path), "SLA_WARNING")).isEqualTo(1);
  }

  @Test
  void aCaseFirstLookedAtAfterItsDeadlineIsBreachedOnceAndNeverWarnedLater() {
    UUID customer = customer();
    JsonNode c = open(customer, "MINOR");
    String path = "/api/v1/cases/" + c.get("id").asString();
    move(path, "IN_PROGRESS");
    // the job stood still past the warning and the deadline; the row points at the warning, as
    // an earlier rule kept it
    Instant now = Instant.now();
    java.time.OffsetDateTime warn =
        java.time.OffsetDateTime.ofInstant(now.minusSeconds(7200), java.time.ZoneOffset.UTC);
    java.time.OffsetDateTime due =
        java.time.OffsetDateTime.ofInstant(now.minusSeconds(3600), java.time.ZoneOffset.UTC);
    jdbc.sql(
            "update support_case set resolution_warn_at = ?, resolution_due_at = ?, sla_next_at = ?"
                + " where id = ?")
        .params(warn, due, warn, UUID.fromString(c.get("id").asString()))
        .update();

    watch.run(now);
    watch.run(now.plusSeconds(30));
    List<String> kinds = kinds(path);
    assertThat(count(kinds, "SLA_BREACH")).isEqualTo(1);
    assertThat(count(kinds, "SLA_WARNING")).as("no warning after the breach").isZero();
    java.time.OffsetDateTime next =
        jdbc.sql("select sla_next_at from support_case where id = ?")
            .params(UUID.fromString(c.get("id").asString()))
            .query(java.time.OffsetDateTime.class)
            .single();
    // next: the second level, 4 working hours after the deadline, by this test's own count
    assertThat(next.toInstant()).isCloseTo(plus(due.toInstant(), Duration.ofHours(4)), MS);
  }

  @Test
  void theDailyLookFindsACaseHeldToAGradeItsCustomerNoLongerHas() {
    UUID customer = customer();
    JsonNode c = open(customer, "SERIOUS"); // C serious: resolve in 36 h
    Instant created = Instant.parse(c.get("createdAt").asString());
    String path = "/api/v1/cases/" + c.get("id").asString();
    // held to grade A without an event (as when an override ran out overnight)
    jdbc.sql("update support_case set grade = 'A' where id = ?")
        .params(UUID.fromString(c.get("id").asString()))
        .update();

    assertThat(watch.regradeAll()).isGreaterThanOrEqualTo(1);

    JsonNode after = service.get(path).json();
    assertThat(after.get("grade").asString()).isEqualTo("C");
    assertThat(Instant.parse(after.get("resolutionDueAt").asString()))
        .isCloseTo(plus(created, Duration.ofHours(36)), MS);
    List<String> lines = new ArrayList<>();
    service
        .get(path + "/history")
        .json()
        .forEach(
            e ->
                lines.add(
                    e.get("kind").asString()
                        + " "
                        + e.get("from").asString()
                        + ">"
                        + e.get("to").asString()
                        + " "
                        + e.get("detail").asString()));
    assertThat(lines).contains("PRIORITY A>C grade");
    // looked at again, nothing is left to change for this case
    watch.regradeAll();
    assertThat(count(kinds(path), "PRIORITY")).isEqualTo(1);
  }

  @Test
  void twoPassesAtOnceNoteEachWarningOnceOverSeveralBatches() throws Exception {
    UUID customer = customer();
    JsonNode c = open(customer, "MINOR");
    String path = "/api/v1/cases/" + c.get("id").asString();
    move(path, "IN_PROGRESS");
    // more cases than three batches, copied from this one, their resolution warning passed
    int copies = SlaWatch.BATCH * 2 + 137;
    Instant now = Instant.now();
    java.time.OffsetDateTime warn = SqlTime.utc(now.minusSeconds(60));
    java.time.OffsetDateTime due = SqlTime.utc(now.plusSeconds(86_400));
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      rows.add(new Object[] {UUID.randomUUID(), "TW" + tag + i, warn, due, warn, "Twin " + tag});
    }
    new org.springframework.jdbc.core.JdbcTemplate(dataSource)
        .batchUpdate(
            """
            insert into support_case (id, code, customer_id, type, severity, channel, subject,
                   assignee_id, org_unit_id, status, grade, priority, response_target_s,
                   resolution_target_s, first_responded_at, first_response_warn_at,
                   first_response_due_at, resolution_warn_at, resolution_due_at, sla_next_at,
                   created_by, created_at, updated_at, version)
            select ?, ?, customer_id, type, severity, channel, ?, assignee_id, org_unit_id,
                   status, grade, priority, response_target_s, resolution_target_s,
                   first_responded_at, first_response_warn_at, first_response_due_at, ?, ?, ?,
                   created_by, created_at, updated_at, 0
              from support_case where id = ?""",
            rows.stream()
                .map(
                    r ->
                        new Object[] {
                          r[0],
                          r[1],
                          r[5],
                          r[2],
                          r[3],
                          r[4],
                          UUID.fromString(c.get("id").asString())
                        })
                .toList());

    java.util.concurrent.ExecutorService nodes =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
      List<java.util.concurrent.Future<SlaWatch.Pass>> passes = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        passes.add(
            nodes.submit(
                () -> {
                  together.await();
                  return watch.run(now);
                }));
      }
      int warned = 0;
      for (var pass : passes) {
        warned += pass.get(2, java.util.concurrent.TimeUnit.MINUTES).warnings();
      }
      assertThat(warned).isGreaterThanOrEqualTo(copies);
    } finally {
      nodes.shutdownNow();
    }
    // every copy warned once on its history and once in the assistant's notifications
    List<Map<String, Object>> perCase =
        jdbc.sql(
                """
                select k.id,
                       (select count(*) from support_case_event e
                         where e.case_id = k.id and e.kind = 'SLA_WARNING') as events,
                       (select count(*) from interaction_notification n
                         where n.link = concat('/cases/', cast(k.id as varchar(36)))
                           and n.kind = 'SLA_WARNING' and n.user_id = k.assignee_id) as notices
                  from support_case k where k.subject = ?""")
            .params("Twin " + tag)
            .query()
            .listOfRows();
    assertThat(perCase).hasSize(copies);
    assertThat(perCase)
        .allSatisfy(
            row -> {
              assertThat(((Number) row.get("events")).intValue()).as("events").isEqualTo(1);
              assertThat(((Number) row.get("notices")).intValue()).as("notices").isEqualTo(1);
            });
  }

  // --- this test's own count of working time: Monday to Friday 09:00-18:00 London, one holiday

  Instant plus(Instant start, Duration work) {
    Duration left = work;
    ZonedDateTime at = start.atZone(LONDON);
    LocalDate day = at.toLocalDate();
    while (true) {
      if (working(day)) {
        ZonedDateTime open = day.atTime(OPEN).atZone(LONDON);
        ZonedDateTime close = day.atTime(CLOSE).atZone(LONDON);
        ZonedDateTime from = at.isAfter(open) ? at : open;
        if (from.isBefore(close)) {
          Duration available = Duration.between(from, close);
          if (left.compareTo(available) <= 0) {
            return from.plus(left).toInstant();
          }
          left = left.minus(available);
        }
      }
      day = day.plusDays(1);
      at = day.atStartOfDay(LONDON);
    }
  }

  Duration between(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    LocalDate day = from.atZone(LONDON).toLocalDate();
    LocalDate last = to.atZone(LONDON).toLocalDate();
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      if (!working(day)) {
        continue;
      }
      Instant open = day.atTime(OPEN).atZone(LONDON).toInstant();
      Instant close = day.atTime(CLOSE).atZone(LONDON).toInstant();
      Instant a = from.isAfter(open) ? from : open;
      Instant b = to.isBefore(close) ? to : close;
      if (b.isAfter(a)) {
        total = total.plus(Duration.between(a, b));
      }
    }
    return total;
  }

  boolean working(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !day.equals(holiday);
  }

  Instant startOfWorkingDay(int daysBack) {
    LocalDate day = LocalDate.now(LONDON);
    int back = -daysBack;
    while (back > 0) {
      day = day.minusDays(1);
      if (working(day)) {
        back--;
      }
    }
    return day.atTime(OPEN).atZone(LONDON).toInstant();
  }

  static LocalDate nextWorkingDay(LocalDate from, Set<LocalDate> closed) {
    LocalDate day = from.plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || closed.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  // --- helpers

  UserAccount withSupervisor(UserAccount user, UserAccount supervisor) {
    jdbc.sql("update identity_user set supervisor_id = ? where id = ?")
        .params(supervisor.id(), user.id())
        .update();
    return user;
  }

  UUID customer() {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", "Clock " + UUID.randomUUID().toString().substring(0, 6));
    body.put("stage", "ACTIVE");
    ApiClient.Response created = service.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asString());
  }

  void override(UUID customer, String grade) {
    ApiClient.Response set =
        admin.put(
            "/api/v1/customers/" + customer + "/grade-override",
            Map.of("grade", grade, "reason", "test"));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  JsonNode open(UUID customer, String severity) {
    JsonNode c = CaseApiTests.open(service, CaseApiTests.body(customer, "COMPLAINT", severity));
    assertThat(c.get("teamId").asString()).isEqualTo(team.id().toString());
    return c;
  }

  JsonNode move(String path, String to) {
    ApiClient.Response moved = service.post(path + "/transitions", Map.of("to", to));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return moved.json();
  }

  List<String> kinds(String path) {
    return kinds(service, path);
  }

  static List<String> kinds(ApiClient reader, String path) {
    List<String> kinds = new ArrayList<>();
    reader.get(path + "/history").json().forEach(e -> kinds.add(e.get("kind").asString()));
    return kinds;
  }

  Instant lastEvent(String path, String kind) {
    Instant last = null;
    for (JsonNode e : service.get(path + "/history").json()) {
      if (e.get("kind").asString().equals(kind)) {
        last = Instant.parse(e.get("occurredAt").asString());
      }
    }
    return last;
  }

  static long count(List<String> kinds, String kind) {
    return kinds.stream().filter(kind::equals).count();
  }

  long notices(UserAccount user, String kind, JsonNode c) {
    return jdbc.sql(
            "select count(*) from interaction_notification where user_id = ? and kind = ? and link = ?")
        .params(user.id(), kind, "/cases/" + c.get("id").asString())
        .query(Long.class)
        .single();
  }

  Instant jdbcInstant(JsonNode c, String column) {
    String sql =
        column.equals("resolution_warn_at")
            ? "select resolution_warn_at from support_case where id = ?"
            : "select resolution_due_at from support_case where id = ?";
    return jdbc.sql(sql)
        .params(UUID.fromString(c.get("id").asString()))
        .query(java.time.OffsetDateTime.class)
        .single()
        .toInstant();
  }
}
