package io.pyra.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.support.cases.SlaWatch;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The import of past support cases (issue 15, item 8) through the import API, as a script would use
 * it: the support-ticket set of {@code ../shared/data/support-tickets} whole, with its statuses,
 * first responses, resolutions and satisfaction, and imported again without a duplicate; a small
 * file of edge cases (ties at a deadline, a weekend, a resolution before the response, a bad row)
 * whose SLA compliance report is checked against this test's own count of working time on the
 * team's calendar (Monday to Friday 09:00–18:00 in the company's zone); and bad rows refused in
 * English and Chinese with nothing written. Every expectation comes from this test's own reading of
 * its CSV (Commons CSV), not from the import's mapper.
 */
@PyraIntegrationTest
class CaseImportTests {

  static final Path TICKETS =
      Path.of(
          System.getProperty(
              "pyra.support-tickets",
              "../shared/data/support-tickets/customer_support_tickets.csv"));

  static final LocalTime OPEN = LocalTime.of(9, 0);
  static final LocalTime CLOSE = LocalTime.of(18, 0);
  static final String HEADER =
      "Ticket ID,Customer Name,Customer Email,Product Purchased,Ticket Type,Ticket Subject,"
          + "Ticket Description,Ticket Status,Resolution,Ticket Priority,Ticket Channel,Created,"
          + "First Response Time,Time to Resolution,Customer Satisfaction Rating";

  static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * The shipped general policies for grade C (migration V202612070401): first response, resolution.
   */
  static final Map<String, Duration[]> GRADE_C =
      Map.of(
          "SERIOUS", new Duration[] {Duration.ofHours(4), Duration.ofHours(36)},
          "MINOR", new Duration[] {Duration.ofHours(9), Duration.ofHours(45)});

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired SlaWatch watch;
  @Autowired MessageSource messages;

  @Value("${pyra.time-zone}")
  String companyZone;

  ZoneId zone;
  ApiClient admin;
  OrgFixtures org;

  @BeforeEach
  void setUp() {
    zone = ZoneId.of(companyZone);
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    org = new OrgFixtures(orgUnits, users, roles);
  }

  // --- the whole file

  @Test
  void theWholeTicketFileImportsWithItsTimesAndSatisfactionAndAgainImportsNothingNew()
      throws IOException {
    List<Ticket> tickets;
    try (Reader in = Files.newBufferedReader(TICKETS, StandardCharsets.UTF_8)) {
      tickets = read(in);
    }
    assertThat(tickets).hasSize(8469);
    OrgUnit team = team();
    byte[] file = Files.readAllBytes(TICKETS);

    long started = System.nanoTime();
    JsonNode first = commit(file, "tickets.csv", team, null, "GOOD_ROWS", "en");
    long took = System.nanoTime() - started;
    System.out.printf(
        "CaseImportTests: the whole ticket file (%d rows) imported in %d ms%n",
        tickets.size(), took / 1_000_000);

    assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("COMPLETED");
    assertThat(first.get("errors").asInt()).as(first.toString()).isZero();
    assertThat(first.get("created").asInt()).isEqualTo(8469);

    // statuses: Open is new (in progress when answered), pending waits, closed is closed
    Map<String, Long> expectedStatus = new TreeMap<>();
    long rated = 0;
    long ratingSum = 0;
    Set<String> emails = new HashSet<>();
    for (Ticket t : tickets) {
      expectedStatus.merge(t.expectedStatus(), 1L, Long::sum);
      if (t.rating() != null) {
        rated++;
        ratingSum += t.rating();
      }
      emails.add(t.email().toLowerCase(Locale.ROOT));
    }
    Map<String, Long> status = new TreeMap<>();
    jdbc.sql("select status, count(*) from support_case where org_unit_id = ? group by status")
        .param(team.id())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> status.put(e.getKey(), e.getValue()));
    assertThat(status).isEqualTo(expectedStatus);
    assertThat(
            jdbc.sql(
                    "select count(satisfaction), coalesce(sum(satisfaction), 0) from support_case where org_unit_id = ?")
                .param(team.id())
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single())
        .containsExactly(rated, ratingSum);
    assertThat(
            jdbc.sql("select count(distinct customer_id) from support_case where org_unit_id = ?")
                .param(team.id())
                .query(Long.class)
                .single())
        .as("one customer per e-mail")
        .isEqualTo(emails.size());

