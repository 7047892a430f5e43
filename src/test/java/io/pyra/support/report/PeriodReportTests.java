package io.pyra.support.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The reports over a period (January to April 2025, in the company's time zone) for a centre
 * principal: SLA compliance, complaints per month, root causes, response and resolution times and
 * satisfaction. February has no case at all; each figure is computed again here from the rows.
 */
@PyraIntegrationTest
class PeriodReportTests {

  private static final String PERIOD = "from=2025-01-01&to=2025-04-30";
  private static final List<String> MONTHS = List.of("2025-01", "2025-02", "2025-03", "2025-04");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Value("${pyra.time-zone}")
  String timeZone;

  private ZoneId zone;
  private ReportCases cases;
  private OrgUnit teamA;
  private OrgUnit teamB;
  private UserAccount agent;
  private UUID customer;
  private UserAccount manager;
  private ApiClient principal;
  private final List<ReportCases.Row> rows = new ArrayList<>();

  @BeforeEach
  void world() {
    zone = ZoneId.of(timeZone);
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    cases = new ReportCases(jdbc);
    OrgUnit branch = org.branch();
    teamA = org.unit(branch, OrgUnitKind.TEAM);
    teamB = org.unit(branch, OrgUnitKind.TEAM);
    agent = org.user(teamA, "CUSTOMER_SERVICE_ASSISTANT");
    manager = org.user(branch, "CENTRE_PRINCIPAL");
    principal = new ApiClient(port).signIn(manager.username(), OrgFixtures.PASSWORD);
    customer = cases.customer(agent.id(), branch.id());
    // a case of another branch, in the period: never counted
    OrgUnit elsewhere = org.branch();
    cases
        .row(cases.customer(agent.id(), elsewhere.id()), elsewhere.id())
        .created(at("2025-01-05T10:00"))
        .responded(at("2025-01-05T11:00"))
        .resolved(at("2025-01-06T10:00"))
        .satisfaction(1)
        .insert();
  }

  /** A local time in the company's zone. */
  private Instant at(String local) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  private ReportCases.Row row(OrgUnit team) {
    return cases.row(customer, team.id()).assignee(agent.id());
  }

  private void keep(ReportCases.Row row) {
    rows.add(row.insert());
  }

  private String month(Instant instant) {
    return YearMonth.from(instant.atZone(zone)).toString();
  }

  @Test
  void slaComplianceByMonthOfResolutionGradeTeamAndCategoryWithEmptyMonthsWithoutPercentages() {
    UUID billing =
        cases.category(new UUID(UUID.randomUUID().getMostSignificantBits(), 1), "Billing");
    UUID teaching = cases.category(new UUID(billing.getMostSignificantBits(), 2), "Teaching");
    // January: both met; first response late; first response exactly at its deadline (met) and
    // resolution late
    keep(
        row(teamA)
            .grade("A")
            .category(billing)
            .created(at("2025-01-03T09:00"))
            .responded(at("2025-01-03T10:00"))
            .responseDue(at("2025-01-03T11:00"))
            .resolutionDue(at("2025-01-05T09:00"))
            .resolved(at("2025-01-04T09:00")));
    keep(
        row(teamA)
            .grade("B")
            .category(teaching)
            .created(at("2025-01-10T09:00"))
            .responded(at("2025-01-10T15:00"))
            .responseDue(at("2025-01-10T13:00"))
            .resolutionDue(at("2025-01-14T09:00"))
            .resolved(at("2025-01-13T09:00")));
    keep(
        row(teamB)
            .grade("A")
            .created(at("2025-01-20T09:00"))
            .responded(at("2025-01-20T11:00"))
            .responseDue(at("2025-01-20T11:00"))
            .resolutionDue(at("2025-01-22T09:00"))
            .resolved(at("2025-01-23T09:00")));
    // March: both met, resolved late on its last evening (the 31st in the company's zone)
    keep(
        row(teamB)
            .grade("C")
            .category(billing)
            .created(at("2025-03-30T09:00"))
            .responded(at("2025-03-30T10:00"))
            .responseDue(at("2025-03-30T13:00"))
            .resolutionDue(at("2025-04-02T09:00"))
            .resolved(at("2025-03-31T23:30")));
    // April, just after midnight in the company's zone (still March in UTC): breached both
    keep(
        row(teamA)
            .grade("C")
            .category(teaching)
            .created(at("2025-03-25T09:00"))
            .responded(at("2025-03-25T18:00"))
            .responseDue(at("2025-03-25T13:00"))
            .resolutionDue(at("2025-03-28T09:00"))
            .resolved(at("2025-04-01T00:30")));
    // resolved before the period, and one still open: not counted
    keep(
        row(teamA)
            .created(at("2024-12-28T09:00"))
            .responded(at("2024-12-28T10:00"))
            .resolved(at("2024-12-31T23:59")));
    keep(
        row(teamA)
            .status("IN_PROGRESS")
            .created(at("2025-01-28T09:00"))
            .responded(at("2025-01-28T10:00")));

    List<ReportCases.Row> resolved =
        rows.stream()
            .filter(r -> r.resolvedAt != null)
            .filter(r -> !r.resolvedAt.isBefore(at("2025-01-01T00:00")))
            .filter(r -> r.resolvedAt.isBefore(at("2025-05-01T00:00")))
            .toList();
    assertThat(resolved).hasSize(5);

    JsonNode byMonth = principal.get("/api/v1/support/reports/sla-compliance?" + PERIOD).json();
    assertThat(keys(byMonth.get("rows"))).containsExactlyElementsOf(MONTHS);
    checkCompliance(byMonth.get("rows"), resolved, r -> month(r.resolvedAt));
    JsonNode february = byMonth.get("rows").get(1);
    assertThat(february.get("resolved").asLong()).isZero();
    assertThat(february.get("responseCompliance").isNull()).isTrue();
    assertThat(february.get("resolutionCompliance").isNull()).isTrue();
    assertThat(february.get("compliance").isNull()).isTrue();

    JsonNode byGrade =
        principal.get("/api/v1/support/reports/sla-compliance?groupBy=grade&" + PERIOD).json();
    assertThat(keys(byGrade.get("rows"))).containsExactly("A", "B", "C");
    checkCompliance(byGrade.get("rows"), resolved, r -> r.grade);

    JsonNode byTeam =
        principal.get("/api/v1/support/reports/sla-compliance?groupBy=team&" + PERIOD).json();
    checkCompliance(byTeam.get("rows"), resolved, r -> r.team.toString());
    assertThat(keys(byTeam.get("rows")))
        .containsExactlyElementsOf(
            List.of(teamA, teamB).stream()
                .sorted(Comparator.comparing(OrgUnit::name))
                .map(u -> u.id().toString())
                .toList());

    JsonNode byCategory =
        principal.get("/api/v1/support/reports/sla-compliance?groupBy=category&" + PERIOD).json();
    checkCompliance(byCategory.get("rows"), resolved, r -> Objects.toString(r.category, "none"));
    // named categories by name, unnamed ones (no taxonomy yet) by id, no category last
    assertThat(keys(byCategory.get("rows")))
        .containsExactly(billing.toString(), teaching.toString(), "none");
  }

  private void checkCompliance(
      JsonNode shown, List<ReportCases.Row> resolved, Function<ReportCases.Row, String> key) {
    Map<String, List<ReportCases.Row>> groups =
        resolved.stream().collect(Collectors.groupingBy(key));
    long total = 0;
    for (JsonNode row : shown) {
      String k = row.get("key").isNull() ? "none" : row.get("key").asString();
      List<ReportCases.Row> members = groups.getOrDefault(k, List.of());
      long responseMet =
          members.stream().filter(r -> !r.respondedAt.isAfter(r.responseDue())).count();
      long resolutionMet =
          members.stream().filter(r -> !r.resolvedAt.isAfter(r.resolutionDue())).count();
      long both =
          members.stream()
              .filter(r -> !r.respondedAt.isAfter(r.responseDue()))
              .filter(r -> !r.resolvedAt.isAfter(r.resolutionDue()))
              .count();
      assertThat(row.get("resolved").asLong()).as(k).isEqualTo(members.size());
      assertThat(row.get("responseMet").asLong()).as(k).isEqualTo(responseMet);
      assertThat(row.get("responseBreached").asLong()).isEqualTo(members.size() - responseMet);
      assertThat(row.get("resolutionMet").asLong()).as(k).isEqualTo(resolutionMet);
      assertThat(row.get("resolutionBreached").asLong()).isEqualTo(members.size() - resolutionMet);
      assertThat(row.get("bothMet").asLong()).as(k).isEqualTo(both);
      if (!members.isEmpty()) {
        assertThat(row.get("responseCompliance").decimalValue())
            .isEqualByComparingTo(percent(responseMet, members.size()));
        assertThat(row.get("resolutionCompliance").decimalValue())
            .isEqualByComparingTo(percent(resolutionMet, members.size()));
        assertThat(row.get("compliance").decimalValue())
            .isEqualByComparingTo(percent(both, members.size()));
      }
      total += members.size();
    }
    assertThat(total).isEqualTo(resolved.size());
  }

  @Test
  void complaintsPerMonthSeriousMinorAndRefundCases() {
    keep(row(teamA).created(at("2025-01-01T00:00")));
    keep(row(teamA).severity("MINOR").created(at("2025-01-31T23:59")));
    keep(row(teamB).severity("MINOR").created(at("2025-01-15T12:00")));
    keep(row(teamA).type("REFUND").created(at("2025-01-20T12:00")));
    keep(row(teamA).type("REQUEST").created(at("2025-03-02T12:00")));
    keep(row(teamA).created(at("2025-03-02T12:00")));
    keep(row(teamA).type("REFUND").severity("MINOR").created(at("2025-04-30T23:59")));
    keep(row(teamA).created(at("2025-05-01T00:00")));

    JsonNode months =
        principal.get("/api/v1/support/reports/complaints?" + PERIOD).json().get("months");
    assertThat(keys(months, "month")).containsExactlyElementsOf(MONTHS);
    for (JsonNode m : months) {
      String month = m.get("month").asString();
      Predicate<ReportCases.Row> in = r -> month(r.createdAt).equals(month);
      long serious = count(in, r -> r.type.equals("COMPLAINT") && r.severity.equals("SERIOUS"));
      long minor = count(in, r -> r.type.equals("COMPLAINT") && r.severity.equals("MINOR"));
      assertThat(m.get("serious").asLong()).as(month).isEqualTo(serious);
      assertThat(m.get("minor").asLong()).as(month).isEqualTo(minor);
      assertThat(m.get("complaints").asLong()).isEqualTo(serious + minor);
      assertThat(m.get("refundCases").asLong())
          .as(month)
          .isEqualTo(count(in, r -> r.type.equals("REFUND")));
      // refunds granted as compensation on the cases the reader sees: none were proposed here
      assertThat(m.get("compensationRefunds").asLong()).as(month).isZero();
    }
    assertThat(months.get(0).get("complaints").asLong()).isEqualTo(3);
    assertThat(months.get(1).get("complaints").asLong()).isZero();
  }

  private long count(Predicate<ReportCases.Row> in, Predicate<ReportCases.Row> what) {
    return rows.stream().filter(in).filter(what).count();
  }

  @Test
  void rootCausesMostFirstWithTiesAndCumulativeShares() {
    long prefix = UUID.randomUUID().getMostSignificantBits();
    UUID people = cases.rootCause(new UUID(prefix, 1), "Cause 1 people");
    UUID process = cases.rootCause(new UUID(prefix, 2), "Cause 2 process");
    UUID product = cases.rootCause(new UUID(prefix, 3), "Cause 3 product");
    for (int i = 0; i < 2; i++) {
      keep(row(teamA).rootCause(product).created(at("2025-02-0" + (i + 1) + "T10:00")));
      keep(row(teamB).rootCause(process).created(at("2025-03-0" + (i + 1) + "T10:00")));
      keep(row(teamA).created(at("2025-01-0" + (i + 1) + "T10:00")));
    }
    for (int i = 0; i < 3; i++) {
      keep(row(teamA).rootCause(people).severity("MINOR").created(at("2025-04-1" + i + "T10:00")));
    }
    // not complaints, or outside the period
    keep(row(teamA).type("REQUEST").rootCause(product).created(at("2025-02-10T10:00")));
    keep(row(teamA).rootCause(product).created(at("2025-05-01T00:00")));

    JsonNode report = principal.get("/api/v1/support/reports/root-causes?" + PERIOD).json();
    List<ReportCases.Row> complaints =
        rows.stream()
            .filter(r -> r.type.equals("COMPLAINT"))
            .filter(r -> r.createdAt.isBefore(at("2025-05-01T00:00")))
            .toList();
    long caused = complaints.stream().filter(r -> r.rootCause != null).count();
    assertThat(report.get("complaints").asLong()).isEqualTo(complaints.size());
    assertThat(report.get("withoutRootCause").asLong()).isEqualTo(complaints.size() - caused);
    Map<UUID, Long> counts =
        complaints.stream()
            .filter(r -> r.rootCause != null)
            .collect(Collectors.groupingBy(r -> r.rootCause, Collectors.counting()));
    // most first; the tie (2 and 2) by name, which here runs as the ids do
    List<UUID> order = new ArrayList<>(counts.keySet());
    order.sort(Comparator.comparing((UUID id) -> -counts.get(id)).thenComparing(id -> id));
    assertThat(order).containsExactly(people, process, product);
    long running = 0;
    int i = 0;
    for (JsonNode c : report.get("causes")) {
      UUID id = order.get(i++);
      running += counts.get(id);
      assertThat(c.get("rootCauseId").asString()).isEqualTo(id.toString());
      assertThat(c.get("complaints").asLong()).isEqualTo(counts.get(id));
      assertThat(c.get("share").decimalValue())
          .isEqualByComparingTo(percent(counts.get(id), caused));
      assertThat(c.get("cumulativeShare").decimalValue())
          .isEqualByComparingTo(percent(running, caused));
    }
    assertThat(i).isEqualTo(3);
    assertThat(report.get("causes").get(2).get("cumulativeShare").decimalValue())
        .isEqualByComparingTo("100.0");
  }

  @Test
  void meanAndMedianHoursToFirstResponseAndResolutionPerMonthOfOpening() {
    Instant jan = at("2025-01-06T09:00");
    keep(
        row(teamA)
            .created(jan)
            .responded(jan.plus(Duration.ofHours(1)))
            .resolved(jan.plus(Duration.ofHours(10))));
    keep(
        row(teamA)
            .type("REQUEST")
            .created(jan)
            .responded(jan.plus(Duration.ofHours(4)))
            .resolved(jan.plus(Duration.ofHours(21))));
    keep(row(teamB).status("IN_PROGRESS").created(jan).responded(jan.plus(Duration.ofMinutes(90))));
    keep(row(teamB).created(jan));
    Instant mar = at("2025-03-31T23:00");
    keep(
        row(teamA)
            .created(mar)
            .responded(mar.plus(Duration.ofMinutes(30)))
            .resolved(mar.plus(Duration.ofHours(49))));

    JsonNode months = principal.get("/api/v1/support/reports/times?" + PERIOD).json().get("months");
    assertThat(keys(months, "month")).containsExactlyElementsOf(MONTHS);
    for (JsonNode m : months) {
      String month = m.get("month").asString();
      List<ReportCases.Row> opened =
          rows.stream().filter(r -> month(r.createdAt).equals(month)).toList();
      List<Long> response =
          opened.stream()
              .filter(r -> r.respondedAt != null)
              .map(r -> Duration.between(r.createdAt, r.respondedAt).toSeconds())
              .toList();
      List<Long> resolution =
          opened.stream()
              .filter(r -> r.resolvedAt != null)
              .map(r -> Duration.between(r.createdAt, r.resolvedAt).toSeconds())
              .toList();
      assertThat(m.get("opened").asLong()).as(month).isEqualTo(opened.size());
      assertThat(m.get("responded").asLong()).isEqualTo(response.size());
      assertThat(m.get("resolved").asLong()).isEqualTo(resolution.size());
      checkHours(m.get("averageResponseHours"), mean(response), month);
      checkHours(m.get("medianResponseHours"), median(response), month);
      checkHours(m.get("averageResolutionHours"), mean(resolution), month);
      checkHours(m.get("medianResolutionHours"), median(resolution), month);
    }
    // January: first responses after 1 h, 1.5 h and 4 h; resolutions after 10 h and 21 h
    assertThat(months.get(0).get("medianResponseHours").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(months.get(0).get("medianResolutionHours").decimalValue())
        .isEqualByComparingTo("15.5");
    assertThat(months.get(1).get("averageResponseHours").isNull()).isTrue();
  }

  private static void checkHours(JsonNode shown, BigDecimal seconds, String month) {
    if (seconds == null) {
      assertThat(shown.isNull()).as(month).isTrue();
    } else {
      assertThat(shown.decimalValue())
          .as(month)
          .isEqualByComparingTo(seconds.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP));
    }
  }

  private static BigDecimal mean(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    long sum = values.stream().mapToLong(Long::longValue).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP);
  }

  private static BigDecimal median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1
        ? BigDecimal.valueOf(sorted.get(n / 2))
        : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.TWO);
  }

  @Test
  void satisfactionAfterResolutionMeanAndDistributionPerMonthOfResolution() {
    Instant jan = at("2025-01-06T09:00");
    for (Integer score : new Integer[] {5, 4, 4, null}) {
      keep(
          row(teamA)
              .created(jan)
              .responded(jan.plusSeconds(60))
              .resolved(jan.plusSeconds(7200))
              .satisfaction(score));
    }
    Instant mar = at("2025-03-06T09:00");
    keep(
        row(teamB)
            .created(mar)
            .responded(mar.plusSeconds(60))
            .resolved(mar.plusSeconds(7200))
            .satisfaction(1));
    keep(
        row(teamB)
            .created(mar)
            .responded(mar.plusSeconds(60))
            .resolved(mar.plusSeconds(7200))
            .satisfaction(3));

    JsonNode months =
        principal.get("/api/v1/support/reports/satisfaction?" + PERIOD).json().get("months");
    assertThat(keys(months, "month")).containsExactlyElementsOf(MONTHS);
    for (JsonNode m : months) {
      String month = m.get("month").asString();
      List<ReportCases.Row> resolved =
          rows.stream()
              .filter(r -> r.resolvedAt != null && month(r.resolvedAt).equals(month))
              .toList();
      List<Integer> scores =
          resolved.stream().map(r -> r.satisfaction).filter(Objects::nonNull).toList();
      assertThat(m.get("resolved").asLong()).as(month).isEqualTo(resolved.size());
      assertThat(m.get("rated").asLong()).isEqualTo(scores.size());
      if (scores.isEmpty()) {
        assertThat(m.get("averageScore").isNull()).as(month).isTrue();
      } else {
        assertThat(m.get("averageScore").decimalValue())
            .isEqualByComparingTo(
                BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
      }
      for (int score = 1; score <= 5; score++) {
        int s = score;
        assertThat(m.get("scores").get(score - 1).asLong())
            .as(month + " score " + score)
            .isEqualTo(scores.stream().filter(x -> x == s).count());
      }
    }
    assertThat(months.get(0).get("averageScore").decimalValue()).isEqualByComparingTo("4.33");
  }

  @Test
  void refusesBadPeriodsGroupingsAndTypesNamingTheField() {
    assertThat(principal.get("/api/v1/support/reports/complaints?from=2025-13-01").refusedFields())
        .containsEntry("from", "date");
    assertThat(
            principal
                .get("/api/v1/support/reports/times?from=2025-03-01&to=2025-02-01")
                .refusedFields())
        .containsEntry("to", "after-from");
    assertThat(
            principal
                .get("/api/v1/support/reports/satisfaction?from=2020-01-01&to=2025-01-01")
                .refusedFields())
        .containsEntry("to", "max-days");
    assertThat(
            principal.get("/api/v1/support/reports/sla-compliance?groupBy=branch").refusedFields())
        .containsEntry("groupBy", "one-of");
    assertThat(principal.get("/api/v1/support/reports/times?type=x").refusedFields())
        .containsEntry("type", "one-of");
    ApiClient chinese = new ApiClient(port).signIn(manager.username(), OrgFixtures.PASSWORD);
    var refused =
        chinese.send(
            chinese
                .builder("/api/v1/support/reports/complaints?from=nope")
                .header("Accept-Language", "zh-CN")
                .GET());
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("请填写日期");
    UserAccount finance = new OrgFixtures(orgUnits, users, roles).user(teamA, "FINANCE");
    assertThat(
            new ApiClient(port)
                .signIn(finance.username(), OrgFixtures.PASSWORD)
                .get("/api/v1/support/reports/delays")
                .status())
        .isEqualTo(403);
  }

  @Test
  void pagesInBothLanguagesAndTheCsvFileWithGuardedCells() {
    keep(row(teamA).subject("=HYPERLINK(\"http://evil\")").created(at("2025-01-06T09:00")));
    PageClient pages = new PageClient(port).signIn(manager.username(), OrgFixtures.PASSWORD);
    for (String report :
        List.of("delays", "sla", "complaints", "root-causes", "times", "satisfaction")) {
      var page = pages.get("/support/reports/" + report + "?" + PERIOD);
      assertThat(page.status()).as(report).isEqualTo(200);
      assertThat(page.document().select("#report-chart").attr("data-chart"))
          .as(report)
          .isNotEmpty();
      var file = pages.get("/support/reports/" + report + "/export?" + PERIOD);
      assertThat(file.status()).as(report).isEqualTo(200);
      assertThat(file.header("Content-Type")).startsWith("text/csv");
    }
    var sla = pages.get("/support/reports/sla?" + PERIOD);
    assertThat(sla.document().select("#summary-table .summary-row").eachAttr("data-key"))
        .containsExactlyElementsOf(MONTHS);
    assertThat(sla.document().select(".summary-row[data-key=2025-02] .col-compliance").text())
        .isEqualTo("—");
    // open and late since January: on the delay report, whose file guards the formula
    String delays = pages.get("/support/reports/delays/export").body();
    assertThat(delays)
        .contains("'=HYPERLINK")
        .doesNotContain(",=HYPERLINK")
        .doesNotContain("\"=HYPERLINK");
    String csv = pages.get("/support/reports/sla/export?" + PERIOD).body();
    assertThat(csv.lines().skip(1).map(l -> l.split(",")[0]).toList())
        .containsExactlyElementsOf(MONTHS);
    UserAccount reader =
        new OrgFixtures(orgUnits, users, roles)
            .member(teamA)
            .roles("CENTRE_PRINCIPAL")
            .speaking("zh-CN")
            .create();
    var chinese =
        new PageClient(port)
            .signIn(reader.username(), OrgFixtures.PASSWORD)
            .get("/support/reports/complaints?" + PERIOD);
    assertThat(chinese.document().select("#tab-complaints").text()).isEqualTo("每月投诉");
    assertThat(pages.get("/support/reports/sla/export?from=2025-13-01").status()).isEqualTo(422);
    assertThat(pages.get("/support/reports/nope").status()).isEqualTo(404);
  }

  private static List<String> keys(JsonNode rows) {
    return keys(rows, "key");
  }

  private static List<String> keys(JsonNode rows, String field) {
    List<String> keys = new ArrayList<>();
    rows.forEach(r -> keys.add(r.get(field).isNull() ? "none" : r.get(field).asString()));
    return keys;
  }

  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
