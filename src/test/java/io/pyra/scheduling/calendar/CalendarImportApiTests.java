package io.pyra.scheduling.calendar;

import static io.pyra.scheduling.calendar.CalendarFixtures.ICALENDAR;
import static io.pyra.scheduling.calendar.CalendarFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * iCalendar imports (issue 17): the holidays of a centre and the external bookings of a resource,
 * from the real files of {@code ../shared/data/icalendar}; a file imported again adds nothing; a
 * file with events overlapping a booking is refused whole, naming them.
 */
@PyraIntegrationTest
class CalendarImportApiTests {

  static final String IMPORTS = "/api/v1/scheduling/imports";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  ApiClient admin;
  OrgFixtures org;
  CalendarFixtures fixtures;

  @BeforeEach
  void setUp() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    org = new OrgFixtures(orgUnits, users, roles);
    fixtures = new CalendarFixtures(jdbc);
  }

  static Stream<Path> valid() throws IOException {
    return files("valid");
  }

  static Stream<Path> invalid() throws IOException {
    return files("invalid");
  }

  private static Stream<Path> files(String folder) throws IOException {
    try (Stream<Path> files = Files.list(ICALENDAR.resolve(folder))) {
      return files.sorted().toList().stream();
    }
  }

  /**
   * The one file of the valid folder that breaks a rule of RFC 5545 as the files of the invalid
   * folder do: bitfire1.ics has no PRODID (§3.6: REQUIRED), as eli_courtwright.ics and eli_test.ics
   * of the invalid folder have none; it is refused with that rule, like them.
   */
  static final Map<String, String> VALID_BUT_BREAKING_RFC5545 = Map.of("bitfire1.ics", "PRODID");

  /** Rules that refuse a file as not iCalendar: nothing of it is read. */
  static final Set<String> INVALID_RULES = Set.of("not-icalendar", "rfc5545");

  @ParameterizedTest
  @MethodSource("valid")
  void aValidFileIsImportedOrSaysWhyThereIsNothingToImport(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    UUID centre = org.branch().id();
    UUID room = fixtures.room(centre);
    ApiClient.Response holidays = holidays(centre, file, content);
    ApiClient.Response bookings = bookings(room, file, content);
    int events = occurrences(content, "BEGIN:VEVENT");
    if (VALID_BUT_BREAKING_RFC5545.containsKey(name)) {
      for (ApiClient.Response answer : List.of(holidays, bookings)) {
        assertThat(answer.refusedFields()).as(name).containsEntry("file", "rfc5545");
        assertThat(problemDetail(answer)).contains(VALID_BUT_BREAKING_RFC5545.get(name));
      }
      assertThat(closures(centre) + bookingsOf(room)).isZero();
      return;
    }
    // holidays: a summary, never a refusal
    assertThat(holidays.status()).as(name + ": " + holidays.body()).isEqualTo(200);
    // external bookings: a summary, or a refusal for events that overlap (a programme of several
    // channels for one resource), never for the file itself
    if (bookings.status() != 200) {
      assertThat(bookings.refusedFields()).as(name).containsEntry("file", "conflicts");
    }
    for (ApiClient.Response answer : List.of(holidays, bookings)) {
      if (answer.status() != 200) {
        continue;
      }
      JsonNode json = answer.json();
      // every VEVENT of the file is accounted for, once
      assertThat(json.get("events").asInt()).as(name).isEqualTo(events);
      assertThat(
              json.get("imported").asInt()
                  + json.get("alreadyImported").asInt()
                  + json.get("otherKind").asInt()
                  + json.get("undated").asInt())
          .as(name)
          .isEqualTo(events);
      // nothing imported: the answer says why
      JsonNode nothing = json.get("nothingToImport");
      if (json.get("imported").asInt() + json.get("alreadyImported").asInt() == 0) {
        assertThat(nothing.asString())
            .as(name)
            .isEqualTo(
                events == 0
                    ? "no-events"
                    : "HOLIDAYS".equals(json.get("kind").asString())
                        ? "no-whole-day-events"
                        : "no-timed-events");
      } else {
        assertThat(nothing == null || nothing.isNull()).as(name).isTrue();
      }
    }
    int holidaysStored = holidays.json().get("imported").asInt();
    int bookingsStored = bookings.status() == 200 ? bookings.json().get("imported").asInt() : 0;
    assertThat(closures(centre)).as(name).isEqualTo(holidaysStored);
    assertThat(bookingsOf(room)).as(name).isEqualTo(bookingsStored);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void anInvalidFileIsRefusedNamingTheRuleAndNothingIsStored(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    UUID centre = org.branch().id();
    UUID room = fixtures.room(centre);
    for (ApiClient.Response answer :
        List.of(holidays(centre, file, content), bookings(room, file, content))) {
      assertThat(answer.status()).as(name).isEqualTo(422);
      assertThat(INVALID_RULES).as(name).contains(answer.refusedFields().get("file"));
      assertThat(problemDetail(answer)).as(name).isNotBlank();
    }
    assertThat(closures(centre)).as(name).isZero();
    assertThat(bookingsOf(room)).as(name).isZero();
  }

  @Test
  void aRefusedFileNamesTheRuleInTheUsersLanguage() throws IOException {
    UUID centre = org.branch().id();
    Path noVersion = ICALENDAR.resolve("invalid").resolve("0.ics");
    ApiClient.Response english = holidays(centre, noVersion, Files.readAllBytes(noVersion));
    assertThat(problemDetail(english))
        .isEqualTo(
            "The file breaks a rule of iCalendar (RFC 5545) in VCALENDAR: The following are"
                + " REQUIRED, but MUST NOT occur more than once: PRODID,VERSION");
    ApiClient.Response chinese =
        upload(
            admin,
            IMPORTS,
            "0.ics",
            Files.readAllBytes(noVersion),
            Map.of("kind", "HOLIDAYS", "orgUnitId", centre.toString()),
            "zh-CN");
    assertThat(problemDetail(chinese)).startsWith("文件违反了 iCalendar 规范（RFC 5545）的规则（VCALENDAR）");
    Path badDate = ICALENDAR.resolve("invalid").resolve("boeing.ics");
    ApiClient.Response date = holidays(centre, badDate, Files.readAllBytes(badDate));
    assertThat(date.refusedFields()).containsEntry("file", "not-icalendar");
    assertThat(problemDetail(date)).contains("line 5").contains("2006717T080000Z");
    // a valid file with no event: nothing to import, nothing stored, said in the answer
    Path zones = ICALENDAR.resolve("valid").resolve("3.ics");
    JsonNode nothing = holidays(centre, zones, Files.readAllBytes(zones)).json();
    assertThat(nothing.get("events").asInt()).isZero();
    assertThat(nothing.get("nothingToImport").asString()).isEqualTo("no-events");
    assertThat(closures(centre)).isZero();
  }

  @Test
  void holidaysImportedAgainAddNothingAndRunWholeDaysOnTheCentresClock() throws IOException {
    UUID centre = org.branch().id();
    Path argentina = ICALENDAR.resolve("valid").resolve("ArgentinaHolidays.ics");
    byte[] content = Files.readAllBytes(argentina);
    JsonNode first = holidays(centre, argentina, content).json();
    assertThat(first.get("imported").asInt()).isEqualTo(11);
    assertThat(first.get("titles").get(0).asString()).isEqualTo("Año Nuevo");
    // 1 January 2005 on Shanghai's clock (UTC+8): 31 December 16:00 UTC to 1 January 16:00 UTC
    Instant newYear =
        jdbc.sql(
                """
                select starts_at from scheduling_closure
                 where org_unit_id = :unit and reason = 'Año Nuevo' and kind = 'HOLIDAY'""")
            .param("unit", centre)
            .query(java.time.OffsetDateTime.class)
            .single()
            .toInstant();
    assertThat(newYear).isEqualTo(Instant.parse("2004-12-31T16:00:00Z"));
    JsonNode again = holidays(centre, argentina, content).json();
    assertThat(again.get("imported").asInt()).isZero();
    assertThat(again.get("alreadyImported").asInt()).isEqualTo(11);
    assertThat(closures(centre)).isEqualTo(11);
    // the company's holidays need resource.manage over every centre
    UserAccount principal = org.user(centre, "CENTRE_PRINCIPAL");
    ApiClient local = new ApiClient(port).signIn(principal.username(), OrgFixtures.PASSWORD);
    ApiClient.Response company =
        upload(local, IMPORTS, "a.ics", content, Map.of("kind", "HOLIDAYS"));
    assertThat(company.refusedFields()).containsEntry("orgUnitId", "required");
    // another centre is out of their reach: as if it did not exist
    UUID other = org.branch().id();
    assertThat(holidays(local, other, argentina, content).status()).isEqualTo(404);
    assertThat(closures(other)).isZero();
    // whoever may not manage resources may not import
    UserAccount teacher = org.user(centre, "TEACHER");
    ApiClient reader = new ApiClient(port).signIn(teacher.username(), OrgFixtures.PASSWORD);
    assertThat(holidays(reader, centre, argentina, content).status()).isEqualTo(403);
  }

  @Test
  void externalEventsOverlappingABookingRefuseTheWholeFileNamingThem() {
    UUID centre = org.branch().id();
    UUID room = fixtures.room(centre);
    UserAccount booker = org.user(centre, "CENTRE_PRINCIPAL");
    fixtures.booking(
        "Staff meeting",
        centre,
        booker.id(),
        Instant.parse("2031-03-04T02:00:00Z"),
        Instant.parse("2031-03-04T03:00:00Z"),
        room);
    byte[] file =
        calendar(
            event("a@ext", "Yoga", "20310303T020000Z", "20310303T030000Z"),
            event("b@ext", "Board game night", "20310304T023000Z", "20310304T040000Z"),
            event("c@ext", "Chess club", "20310305T020000Z", "20310305T030000Z"));
    ApiClient.Response refused = bookings(room, Path.of("ext.ics"), file);
    assertThat(refused.refusedFields()).containsEntry("file", "conflicts");
    assertThat(problemDetail(refused)).contains("Board game night").doesNotContain("Yoga");
    assertThat(bookingsOf(room)).isEqualTo(1);
    // in another room the three are booked, as EXTERNAL and CONFIRMED, with their UIDs
    UUID free = fixtures.room(centre);
    JsonNode imported = bookings(free, Path.of("ext.ics"), file).json();
    assertThat(imported.get("imported").asInt()).isEqualTo(3);
    assertThat(
            jdbc.sql(
                    """
                    select b.external_uid from scheduling_booking b
                      join scheduling_booking_resource br on br.booking_id = b.id
                     where br.resource_id = :room and b.purpose = 'EXTERNAL'
                       and b.status = 'CONFIRMED' and br.active
                     order by b.starts_at""")
                .param("room", free)
                .query(String.class)
                .list())
        .containsExactly("a@ext", "b@ext", "c@ext");
    // again: nothing twice
    JsonNode again = bookings(free, Path.of("ext.ics"), file).json();
    assertThat(again.get("imported").asInt()).isZero();
    assertThat(again.get("alreadyImported").asInt()).isEqualTo(3);
    assertThat(bookingsOf(free)).isEqualTo(3);
    // two events of one file at the same time are refused too
    byte[] clash =
        calendar(
            event("d@ext", "Choir", "20320303T020000Z", "20320303T030000Z"),
            event("e@ext", "Drums", "20320303T022000Z", "20320303T023000Z"));
    assertThat(bookings(free, Path.of("clash.ics"), clash).refusedFields())
        .containsEntry("file", "conflicts");
    assertThat(bookingsOf(free)).isEqualTo(3);
  }

  @Test
  void badRequestsAreRefusedNamingTheFieldAndChangeNothing() {
    UUID centre = org.branch().id();
    UUID room = fixtures.room(centre);
    byte[] file = calendar(event("x@ext", "X", "20310303T020000Z", "20310303T030000Z"));
    ApiClient.Response noResource =
        upload(admin, IMPORTS, "x.ics", file, Map.of("kind", "BOOKINGS"));
    assertThat(noResource.refusedFields()).containsEntry("resourceId", "required");
    assertThat(
            upload(
                    admin,
                    IMPORTS,
                    "x.ics",
                    file,
                    Map.of("kind", "PARTY", "orgUnitId", centre.toString()))
                .status())
        .isEqualTo(400);
    assertThat(
            upload(
                    admin,
                    IMPORTS,
                    "x.ics",
                    file,
                    Map.of("kind", "BOOKINGS", "resourceId", UUID.randomUUID().toString()))
                .status())
        .isEqualTo(404);
    assertThat(bookings(room, Path.of("e.ics"), new byte[0]).refusedFields())
        .containsEntry("file", "empty");
    byte[] large = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(large, (byte) 'x');
    assertThat(bookings(room, Path.of("big.ics"), large).refusedFields())
        .containsEntry("file", "too-large");
    assertThat(bookingsOf(room)).isZero();
    // and in Chinese
    ApiClient.Response zh =
        admin.send(
            admin
                .builder(IMPORTS)
                .header("Accept-Language", "zh-CN")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nBOOKINGS\r\n"
                            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ics\"\r\n\r\n"
                            + new String(file, StandardCharsets.UTF_8)
                            + "\r\n--b--\r\n")));
    assertThat(problemDetail(zh)).contains("请选择外部预订占用的资源");
  }

  static String event(String uid, String title, String start, String end) {
    return "BEGIN:VEVENT\r\nUID:"
        + uid
        + "\r\nDTSTAMP:20300101T000000Z\r\nDTSTART:"
        + start
        + "\r\nDTEND:"
        + end
        + "\r\nSUMMARY:"
        + title
        + "\r\nEND:VEVENT\r\n";
  }

  static byte[] calendar(String... events) {
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
            + String.join("", events)
            + "END:VCALENDAR\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static String problemDetail(ApiClient.Response answer) {
    return answer.json().get("detail").asString();
  }

  static int occurrences(byte[] content, String line) {
    String text = new String(content, StandardCharsets.UTF_8);
    return (int) text.lines().filter(l -> l.strip().equalsIgnoreCase(line)).count();
  }

  int closures(UUID centre) {
    return jdbc.sql("select count(*) from scheduling_closure where org_unit_id = :u")
        .param("u", centre)
        .query(Integer.class)
        .single();
  }

  int bookingsOf(UUID resource) {
    return jdbc.sql("select count(*) from scheduling_booking_resource where resource_id = :r")
        .param("r", resource)
        .query(Integer.class)
        .single();
  }

  ApiClient.Response holidays(ApiClient api, UUID centre, Path file, byte[] content) {
    return upload(
        api,
        IMPORTS,
        file.getFileName().toString(),
        content,
        Map.of("kind", "HOLIDAYS", "orgUnitId", centre.toString()));
  }

  ApiClient.Response holidays(UUID centre, Path file, byte[] content) {
    return upload(
        admin,
        IMPORTS,
        file.getFileName().toString(),
        content,
        Map.of("kind", "HOLIDAYS", "orgUnitId", centre.toString()));
  }

  ApiClient.Response bookings(UUID resource, Path file, byte[] content) {
    return upload(
        admin,
        IMPORTS,
        file.getFileName().toString(),
        content,
        Map.of("kind", "BOOKINGS", "resourceId", resource.toString()));
  }
}