    // ticket 1: pending customer response, critical, social media, answered 2023-06-01 12:15:36
    Map<String, Object> one = stored(team, "1");
    Ticket t1 = tickets.getFirst();
    assertThat(one.get("status")).isEqualTo("WAITING_ON_CUSTOMER");
    assertThat(one.get("severity")).isEqualTo("SERIOUS");
    assertThat(one.get("channel")).isEqualTo("WEB");
    assertThat(one.get("first_responded_at")).isEqualTo(t1.responded());
    assertThat(one.get("first_responded_at"))
        .isEqualTo(LocalDateTime.of(2023, 6, 1, 12, 15, 36).atZone(zone).toInstant());
    assertThat(one.get("paused_at")).as("waiting since the response").isEqualTo(t1.responded());
    assertThat(one.get("created_at")).isEqualTo(t1.responded());
    assertThat(one.get("description").toString())
        .doesNotContain("{product_purchased}")
        .contains("I'm having an issue with the GoPro Hero. Please assist.");
    // lines of one instant are in no particular order among themselves
    assertThat(history(team, "1"))
        .containsExactlyInAnyOrder("OPENED import", "STATUS import", "RESPONDED import")
        .startsWith("OPENED import");

    // a resolution recorded before the first response is the first response, and the opening
    Ticket early =
        tickets.stream()
            .filter(t -> t.resolved() != null && t.responded().isAfter(t.resolved()))
            .findFirst()
            .orElseThrow();
    assertThat(
            tickets.stream()
                .filter(t -> t.resolved() != null && t.responded().isAfter(t.resolved()))
                .count())
        .isEqualTo(1365);
    Map<String, Object> resolvedEarly = stored(team, early.id());
    assertThat(resolvedEarly.get("status")).isEqualTo("CLOSED");
    assertThat(resolvedEarly.get("first_responded_at")).isEqualTo(early.resolved());
    assertThat(resolvedEarly.get("created_at")).isEqualTo(early.resolved());
    assertThat(resolvedEarly.get("resolved_at")).isEqualTo(early.resolved());
    assertThat(resolvedEarly.get("closed_at")).isEqualTo(early.resolved());
    assertThat(resolvedEarly.get("resolution")).isEqualTo(early.resolution());
    assertThat(history(team, early.id()))
        .startsWith("OPENED import")
        .containsExactlyInAnyOrder(
            "OPENED import",
            "STATUS import",
            "RESPONDED import",
            "STATUS import",
            "SATISFACTION import");

    // the SLA compliance report of the team, month by month, against this test's arithmetic
    for (YearMonth month : List.of(YearMonth.of(2023, 5), YearMonth.of(2023, 6))) {
      assertThat(compliance(team, month)).as(month.toString()).isEqualTo(expected(tickets, month));
    }

