package io.pyra.support.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.support.cases.CaseRow;
import io.pyra.support.cases.CaseStatus;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.Severity;
import io.pyra.support.cases.SlaState;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A centre principal's complaint delay report over the API: the open cases of their branch that are
 * late now, grouped by grade, assignee, team and the customer's branch, with how late, as the
 * queue's SLA state says; every figure computed again here from the rows the test wrote.
 */
@PyraIntegrationTest
class DelayReportTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final List<Expected> rows = new ArrayList<>();
  private ReportCases cases;
  private OrgUnit branch;
  private OrgUnit otherBranch;
  private OrgUnit teamA;
  private OrgUnit teamB;
  private UserAccount alice;
  private UserAccount bob;
  private UserAccount carol;
  private ApiClient principal;

  /** A customer of the test: its branch, and whether the principal may read it. */
  record Customer(UUID id, UUID branchId, boolean readable) {}

  /** A row written, with what the report must say of it. */
  record Expected(
      ReportCases.Row row, Customer customer, boolean late, String missed, Instant due) {}

  @BeforeEach
  void world() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    cases = new ReportCases(jdbc);
    branch = org.branch();
    otherBranch = org.branch();
    teamA = org.unit(branch, OrgUnitKind.TEAM);
    teamB = org.unit(branch, OrgUnitKind.TEAM);
    alice = org.user(teamA, "CUSTOMER_SERVICE_ASSISTANT");
    bob = org.user(teamA, "CUSTOMER_SERVICE_ASSISTANT");
    carol = org.user(teamB, "CUSTOMER_SERVICE_ASSISTANT");
    UserAccount stranger = org.user(otherBranch, "COURSE_CONSULTANT");
    UserAccount manager = org.user(branch, "CENTRE_PRINCIPAL");
    principal = new ApiClient(port).signIn(manager.username(), OrgFixtures.PASSWORD);

    Customer mine = new Customer(cases.customer(alice.id(), branch.id()), branch.id(), true);
    Customer theirs =
        new Customer(cases.customer(stranger.id(), otherBranch.id()), otherBranch.id(), false);
    // not answered, first response due 5 h ago
    add(mine, teamA, alice, "A", c -> c.created(h(-9)).responseDue(h(-5)).resolutionDue(h(30)));
    // answered in time, resolution due 2.5 h ago
    add(
        mine,
        teamA,
        bob,
        "B",
        c ->
            c.status("IN_PROGRESS")
                .created(h(-40))
                .responded(h(-39))
                .responseDue(h(-37))
                .resolutionDue(now.minus(Duration.ofMinutes(150))));
    // answered late (still BREACHED though its resolution is not due yet): late since its first
    // response was due, 30 h ago
    add(
        mine,
        teamA,
        alice,
        "A",
        c ->
            c.status("IN_PROGRESS")
                .created(h(-34))
                .responded(h(-20))
                .responseDue(h(-30))
                .resolutionDue(h(10)));
    // waiting on the customer, paused after its resolution deadline: late since then, 12 h
    add(
        mine,
        teamB,
        carol,
        "C",
        c ->
            c.created(h(-60))
                .responded(h(-59))
                .responseDue(h(-56))
                .resolutionDue(h(-12))
                .paused(h(-10)));
    // waiting on the customer, paused before its deadline: the clock stood still, not late
    add(
        mine,
        teamB,
        carol,
        "B",
        c ->
            c.created(h(-60))
                .responded(h(-59))
                .responseDue(h(-56))
                .resolutionDue(h(-5))
                .paused(h(-10)));
    // due in two hours: not late
    add(mine, teamA, bob, "A", c -> c.created(h(-1)).responseDue(h(2)).resolutionDue(h(30)));
    // resolved late: done, not on the report
    add(
        mine,
        teamA,
        bob,
        "A",
        c ->
            c.created(h(-90))
                .responded(h(-80))
                .responseDue(h(-86))
                .resolutionDue(h(-50))
                .resolved(h(-2)));
    // a request 1 h late: only when every type is counted
    add(
        mine,
        teamA,
        alice,
        "B",
        c ->
            c.type("REQUEST")
                .status("IN_PROGRESS")
                .created(h(-40))
                .responded(h(-39))
                .responseDue(h(-37))
                .resolutionDue(h(-1)));
    // unassigned, in team B, for a customer of another branch the principal may not read: 7 h
    add(theirs, teamB, null, "C", c -> c.created(h(-8)).responseDue(h(-7)).resolutionDue(h(30)));
    // a late case of another branch's team: out of reach
    cases
        .row(theirs.id(), otherBranch.id())
        .assignee(stranger.id())
        .created(h(-8))
        .responseDue(h(-7))
        .insert();
  }

  private Instant h(double hours) {
    return now.plusSeconds((long) (hours * 3600));
  }

  private void add(
      Customer customer,
      OrgUnit team,
      UserAccount assignee,
      String grade,
      Function<ReportCases.Row, ReportCases.Row> shape) {
    ReportCases.Row row =
        shape
            .apply(
                cases
                    .row(customer.id(), team.id())
                    .assignee(assignee == null ? null : assignee.id())
                    .grade(grade))
            .insert();
    // what the report must say, by the rule written out once more here
    boolean open = !row.status.equals("RESOLVED") && !row.status.equals("CLOSED");
    boolean responseMissed =
        row.respondedAt == null
            ? now.isAfter(row.responseDue())
            : row.respondedAt.isAfter(row.responseDue());
    boolean resolutionMissed =
        row.status.equals("WAITING_ON_CUSTOMER")
            ? row.pausedAt.isAfter(row.resolutionDue())
            : now.isAfter(row.resolutionDue());
    rows.add(
        new Expected(
            row,
            customer,
            // a case is seen only where its customer is read too: the other branch's is not listed
            open && customer.readable() && (responseMissed || resolutionMissed),
            responseMissed ? "FIRST_RESPONSE" : "RESOLUTION",
            responseMissed ? row.responseDue() : row.resolutionDue()));
  }

  @Test
  void listsTheLateCasesLatestFirstWithHowLateAndTheirCustomerOnlyWhereReadable() {
    JsonNode report = principal.get("/api/v1/support/reports/delays").json();
    Instant asOf = Instant.parse(report.get("asOf").asString());
    List<Expected> late = late(false);

    assertThat(report.get("groupBy").asString()).isEqualTo("GRADE");
    assertThat(report.get("types").asString()).isEqualTo("COMPLAINTS");
    assertThat(report.get("total").asLong()).isEqualTo(4).isEqualTo(late.size());
    assertThat(report.get("more").asBoolean()).isFalse();
    List<String> codes = new ArrayList<>();
    report.get("cases").forEach(c -> codes.add(c.get("code").asString()));
    assertThat(codes)
        .containsExactlyElementsOf(
            late.stream()
                .sorted(Comparator.comparing(Expected::due))
                .map(e -> e.row().code)
                .toList());
    for (JsonNode c : report.get("cases")) {
      Expected e = byCode(c.get("code").asString());
      assertThat(c.get("missed").asString()).as(e.row().code).isEqualTo(e.missed());
      assertThat(Instant.parse(c.get("dueAt").asString())).isEqualTo(e.due());
      assertThat(c.get("hoursLate").decimalValue())
          .as(e.row().code)
          .isEqualByComparingTo(hours(Duration.between(e.due(), asOf).toSeconds()));
      assertThat(c.get("branchId").asString()).isEqualTo(e.customer().branchId().toString());
      assertThat(c.get("teamId").asString()).isEqualTo(e.row().team.toString());
      if (e.customer().readable()) {
        assertThat(c.get("customerId").asString()).isEqualTo(e.row().customer.toString());
        assertThat(c.get("customerCode").isNull()).isFalse();
      } else {
        assertThat(c.get("customerId").isNull()).as("customer out of customer.read").isTrue();
        assertThat(c.get("customerCode").isNull()).isTrue();
        assertThat(c.get("customerName").isNull()).isTrue();
      }
    }
  }

  @Test
  void groupsByGradeAssigneeTeamAndBranchWithTheLatestAndTheAverageLateness() {
    Map<String, Function<Expected, String>> keys = new LinkedHashMap<>();
    keys.put("grade", e -> e.row().grade);
    keys.put("assignee", e -> Objects.toString(e.row().assignee, null));
    keys.put("team", e -> e.row().team.toString());
    keys.put("branch", e -> e.customer().branchId().toString());
    Map<String, String> names = new java.util.HashMap<>();
    names.put(alice.id().toString(), alice.displayName());
    names.put(bob.id().toString(), bob.displayName());
    names.put(carol.id().toString(), carol.displayName());
    names.put(teamA.id().toString(), teamA.name());
    names.put(teamB.id().toString(), teamB.name());
    names.put(branch.id().toString(), branch.name());
    names.put(otherBranch.id().toString(), otherBranch.name());
    for (var grouping : keys.entrySet()) {
      JsonNode report =
          principal.get("/api/v1/support/reports/delays?groupBy=" + grouping.getKey()).json();
      Instant asOf = Instant.parse(report.get("asOf").asString());
      Map<String, List<Expected>> groups =
          late(false).stream()
              .collect(
                  Collectors.groupingBy(
                      e -> Objects.toString(grouping.getValue().apply(e), "none")));
      List<String> expectedOrder = new ArrayList<>(groups.keySet());
      Comparator<String> byName =
          Comparator.comparing(
                  (String k) -> grouping.getKey().equals("grade") ? k : names.get(k),
                  Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(k -> k);
      expectedOrder.sort(
          grouping.getKey().equals("grade")
              ? byName
              : Comparator.comparing((String k) -> -groups.get(k).size()).thenComparing(byName));
      List<String> shown = new ArrayList<>();
      for (JsonNode g : report.get("groups")) {
        String key = g.get("key").isNull() ? "none" : g.get("key").asString();
        shown.add(key);
        List<Expected> members = groups.get(key);
        assertThat(members).as(grouping.getKey() + " " + key).isNotNull();
        assertThat(g.get("cases").asLong()).isEqualTo(members.size());
        long latest =
            members.stream()
                .mapToLong(e -> Duration.between(e.due(), asOf).toSeconds())
                .max()
                .orElseThrow();
        long sum =
            members.stream().mapToLong(e -> Duration.between(e.due(), asOf).toSeconds()).sum();
        assertThat(g.get("maxHoursLate").decimalValue()).isEqualByComparingTo(hours(latest));
        assertThat(g.get("averageHoursLate").decimalValue())
            .as(grouping.getKey() + " " + key)
            .isEqualByComparingTo(
                BigDecimal.valueOf(sum)
                    .divide(BigDecimal.valueOf(members.size() * 3600L), 1, RoundingMode.HALF_UP));
        if (!key.equals("none") && !grouping.getKey().equals("grade")) {
          assertThat(g.get("name").asString()).isEqualTo(names.get(key));
        }
      }
      assertThat(shown).as(grouping.getKey()).containsExactlyElementsOf(expectedOrder);
    }
  }

  @Test
  void countsEveryTypeWhenAskedAndAgreesWithTheQueuesSlaState() {
    JsonNode report = principal.get("/api/v1/support/reports/delays?type=all").json();
    Instant asOf = Instant.parse(report.get("asOf").asString());
    List<String> codes = new ArrayList<>();
    report.get("cases").forEach(c -> codes.add(c.get("code").asString()));
    assertThat(codes)
        .containsExactlyInAnyOrderElementsOf(late(true).stream().map(e -> e.row().code).toList());
    // the queue's own rule (SlaStates through CaseRow) says the same of every row written
    for (Expected e : rows) {
      ReportCases.Row r = e.row();
      CaseRow row =
          new CaseRow(
              r.id,
              r.code,
              r.customer,
              null,
              null,
              CaseType.valueOf(r.type),
              Severity.valueOf(r.severity),
              CaseStatus.valueOf(r.status),
              r.subject,
              r.assignee,
              null,
              r.team,
              null,
              r.grade,
              null,
              3,
              r.respondedAt,
              r.responseDue().minus(Duration.ofHours(1)),
              r.responseDue(),
              r.resolutionWarnAt(),
              r.resolutionDue(),
              r.resolvedAt,
              r.pausedAt,
              r.createdAt,
              0);
      boolean breachedOpen =
          CaseStatus.valueOf(r.status).open()
              && e.customer().readable()
              && row.slaState(asOf.plusSeconds(1)) == SlaState.BREACHED;
      assertThat(codes.contains(r.code)).as(r.code).isEqualTo(breachedOpen);
    }
  }

  @Test
  void refusesAGroupingItDoesNotOfferAndATypeItDoesNotKnow() {
    assertThat(principal.get("/api/v1/support/reports/delays?groupBy=month").refusedFields())
        .containsEntry("groupBy", "one-of");
    assertThat(principal.get("/api/v1/support/reports/delays?type=refunds").refusedFields())
        .containsEntry("type", "one-of");
  }

  private List<Expected> late(boolean everyType) {
    return rows.stream()
        .filter(Expected::late)
        .filter(e -> everyType || e.row().type.equals("COMPLAINT"))
        .toList();
  }

  private Expected byCode(String code) {
    return rows.stream().filter(e -> e.row().code.equals(code)).findFirst().orElseThrow();
  }

  private static BigDecimal hours(long seconds) {
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
  }
}
