package io.pyra.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Business calendars over the API (issue 15): the company's shipped calendar, a calendar per org
 * unit set, read and changed with If-Match, every bad change refused naming the field with nothing
 * changed, holidays imported from the real iCalendar files of {@code ../shared/data/icalendar}, and
 * the calendar that applies to an org unit found by its nearest ancestor.
 */
@PyraIntegrationTest
class BusinessCalendarApiTests {

  static final String CALENDARS = "/api/v1/business-calendars";
  static final Path ICALENDAR = Path.of("../shared/data/icalendar");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired BusinessCalendars calendars;

  ApiClient admin;
  OrgFixtures fixtures;

  @BeforeEach
  void setUp() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    fixtures = new OrgFixtures(orgUnits, users, roles);
  }

  @Test
  void theCompanyShipsItsCalendarMondayToFridayNineToSixAndCannotLoseIt() {
    JsonNode company = company();
    assertThat(company.get("code").asString()).isEqualTo("COMPANY");
    assertThat(company.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
    assertThat(company.get("orgUnitId").isNull()).isTrue();
    assertThat(hours(company))
        .containsExactly(
            "MONDAY 09:00-18:00",
            "TUESDAY 09:00-18:00",
            "WEDNESDAY 09:00-18:00",
            "THURSDAY 09:00-18:00",
            "FRIDAY 09:00-18:00");
    String path = CALENDARS + "/" + company.get("id").asString();
    ApiClient.Response refused = admin.delete(path, admin.get(path).header("ETag"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.refusedFields()).containsEntry("id", "company");
    assertThat(admin.get(path).status()).isEqualTo(200);
    // the company's calendar is for no org unit, and no second one can be set
    Map<String, Object> withUnit = body(company);
    withUnit.put("orgUnitId", fixtures.branch().id().toString());
    assertThat(admin.put(path, withUnit, admin.get(path).header("ETag")).refusedFields())
        .containsEntry("orgUnitId", "company");
    Map<String, Object> second = calendar(code("CO"), null);
    assertThat(admin.post(CALENDARS, second).refusedFields()).containsEntry("orgUnitId", "unique");
    // an org unit without its own calendar nor one above it works on the company's
    assertThat(calendars.calendarFor(null).code()).isEqualTo("COMPANY");
    assertThat(calendars.clockFor(null).zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void anAdministratorSetsReadsChangesAndRemovesACalendarWithIfMatch() {
    OrgUnit branch = fixtures.branch();
    Map<String, Object> body = calendar(code("LDN"), branch.id());
    body.put("timeZone", "Europe/London");
    body.put(
        "hours",
        List.of(
            hours("MONDAY", "09:00", "12:00"),
            hours("MONDAY", "13:00", "18:00"),
            hours("SATURDAY", "10:00", "24:00")));
    body.put("holidays", List.of(holiday("Christmas", "2026-12-25", "2026-12-26")));
    ApiClient.Response created = admin.post(CALENDARS, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    String path = CALENDARS + "/" + id;
    assertThat(created.header("Location")).endsWith(path);
    ApiClient.Response read = admin.get(path);
    assertThat(read.header("ETag")).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
    assertThat(hours(read.json()))
        .containsExactly("MONDAY 09:00-12:00", "MONDAY 13:00-18:00", "SATURDAY 10:00-24:00");
    assertThat(read.json().get("holidays").get(0).get("lastDay").asString())
        .isEqualTo("2026-12-26");

    Map<String, Object> change = body(read.json());
    change.put("nameZh", "伦敦分部");
    change.put("holidays", List.of());
    ApiClient.Response changed = admin.put(path, change, read.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("nameZh").asString()).isEqualTo("伦敦分部");
    assertThat(changed.json().get("holidays").size()).isZero();
    assertThat(changed.header("ETag")).isNotEqualTo(read.header("ETag"));

    // the lost update: a change on the version read before is refused, nothing changes
    ApiClient.Response stale = admin.put(path, body(read.json()), read.header("ETag"));
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);
    assertThat(admin.put(path, body(read.json()), null).status()).isEqualTo(428);
    assertThat(admin.delete(path, null).status()).isEqualTo(428);
    assertThat(admin.delete(path, read.header("ETag")).status()).isEqualTo(412);
    assertThat(admin.get(path).json().get("nameZh").asString()).isEqualTo("伦敦分部");

    // the change is in the audit log, in words
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document audit = pages.get("/admin/audit?recordId=" + id).document();
    assertThat(audit.select("tr.audit-entry[data-action=UPDATE] summary").text())
        .contains("Business calendar");
    Document created0 = pages.get("/admin/audit?recordId=" + id).document();
    assertThat(created0.select("li.audit-change[data-field=hours]").text())
        .contains("Mon 09:00–12:00");

    assertThat(admin.delete(path, changed.header("ETag")).status()).isEqualTo(204);
    assertThat(admin.get(path).status()).isEqualTo(404);
  }

  @Test
  void everyBadCalendarIsRefusedNamingTheFieldAndNothingChanges() {
    OrgUnit branch = fixtures.branch();
    ApiClient.Response created = admin.post(CALENDARS, calendar(code("BAD"), branch.id()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String path = CALENDARS + "/" + created.json().get("id").asString();
    String etag = admin.get(path).header("ETag");
    OrgUnit taken = fixtures.branch();
    assertThat(admin.post(CALENDARS, calendar(code("TKN"), taken.id())).status()).isEqualTo(201);

    List<Map<String, Object>> manyHolidays = new ArrayList<>();
    LocalDate day = LocalDate.of(2027, 1, 1);
    for (int i = 0; i < 367; i++) {
      manyHolidays.add(holiday("Day " + i, day.plusDays(i).toString(), day.plusDays(i).toString()));
    }
    record Bad(String what, Map<String, Object> change, String field, String rule) {}
    List<Bad> bad =
        List.of(
            new Bad("no working hours", Map.of("hours", List.of()), "hours", "required"),
            new Bad(
                "an end before the start",
                Map.of("hours", List.of(hours("MONDAY", "18:00", "09:00"))),
                "hours[0].end",
                "after-start"),
            new Bad(
                "an end equal to the start",
                Map.of("hours", List.of(hours("MONDAY", "09:00", "09:00"))),
                "hours[0].end",
                "after-start"),
            new Bad(
                "overlapping intervals",
                Map.of(
                    "hours",
                    List.of(hours("MONDAY", "09:00", "12:30"), hours("MONDAY", "12:00", "18:00"))),
                "hours[1].start",
                "overlap"),
            new Bad(
                "not a time",
                Map.of("hours", List.of(hours("MONDAY", "9h", "18:00"))),
                "hours[0].start",
                "time"),
            new Bad(
                "overlapping holidays",
                Map.of(
                    "holidays",
                    List.of(
                        holiday("Spring Festival", "2027-02-05", "2027-02-11"),
                        holiday("Lantern", "2027-02-11", "2027-02-12"))),
                "holidays[1].firstDay",
                "overlap"),
            new Bad(
                "a last day before the first",
                Map.of("holidays", List.of(holiday("Odd", "2027-05-05", "2027-05-01"))),
                "holidays[0].lastDay",
                "after-first"),
            new Bad(
                "an unknown time zone", Map.of("timeZone", "Mars/Olympus"), "timeZone", "unknown"),
            new Bad("an offset, not a zone", Map.of("timeZone", "+08:00"), "timeZone", "unknown"),
            new Bad(
                "an org unit that has one",
                Map.of("orgUnitId", taken.id().toString()),
                "orgUnitId",
                "unique"),
            new Bad(
                "an org unit that does not exist",
                Map.of("orgUnitId", UUID.randomUUID().toString()),
                "orgUnitId",
                "unknown"),
            new Bad("367 holidays", Map.of("holidays", manyHolidays), "holidays", "max-items"),
            new Bad("a name of 101", Map.of("nameEn", "x".repeat(101)), "nameEn", "max-length"),
            new Bad(
                "a holiday name of 101",
                Map.of("holidays", List.of(holiday("y".repeat(101), "2027-01-01", "2027-01-01"))),
                "holidays[0].name",
                "max-length"),
            new Bad("a code of 41", Map.of("code", "C".repeat(41)), "code", "max-length"),
            new Bad("no code", Map.of("code", ""), "code", "required"));
    long count = count();
    for (Bad b : bad) {
      Map<String, Object> body = body(admin.get(path).json());
      body.putAll(b.change());
      ApiClient.Response refused = admin.put(path, body, etag);
      assertThat(refused.status()).as(b.what() + ": " + refused.body()).isEqualTo(422);
      assertThat(refused.refusedFields()).as(b.what()).containsEntry(b.field(), b.rule());
      Map<String, Object> fresh = new LinkedHashMap<>(body);
      fresh.put("code", b.field().equals("code") ? b.change().get("code") : code("NEW"));
      if (!b.field().equals("orgUnitId")) {
        fresh.put("orgUnitId", fixtures.branch().id().toString());
      }
      ApiClient.Response refusedNew = admin.post(CALENDARS, fresh);
      assertThat(refusedNew.status()).as("new, " + b.what()).isEqualTo(422);
      assertThat(refusedNew.refusedFields())
          .as("new, " + b.what())
          .containsEntry(b.field(), b.rule());
    }
    assertThat(admin.get(path).header("ETag")).as("nothing changed").isEqualTo(etag);
    assertThat(count()).as("nothing stored").isEqualTo(count);

    // in the caller's language
    Map<String, Object> noHours = body(admin.get(path).json());
    noHours.put("hours", List.of());
    ApiClient.Response chinese =
        admin.send(
            admin
                .builder(path)
                .header("Accept-Language", "zh-CN")
                .header("If-Match", etag)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(noHours))));
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(chinese.body()).contains("请至少填写一段工作时间");
    assertThat(admin.put(path, noHours, etag).body()).contains("at least one period");
  }

  @Test
  void onlySupportConfigureChangesCalendarsAndCaseReadersSeeThem() {
    OrgUnit branch = fixtures.branch();
    UserAccount assistant = fixtures.user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    UserAccount finance = fixtures.user(branch, "FINANCE");
    ApiClient reader = new ApiClient(port).signIn(assistant.username(), OrgFixtures.PASSWORD);
    ApiClient outsider = new ApiClient(port).signIn(finance.username(), OrgFixtures.PASSWORD);
    String path = CALENDARS + "/" + company().get("id").asString();
    String etag = admin.get(path).header("ETag");
    assertThat(reader.get(CALENDARS).status()).isEqualTo(200);
    assertThat(reader.get(path).status()).isEqualTo(200);
    assertThat(reader.put(path, body(company()), etag).status()).isEqualTo(403);
    assertThat(reader.post(CALENDARS, calendar(code("R"), branch.id())).status()).isEqualTo(403);
    assertThat(reader.delete(path, etag).status()).isEqualTo(403);
    assertThat(upload(reader, path, "x.ics", new byte[] {1}).status()).isEqualTo(403);
    assertThat(outsider.get(CALENDARS).status()).isEqualTo(403);
    assertThat(outsider.get(path).status()).isEqualTo(403);
    assertThat(admin.get(path).header("ETag")).isEqualTo(etag);
  }

  @Test
  void theHolidayFilesImportTheirWholeDayEvents() throws IOException {
    List<String> files =
        List.of(
            "ArgentinaHolidays.ics",
            "Australian32Holidays.ics",
            "Belgische32feestdagen.ics",
            "Christian32Holidays.ics",
            "EstoniaHolidays.ics",
            "SwedishHolidays2003-2006.ics",
            "canada.ics",
            "google_aus_holidays.ics",
            "japan_west.ics",
            "Packers.ics");
    for (String file : files) {
      byte[] content = Files.readAllBytes(ICALENDAR.resolve("valid").resolve(file));
      String path = newCalendar();
      ApiClient.Response imported = upload(admin, path, file, content);
      assertThat(imported.status()).as(file + ": " + imported.body()).isEqualTo(200);
      JsonNode json = imported.json();
      // every VEVENT of the file is accounted for: imported, or left out with its reason
      int events = occurrences(content, "BEGIN:VEVENT");
      assertThat(json.get("events").asInt()).as(file).isEqualTo(events);
      assertThat(
              json.get("imported").size()
                  + json.get("timed").asInt()
                  + json.get("alreadyCovered").asInt()
                  + json.get("outOfRange").asInt())
          .as(file)
          .isEqualTo(events);
      assertThat(json.get("imported").size()).as(file).isPositive();
      assertThat(json.get("calendar").get("holidays").size())
          .isEqualTo(json.get("imported").size());
      assertThat(imported.header("ETag")).isEqualTo(admin.get(path).header("ETag"));
    }
    // Argentina 2005, DTEND exclusive: Año Nuevo is 1 January alone; 11 whole-day events
    String argentina = newCalendar();
    JsonNode read =
        upload(admin, argentina, "a.ics", bytes("valid", "ArgentinaHolidays.ics")).json();
    assertThat(read.get("imported").size()).isEqualTo(11);
    JsonNode first = read.get("calendar").get("holidays").get(0);
    assertThat(first.get("name").asString()).isEqualTo("Año Nuevo");
    assertThat(first.get("firstDay").asString()).isEqualTo("2005-01-01");
    assertThat(first.get("lastDay").asString()).isEqualTo("2005-01-01");
    // the same file again adds nothing: its days are holidays already
    JsonNode again =
        upload(admin, argentina, "a.ics", bytes("valid", "ArgentinaHolidays.ics")).json();
    assertThat(again.get("imported").size()).isZero();
    assertThat(again.get("alreadyCovered").asInt()).isEqualTo(11);
    // a sports fixture list: 3 whole-day events (open dates) among 63 games with a time
    JsonNode packers = upload(admin, newCalendar(), "p.ics", bytes("valid", "Packers.ics")).json();
    assertThat(packers.get("imported").size()).isEqualTo(3);
    assertThat(packers.get("timed").asInt()).isEqualTo(63);
  }

  @Test
  void aFileThatIsNotICalendarOrHasNoHolidaysIsRefusedAndNothingIsStored() throws IOException {
    String path = newCalendar();
    String etag = admin.get(path).header("ETag");
    List<String> refused = new ArrayList<>();
    try (var invalid = Files.list(ICALENDAR.resolve("invalid"))) {
      for (Path file : invalid.sorted().toList()) {
        ApiClient.Response answer =
            upload(admin, path, file.getFileName().toString(), Files.readAllBytes(file));
        if (answer.status() == 422) {
          assertThat(answer.refusedFields()).as(file.toString()).containsKey("file");
          refused.add(file.getFileName().toString());
        } else {
          throw new AssertionError(file + " imported: " + answer.body());
        }
      }
    }
    assertThat(refused).hasSize(22);
    assertThat(admin.get(path).header("ETag")).as("nothing stored").isEqualTo(etag);
    assertThat(admin.get(path).json().get("holidays").size()).isZero();

    ApiClient.Response notCalendar =
        upload(admin, path, "notes.ics", "just some text".getBytes(StandardCharsets.UTF_8));
    assertThat(notCalendar.refusedFields()).containsEntry("file", "not-icalendar");
    ApiClient.Response broken = upload(admin, path, "broken.ics", bytes("invalid", "boeing.ics"));
    assertThat(broken.refusedFields()).containsEntry("file", "not-icalendar");
    assertThat(broken.body()).contains("2006717T080000Z");
    ApiClient.Response noEvents = upload(admin, path, "tz.ics", bytes("valid", "3.ics"));
    assertThat(noEvents.refusedFields()).containsEntry("file", "no-events");
    ApiClient.Response meetings =
        upload(admin, path, "session.ics", bytes("valid", "Session6.ics"));
    assertThat(meetings.refusedFields()).containsEntry("file", "no-whole-day-events");
    // core.ics calls itself VERSION:1.0: a rule of RFC 5545 broken, named
    ApiClient.Response version = upload(admin, path, "core.ics", bytes("invalid", "core.ics"));
    assertThat(version.refusedFields()).containsEntry("file", "rfc5545");
    assertThat(version.body()).contains("VERSION");
    assertThat(upload(admin, path, "empty.ics", new byte[0]).refusedFields())
        .containsEntry("file", "empty");
    // more than 366 holidays at once: 367 single days in a file of the test's own
    StringBuilder many =
        new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
    LocalDate day = LocalDate.of(2030, 1, 1);
    for (int i = 0; i < 367; i++) {
      String date = day.plusDays(i).toString().replace("-", "");
      many.append("BEGIN:VEVENT\r\nUID:d")
          .append(i)
          .append("\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:")
          .append(date)
          .append("\r\nSUMMARY:Day ")
          .append(i)
          .append("\r\nEND:VEVENT\r\n");
    }
    many.append("END:VCALENDAR\r\n");
    ApiClient.Response tooMany =
        upload(admin, path, "many.ics", many.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(tooMany.refusedFields()).containsEntry("file", "max-items");
    // 1321 mathematicians' birthdays fall on at most 366 days of 2004: they fit, once each day
    String birthdays = newCalendar();
    JsonNode read = upload(admin, birthdays, "b.ics", bytes("valid", "mathBirthdays.ics")).json();
    assertThat(read.get("imported").size() + read.get("alreadyCovered").asInt()).isEqualTo(1321);
    assertThat(read.get("imported").size()).isLessThanOrEqualTo(366);
    assertThat(admin.get(path).header("ETag")).as("nothing stored").isEqualTo(etag);
  }

  @Test
  void anOrgUnitWorksOnItsOwnCalendarElseItsNearestAncestorsElseTheCompanys() {
    OrgUnit branch = fixtures.branch();
    OrgUnit team = fixtures.unit(branch);
    OrgUnit squad = fixtures.unit(team);
    OrgUnit other = fixtures.branch();
    Map<String, Object> london = calendar(code("UK"), branch.id());
    london.put("timeZone", "Europe/London");
    ApiClient.Response created = admin.post(CALENDARS, london);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String code = created.json().get("code").asString();

    assertThat(calendars.calendarFor(id(branch)).code()).isEqualTo(code);
    assertThat(calendars.calendarFor(id(team)).code()).as("the parent's").isEqualTo(code);
    assertThat(calendars.calendarFor(id(squad)).code()).as("the grandparent's").isEqualTo(code);
    assertThat(calendars.calendarFor(id(other)).code()).isEqualTo("COMPANY");
    assertThat(calendars.calendarFor(new OrgUnitId(UUID.randomUUID())).company()).isTrue();
    // the squad's deadlines run on London time: Friday 27 March 2026 17:00 GMT + 2 working
    // hours = Monday 30 March 10:00 BST (09:00Z)
    assertThat(calendars.clockFor(id(squad)).plus(Instant.parse("2026-03-27T17:00:00Z"), hours(2)))
        .isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));

    // the team gets its own: it and the squad use it, the branch keeps London
    Map<String, Object> teamCalendar = calendar(code("TM"), team.id());
    teamCalendar.put("timeZone", "Asia/Tokyo");
    ApiClient.Response own = admin.post(CALENDARS, teamCalendar);
    assertThat(own.status()).isEqualTo(201);
    assertThat(calendars.calendarFor(id(squad)).code())
        .isEqualTo(own.json().get("code").asString());
    assertThat(calendars.clockFor(id(squad)).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(calendars.calendarFor(id(branch)).code()).isEqualTo(code);

    // removed, and forgotten at once: the squad is back on London
    String teamPath = CALENDARS + "/" + own.json().get("id").asString();
    assertThat(admin.delete(teamPath, admin.get(teamPath).header("ETag")).status()).isEqualTo(204);
    assertThat(calendars.calendarFor(id(squad)).code()).isEqualTo(code);
  }

  // --- helpers

  JsonNode company() {
    for (JsonNode c : admin.get(CALENDARS).json()) {
      if (c.get("company").asBoolean()) {
        return c;
      }
    }
    throw new AssertionError("no company calendar");
  }

  /** A new calendar for a new branch; its path. */
  String newCalendar() {
    ApiClient.Response created =
        admin.post(CALENDARS, calendar(code("ICS"), fixtures.branch().id()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return CALENDARS + "/" + created.json().get("id").asString();
  }

  long count() {
    return jdbc.sql("select count(*) from support_business_calendar").query(Long.class).single();
  }

  static OrgUnitId id(OrgUnit unit) {
    return new OrgUnitId(unit.id());
  }

  static Duration hours(int hours) {
    return Duration.ofHours(hours);
  }

  static String code(String prefix) {
    return OrgFixtures.code(prefix);
  }

  static Map<String, Object> calendar(String code, UUID orgUnitId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("nameEn", "Calendar " + code);
    body.put("nameZh", "工作日历 " + code);
    body.put("timeZone", "Asia/Shanghai");
    body.put("orgUnitId", orgUnitId == null ? null : orgUnitId.toString());
    List<Map<String, Object>> hours = new ArrayList<>();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      hours.add(hours(day, "09:00", "18:00"));
    }
    body.put("hours", hours);
    body.put("holidays", List.of());
    return body;
  }

  static Map<String, Object> hours(String day, String start, String end) {
    Map<String, Object> hours = new LinkedHashMap<>();
    hours.put("day", day);
    hours.put("start", start);
    hours.put("end", end);
    return hours;
  }

  static Map<String, Object> holiday(String name, String first, String last) {
    Map<String, Object> holiday = new LinkedHashMap<>();
    holiday.put("name", name);
    holiday.put("firstDay", first);
    holiday.put("lastDay", last);
    return holiday;
  }

  /** A calendar as read, as the body of a PUT. */
  static Map<String, Object> body(JsonNode c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", c.get("code").asString());
    body.put("nameEn", c.get("nameEn").asString());
    body.put("nameZh", c.get("nameZh").isNull() ? null : c.get("nameZh").asString());
    body.put("timeZone", c.get("timeZone").asString());
    body.put("orgUnitId", c.get("orgUnitId").isNull() ? null : c.get("orgUnitId").asString());
    List<Map<String, Object>> hours = new ArrayList<>();
    for (JsonNode h : c.get("hours")) {
      hours.add(hours(h.get("day").asString(), h.get("start").asString(), h.get("end").asString()));
    }
    body.put("hours", hours);
    List<Map<String, Object>> holidays = new ArrayList<>();
    for (JsonNode h : c.get("holidays")) {
      holidays.add(
          holiday(
              h.get("name").asString(), h.get("firstDay").asString(), h.get("lastDay").asString()));
    }
    body.put("holidays", holidays);
    return body;
  }

  static List<String> hours(JsonNode c) {
    List<String> lines = new ArrayList<>();
    for (JsonNode h : c.get("hours")) {
      lines.add(
          h.get("day").asString()
              + " "
              + h.get("start").asString()
              + "-"
              + h.get("end").asString());
    }
    return lines;
  }

  static String json(Map<String, Object> body) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
  }

  static byte[] bytes(String folder, String file) throws IOException {
    return Files.readAllBytes(ICALENDAR.resolve(folder).resolve(file));
  }

  static int occurrences(byte[] content, String line) {
    String text = new String(content, StandardCharsets.UTF_8);
    return (int)
        Pattern.compile("(?im)^" + Pattern.quote(line) + "\\s*$").matcher(text).results().count();
  }

  static ApiClient.Response upload(ApiClient api, String path, String fileName, byte[] content) {
    String boundary = "----pyra" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/calendar\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api.send(
        api.builder(path + "/holidays/import")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }
}