    // the same file again: every row already imported, nothing new
    JsonNode again = commit(file, "tickets.csv", team, null, "GOOD_ROWS", "en");
    assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("errors").asInt()).isZero();
    assertThat(again.get("skipped").asInt()).isEqualTo(8469);
    assertThat(
            jdbc.sql("select count(*) from support_case where org_unit_id = ?")
                .param(team.id())
                .query(Long.class)
                .single())
        .isEqualTo(8469);
    JsonNode skippedRow =
        admin
            .get("/api/v1/imports/" + again.get("id").asString() + "/rows?action=SKIP&limit=1")
            .json()
            .get(0);
    assertThat(skippedRow.get("matchedBy").asString()).isEqualTo("ticket");
    assertThat(skippedRow.get("matchedCode").asString()).isEqualTo(one.get("code"));

    // the tests share one database: 5,700 open cases would keep every later SLA pass busy
    jdbc.sql(
            "delete from support_case_event where case_id in (select id from support_case where org_unit_id = ?)")
        .param(team.id())
        .update();
    jdbc.sql("delete from support_case where org_unit_id = ?").param(team.id()).update();
  }

  // --- edge cases, checked against this test's own count of working time

  @Test
  void craftedTicketsMeetOrBreachTheirTargetsAsTheTeamsCalendarCountsAndPastBreachesNotifyNobody()
      throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String same = "same." + tag + "@example.com";
    String header = HEADER;
    List<String> lines = new ArrayList<>();
    lines.add(header);
    // 1: answered exactly at the 4 working hours of a serious case: met
    lines.add(
        row(
            tag,
            1,
            same,
            "Critical",
            "Closed",
            "2024-03-04 09:00:00",
            "2024-03-04 13:00:00",
            "2024-03-05 10:00:00",
            "5.0"));
    // 2: answered one second late: breached (same customer)
    lines.add(
        row(
            tag,
            2,
            same,
            "High",
            "Closed",
            "2024-03-04 09:00:00",
            "2024-03-04 13:00:01",
            "2024-03-04 14:00:00",
            "4.0"));
    // 3: opened on a Friday evening, answered Monday, resolved exactly at 45 working hours
    lines.add(
        row(
            tag,
            3,
            "c3." + tag + "@example.com",
            "Low",
            "Closed",
            "2024-03-08 17:00:00",
            "2024-03-11 09:30:00",
            "2024-03-15 17:00:00",
            ""));
    // 4: resolved one second after 45 working hours: breached
    lines.add(
        row(
            tag,
            4,
            "c4." + tag + "@example.com",
            "Medium",
            "Closed",
            "",
            "2024-03-04 10:00:00",
            "2024-03-11 10:00:01",
            "1.0"));
    // 5: resolved before the recorded first response
    lines.add(
        row(
            tag,
            5,
            "c5." + tag + "@example.com",
            "Critical",
            "Closed",
            "",
            "2024-03-05 15:00:00",
            "2024-03-05 11:00:00",
            "3.0"));
    // 6: resolved in the next month, over a weekend
    lines.add(
        row(
            tag,
            6,
            "c6." + tag + "@example.com",
            "Low",
            "Closed",
            "2024-03-29 17:30:00",
            "2024-03-29 17:45:00",
            "2024-04-01 10:00:00",
            "2.0"));
    // 7: waiting on the customer
    lines.add(
        row(
            tag,
            7,
            "c7." + tag + "@example.com",
            "Medium",
            "Pending Customer Response",
            "",
            "2024-03-06 12:00:00",
            "",
            ""));
    // 8: open, no time at all: its clock starts at the import
    lines.add(row(tag, 8, "c8." + tag + "@example.com", "High", "Open", "", "", "", ""));
    // 9: open and answered long ago: its resolution deadline passed before the import
    lines.add(
        row(
            tag,
            9,
            "c9." + tag + "@example.com",
            "Low",
            "Open",
            "",
            "2024-03-06 10:00:00",
            "",
            ""));
    // 10: a type nobody knows
    lines.add(
        row(tag, 10, "c10." + tag + "@example.com", "Low", "Open", "", "", "", "")
            .replace("Refund request", "Complaint letter"));
    String csv = String.join("\n", lines) + "\n";
    OrgUnit team = team();
    UserAccount agent = org.user(team, "CUSTOMER_SERVICE_ASSISTANT");

    Instant before = Instant.now();
    JsonNode job =
        commit(
            csv.getBytes(StandardCharsets.UTF_8),
            "crafted.csv",
            team,
            agent.username(),
            "GOOD_ROWS",
            "en");
    Instant after = Instant.now();

    assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
    assertThat(job.get("created").asInt()).isEqualTo(9);
    assertThat(job.get("errors").asInt()).isEqualTo(1);
    assertThat(admin.get("/api/v1/imports/" + job.get("id").asString() + "/errors.csv").body())
        .contains("11,Ticket Type,type,unknown,");

    List<Ticket> tickets = read(new StringReader(csv));
    Map<String, Ticket> byId = new HashMap<>();
    tickets.forEach(t -> byId.put(t.id(), t));

    // the deadlines are this test's count of working time from the opening
    Ticket t1 = byId.get(tag + "-1");
    Map<String, Object> c1 = stored(team, t1.id());
    assertThat(c1.get("first_response_due_at")).isEqualTo(plus(t1.opened(), Duration.ofHours(4)));
    assertThat(c1.get("resolution_due_at")).isEqualTo(plus(t1.opened(), Duration.ofHours(36)));
    assertThat(c1.get("assignee_id")).isEqualTo(agent.id());
    assertThat(c1.get("customer_id")).isEqualTo(stored(team, tag + "-2").get("customer_id"));
    Ticket t3 = byId.get(tag + "-3");
    assertThat(stored(team, t3.id()).get("resolution_due_at"))
        .as("Friday 17:00 + 45 working hours is the next Friday 17:00")
        .isEqualTo(t3.resolved());
    assertThat(stored(team, t3.id()).get("satisfaction")).isNull();

    // per month: resolved, first responses met and breached, resolutions met and breached
    for (YearMonth month : List.of(YearMonth.of(2024, 3), YearMonth.of(2024, 4))) {
      assertThat(compliance(team, month)).as(month.toString()).isEqualTo(expected(tickets, month));
    }
    assertThat(compliance(team, YearMonth.of(2024, 3)))
        .as("the edge cases as designed")
        .containsExactly(5L, 4L, 1L, 4L, 1L);

    // the late response of ticket 2 is history: noted at its instant, no notice
    assertThat(history(team, tag + "-2")).contains("SLA_WARNING import", "SLA_BREACH import");
    // ticket 9's resolution deadline passed before the import: noted, and the job is quiet
    Map<String, Object> c9 = stored(team, tag + "-9");
    assertThat(c9.get("status")).isEqualTo("IN_PROGRESS");
    assertThat(c9.get("resolution_breached_at")).isEqualTo(c9.get("resolution_due_at"));
    assertThat(c9.get("sla_next_at")).isNull();
    watch.run(Instant.now());
    Map<String, Object> c9after = stored(team, tag + "-9");
    assertThat(c9after.get("escalation_level")).isEqualTo(0);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from interaction_notification n
                     where n.link in (select '/cases/' || cast(k.id as varchar(36)) from support_case k
                                       where k.org_unit_id = ?)""")
                .param(team.id())
                .query(Long.class)
                .single())
        .as("no notice for an imported case's past")
        .isZero();
    assertThat(history(team, tag + "-9"))
        .startsWith("OPENED import")
        .endsWith("SLA_WARNING import", "SLA_BREACH import")
        .containsExactlyInAnyOrder(
            "OPENED import",
            "STATUS import",
            "RESPONDED import",
            "SLA_WARNING import",
            "SLA_BREACH import");

    // an open ticket without a time opens at the import; a waiting one stands still
    Map<String, Object> c8 = stored(team, tag + "-8");
    assertThat(c8.get("status")).isEqualTo("NEW");
    assertThat((Instant) c8.get("created_at")).isBetween(before, after);
    assertThat(stored(team, tag + "-7").get("status")).isEqualTo("WAITING_ON_CUSTOMER");
  }

  // --- bad input

  @Test
  void badRowsAreRefusedNamingRowAndFieldInEnglishAndChineseAndNothingIsWritten() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String header = HEADER;
    String csv =
        String.join(
                "\n",
                header,
                row(tag, 1, "b1." + tag + "@example.com", "Low", "Open", "", "", "", "")
                    .replace("Refund request", "Gripe"),
                row(
                    tag,
                    2,
                    "b2." + tag + "@example.com",
                    "Low",
                    "Closed",
                    "",
                    "2024-03-04 10:00:00",
                    "2024-03-04 11:00:00",
                    "6.0"),
                row(tag, 3, "b3." + tag + "@example.com", "Low", "Open", "", "", "", "")
                    .replace("Subject " + tag + "-3", "S".repeat(201)),
                row(tag, 4, "b4." + tag + "@example.com", "Low", "Open", "", "", "", ""))
            + "\n";
    OrgUnit team = team();
    Map<String, Map<Integer, JsonNode>> byLanguage = new LinkedHashMap<>();
    for (String language : List.of("en", "zh-CN")) {
      JsonNode job =
          commit(
              csv.getBytes(StandardCharsets.UTF_8),
              "bad.csv",
              team,
              null,
              "ALL_OR_NOTHING",
              language);
      assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
      assertThat(job.get("errors").asInt()).isEqualTo(3);
      Map<Integer, JsonNode> errors = new HashMap<>();
      job.get("firstErrors").forEach(e -> errors.put(e.get("row").asInt(), e));
      assertThat(errors.keySet()).containsExactlyInAnyOrder(2, 3, 4);
      assertThat(errors.get(2).get("field").asString()).isEqualTo("type");
      assertThat(errors.get(2).get("column").asString()).isEqualTo("Ticket Type");
      assertThat(errors.get(3).get("field").asString()).isEqualTo("satisfaction");
      assertThat(errors.get(3).get("column").asString()).isEqualTo("Customer Satisfaction Rating");
      assertThat(errors.get(4).get("field").asString()).isEqualTo("subject");
      assertThat(errors.get(4).get("column").asString()).isEqualTo("Ticket Subject");
      byLanguage.put(language, errors);
    }
    Map<Integer, JsonNode> en = byLanguage.get("en");
    assertThat(en.get(2).get("message").asString())
        .contains("Column \"Ticket Type\"", "\"Gripe\" is not known", "Refund request");
    assertThat(en.get(3).get("message").asString())
        .contains("Column \"Customer Satisfaction Rating\"", "\"6.0\"", "1 to 5");
    assertThat(en.get(4).get("message").asString())
        .contains("Column \"Ticket Subject\"", "at most 200 characters");
    Map<Integer, JsonNode> zh = byLanguage.get("zh-CN");
    assertThat(zh.get(2).get("message").asString()).contains("“Ticket Type”列", "无法识别“Gripe”");
    assertThat(zh.get(3).get("message").asString())
        .contains("“Customer Satisfaction Rating”列", "满意度");
    assertThat(zh.get(4).get("message").asString()).contains("“Ticket Subject”列", "200");

    assertThat(
            jdbc.sql("select count(*) from support_case where external_ref like ?")
                .param(tag + "-%")
                .query(Long.class)
                .single())
        .as("all or nothing: nothing written")
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from customer_email where address like ?")
                .param("%." + tag + "@example.com")
                .query(Long.class)
                .single())
        .as("no customer created")
        .isZero();
  }

  // --- the pages

  @Test
  void theImportPagesOfferPastCasesInEnglishAndChineseAndSuggestTheTicketColumns() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        HEADER
            + "\n"
            + row(tag, 1, "p1." + tag + "@example.com", "Low", "Open", "", "", "", "")
            + "\n";
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
      Document form = pages.get("/imports/new?lang=" + locale.toLanguageTag()).document();
      assertThat(form.select("#entity option[value=cases]").text())
          .isEqualTo(messages.getMessage("imports.entity.cases", null, locale));
      assertThat(form.select("#case-options-hint").text())
          .isEqualTo(messages.getMessage("imports.cases.hint", null, locale));
      assertThat(form.select("#team, #assignee")).hasSize(2);

      PageClient.Page unknownTeam =
          pages.postMultipart(
              "/imports",
              Map.of("entity", "cases", "mode", "GOOD_ROWS", "team", "NO-SUCH-" + tag),
              "tickets.csv",
              csv.getBytes(StandardCharsets.UTF_8));
      assertThat(unknownTeam.document().text())
          .contains(
              messages.getMessage(
                  "case.import.team.unknown", new Object[] {"NO-SUCH-" + tag}, locale));

      OrgUnit team = team();
      pages.get("/imports/new");
      PageClient.Page uploaded =
          pages.postMultipart(
              "/imports",
              Map.of("entity", "cases", "mode", "GOOD_ROWS", "team", team.code()),
              "tickets.csv",
              csv.getBytes(StandardCharsets.UTF_8));
      assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
      String id = uploaded.location().replaceAll(".*/imports/([0-9a-f-]+)/mapping.*", "$1");
      assertThat(
              jdbc.sql("select case_team_id from integration_import where id = ?")
                  .param(UUID.fromString(id))
                  .query(UUID.class)
                  .single())
          .isEqualTo(team.id());
      Document mapping = pages.get("/imports/" + id + "/mapping").document();
      List<String> suggested = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        suggested.add(mapping.select("#target-" + i + " option[selected]").attr("value"));
      }
      assertThat(suggested)
          .containsExactly(
              "ticket",
              "customerName",
              "customerEmail",
              "product",
              "type",
              "subject",
              "description",
              "status",
              "resolution",
              "priority",
              "channel",
              "openedAt",
              "respondedAt",
              "resolvedAt",
              "satisfaction");
      assertThat(mapping.select("#target-12 option[selected]").text())
          .isEqualTo(messages.getMessage("imports.target.respondedAt", null, locale));
    }
  }

  // --- this test's reading of a ticket file (Commons CSV, its own rules)

  record Ticket(
      String id,
      String email,
      String status,
      String priority,
      String resolution,
      Instant created,
      Instant responded,
      Instant resolved,
      Integer rating) {

    String expectedStatus() {
      return switch (status) {
        case "Open" -> responded == null ? "NEW" : "IN_PROGRESS";
        case "Pending Customer Response" -> "WAITING_ON_CUSTOMER";
        default -> "CLOSED";
      };
    }

    /** The first response: the recorded one, or the resolution when it came first. */
    Instant firstResponse() {
      return resolved != null && (responded == null || resolved.isBefore(responded))
          ? resolved
          : responded;
    }

    Instant opened() {
      return created != null ? created : firstResponse();
    }

    String severity() {
      return priority.equals("Critical") || priority.equals("High") ? "SERIOUS" : "MINOR";
    }
  }

  List<Ticket> read(Reader in) throws IOException {
    List<Ticket> tickets = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      String rating = r.get("Customer Satisfaction Rating");
      tickets.add(
          new Ticket(
              r.get("Ticket ID"),
              r.get("Customer Email"),
              r.get("Ticket Status"),
              r.get("Ticket Priority"),
              r.get("Resolution"),
              r.isMapped("Created") ? time(r.get("Created")) : null,
              time(r.get("First Response Time")),
              time(r.get("Time to Resolution")),
              rating.isEmpty() ? null : (int) Double.parseDouble(rating)));
    }
    return tickets;
  }

  Instant time(String cell) {
    return cell.isEmpty() ? null : LocalDateTime.parse(cell, FILE_TIME).atZone(zone).toInstant();
  }

  /**
   * The figures the report should give for the month: resolved, first responses met and breached,
   * resolutions met and breached; a target is met when the instant is at or before the opening plus
   * the target in working time.
   */
  List<Long> expected(List<Ticket> tickets, YearMonth month) {
    long resolved = 0;
    long responseMet = 0;
    long resolutionMet = 0;
    for (Ticket t : tickets) {
      if (t.resolved() == null || !YearMonth.from(t.resolved().atZone(zone)).equals(month)) {
        continue;
      }
      resolved++;
      Duration[] targets = GRADE_C.get(t.severity());
      if (!t.firstResponse().isAfter(plus(t.opened(), targets[0]))) {
        responseMet++;
      }
      if (!t.resolved().isAfter(plus(t.opened(), targets[1]))) {
        resolutionMet++;
      }
    }
    return List.of(
        resolved, responseMet, resolved - responseMet, resolutionMet, resolved - resolutionMet);
  }

  /** Monday to Friday 09:00–18:00 in the company's zone: the instant {@code work} after start. */
  Instant plus(Instant start, Duration work) {
    Duration left = work;
    ZonedDateTime at = start.atZone(zone);
    LocalDate day = at.toLocalDate();
    while (true) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        ZonedDateTime open = day.atTime(OPEN).atZone(zone);
        ZonedDateTime close = day.atTime(CLOSE).atZone(zone);
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
      at = day.atStartOfDay(zone);
    }
  }

  // --- helpers

  static String row(
      String tag,
      int n,
      String email,
      String priority,
      String status,
      String created,
      String responded,
      String resolved,
      String rating) {
    String id = tag + "-" + n;
    return String.join(
        ",",
        id,
        "Customer " + id,
        email,
        "GoPro Hero",
        "Refund request",
        "Subject " + id,
        "\"My {product_purchased} broke.\nPlease help.\"",
        status,
        status.equals("Closed") ? "Replaced it" : "",
        priority,
        "Email",
        created,
        responded,
        resolved,
        rating);
  }

  /** A team of its own with its own calendar: Monday to Friday 09:00–18:00 in the company zone. */
  OrgUnit team() {
    OrgUnit team = org.branch(companyZone);
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
    Map<String, Object> calendar = new HashMap<>();
    calendar.put("code", "IMP" + UUID.randomUUID().toString().substring(0, 6));
    calendar.put("nameEn", "Imported cases' team");
    calendar.put("nameZh", "导入工单团队");
    calendar.put("timeZone", companyZone);
    calendar.put("orgUnitId", team.id().toString());
    calendar.put("hours", hours);
    calendar.put("holidays", List.of());
    ApiClient.Response created = admin.post("/api/v1/business-calendars", calendar);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return team;
  }

  /** Uploads and commits a file of cases through the import API and waits for its end. */
  JsonNode commit(
      byte[] content, String name, OrgUnit team, String assignee, String mode, String language) {
    List<String> fields = new ArrayList<>(List.of("entity", "cases", "mode", mode));
    fields.addAll(List.of("team", team.code()));
    if (assignee != null) {
      fields.addAll(List.of("assignee", assignee));
    }
    String boundary = "----pyra" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < fields.size(); i += 2) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fields.get(i)
                  + "\"\r\n\r\n"
                  + fields.get(i + 1)
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    ApiClient.Response started =
        admin.send(
            admin
                .builder("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asString();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (true) {
      JsonNode job =
          admin
              .send(
                  admin.builder("/api/v1/imports/" + id).header("Accept-Language", language).GET())
              .json();
      String status = job.get("status").asString();
      if (!List.of("QUEUED", "VALIDATING", "RUNNING").contains(status)) {
        return job;
      }
      assertThat(System.nanoTime()).as("import still running: " + job).isLessThan(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  Map<String, Object> stored(OrgUnit team, String ticket) {
    return jdbc.sql(
            """
            select code, status, severity, channel, description, resolution, customer_id, assignee_id,
                   created_at, first_responded_at, paused_at, resolved_at, closed_at,
                   first_response_due_at, resolution_due_at, resolution_breached_at, sla_next_at,
                   escalation_level, satisfaction
              from support_case where org_unit_id = ? and external_ref = ?""")
        .params(team.id(), ticket)
        .query(
            (rs, n) -> {
              Map<String, Object> row = new HashMap<>();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String column = rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT);
                Object value = rs.getObject(i);
                if (column.endsWith("_at") && value != null) {
                  value = rs.getObject(i, OffsetDateTime.class).toInstant();
                }
                row.put(
                    column,
                    value instanceof Number number && column.equals("satisfaction")
                        ? Integer.valueOf(number.intValue())
                        : column.equals("escalation_level") ? ((Number) value).intValue() : value);
              }
              return row;
            })
        .single();
  }

  /** A case's history as "KIND detail", oldest first. */
  List<String> history(OrgUnit team, String ticket) {
    return jdbc.sql(
            """
            select e.kind, e.detail from support_case_event e join support_case k on k.id = e.case_id
             where k.org_unit_id = ? and k.external_ref = ?
             order by e.occurred_at, case when e.kind = 'OPENED' then 0 else 1 end, e.id""")
        .params(team.id(), ticket)
        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
        .list();
  }

  /** The report's figures for the team in one month: resolved, met and breached of each target. */
  List<Long> compliance(OrgUnit team, YearMonth month) {
    JsonNode report =
        admin
            .get(
                "/api/v1/support/reports/sla-compliance?groupBy=team&type=all&from="
                    + month.atDay(1)
                    + "&to="
                    + month.atEndOfMonth())
            .json();
    for (JsonNode r : report.get("rows")) {
      if (r.get("key").asString().equals(team.id().toString())) {
        return List.of(
            r.get("resolved").asLong(),
            r.get("responseMet").asLong(),
            r.get("responseBreached").asLong(),
            r.get("resolutionMet").asLong(),
            r.get("resolutionBreached").asLong());
      }
    }
    return List.of(0L, 0L, 0L, 0L, 0L);
  }
}
