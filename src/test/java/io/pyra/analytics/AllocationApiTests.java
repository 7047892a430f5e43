package io.pyra.analytics;

import static io.pyra.analytics.AccountingApiTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.orgunit.OrgUnit;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Resource allocation over the API, for a centre principal who sees their own branch: two of the
 * branch's staff log contact records and finish tasks on customers of each tier group; the effort
 * per group, its shares and the gaps to the plan are worked out here from that effort.
 */
@PyraIntegrationTest
class AllocationApiTests {

  static final LocalDate TODAY = LocalDate.now(ValueFixtures.ZONE);
  static final LocalDate FROM = TODAY.minusDays(30);
  static final int TASK_MINUTES = 15;
  static final List<String> GROUPS = List.of("TOP_HIGH_MIDDLE", "LOW", "PROSPECT", "OTHER");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  OrgFixtures org;
  OrgUnit branch;
  UserAccount consultant;
  UserAccount agent;
  ValueFixtures value;
  EffortFixtures effort;
  ApiClient principal;
  String principalName;
  String scheme;

  /** The effort logged: person, group, kind (R a contact record, T a task done), minutes. */
  record Logged(UserAccount by, String group, char kind, int minutes) {}

  final List<Logged> logged = new ArrayList<>();

  @BeforeEach
  void setUp() {
    org = new OrgFixtures(orgUnits, users, roles);
    branch = org.branch();
    consultant = org.user(branch, "COURSE_CONSULTANT");
    agent = org.user(branch, "CALL_CENTRE_AGENT");
    value = new ValueFixtures(port, jdbc, days);
    effort = new EffortFixtures(port);
    principalName = org.user(branch, "CENTRE_PRINCIPAL").username();
    principal = effort.as(principalName);
    scheme = effort.scheme();
    effort.rates(Map.of(), Map.of(), TASK_MINUTES);
    plan(Map.of("TOP_HIGH_MIDDLE", 70, "LOW", 20, "PROSPECT", 10));
  }

  @Test
  void theEffortPerGroupPersonAndUnitIsSetAgainstThePlanWithItsGaps() {
    UUID top = value.customer(consultant, "Alloc T", "ACTIVE");
    value.sale(top, consultant, TODAY.minusDays(3), "20000", "1000");
    UUID low = value.customer(consultant, "Alloc L", "ACTIVE");
    value.sale(low, consultant, TODAY.minusDays(3), "500", "100");
    UUID prospect = value.customer(consultant, "Alloc P", "PROSPECT");
    // bought only before the window: INACTIVE, whose effort counts as OTHER (a suspect with a
    // contact
    // record would be a prospect: contact is established)
    UUID suspect = value.customer(consultant, "Alloc S", "ACTIVE");
    value.sale(suspect, consultant, TODAY.minusMonths(13), "100", "0");
    log(consultant, top, "TOP_HIGH_MIDDLE", 30);
    task(consultant, top, "TOP_HIGH_MIDDLE");
    log(agent, top, "TOP_HIGH_MIDDLE", 15);
    log(consultant, low, "LOW", 10);
    log(consultant, prospect, "PROSPECT", 20);
    log(agent, prospect, "PROSPECT", 0);
    log(consultant, suspect, "OTHER", 5);
    // another branch's effort is out of the principal's reach
    UserAccount stranger = org.user(org.branch(), "COURSE_CONSULTANT");
    UUID elsewhere = value.customer(stranger, "Alloc Z", "ACTIVE");
    effort.record(stranger, elsewhere, "PHONE", 300);

    JsonNode report = ok(principal.get(url("")));

    assertThat(report.get("plan").get("LOW").asString()).isEqualTo("0.200000");
    assertSpent(report.get("total"), logged);
    assertThat(report.get("orgUnits")).hasSize(1);
    assertThat(report.get("orgUnits").get(0).get("orgUnitId").asString())
        .isEqualTo(branch.id().toString());
    assertSpent(report.get("orgUnits").get(0), logged);
    assertThat(report.get("people")).hasSize(2);
    for (JsonNode person : report.get("people")) {
      UserAccount who =
          person.get("userId").asString().equals(consultant.id().toString()) ? consultant : agent;
      assertSpent(person, logged.stream().filter(l -> l.by() == who).toList());
    }
    // by hand, for once: 30 + 15 (the task) + 15 = 60 of 95 minutes on the top three tiers
    assertThat(group(report.get("total"), "TOP_HIGH_MIDDLE").get("share").asString())
        .isEqualTo("0.631579");
    assertThat(group(report.get("total"), "TOP_HIGH_MIDDLE").get("gap").asString())
        .isEqualTo("-0.068421");

    for (String language : List.of("en", "zh-CN")) {
      Document page =
          new PageClient(port)
              .language(language)
              .signIn(
                  org.member(branch)
                      .roles("CENTRE_PRINCIPAL")
                      .speaking(language)
                      .create()
                      .username(),
                  OrgFixtures.PASSWORD)
              .get(url("").replace("/api/v1/analytics/allocation", "/analytics/allocation"))
              .document();
      Element row = page.getElementById("total-TOP_HIGH_MIDDLE");
      // 2 records, 45 contact minutes, 1 task, 60 minutes, 63.2 % of 95, planned 70 %, gap −6.8 %
      assertThat(row.select("td").eachText())
          .containsExactly("2", "45", "1", "60", "63.2 %", "70.0 %", "-6.8 %");
      assertThat(row.selectFirst("td.gap").hasClass("table-warning")).isTrue();
      assertThat(page.getElementById("total-OTHER").selectFirst("th").text())
          .startsWith(language.equals("en") ? "Other" : "其他");
      assertThat(page.getElementById("allocation-chart")).isNotNull();
    }

    JsonNode agentOnly = ok(principal.get(url("&person=" + agent.id())));
    assertSpent(agentOnly.get("total"), logged.stream().filter(l -> l.by() == agent).toList());
    JsonNode otherUnit = ok(principal.get(url("&orgUnit=" + org.branch().id())));
    assertSpent(otherUnit.get("total"), List.of());
    assertThat(otherUnit.get("people")).isEmpty();
  }

  @Test
  void thePlanIsEditedAndMustAddUpToAHundred() {
    ApiClient admin = effort.admin();
    assertThat(
            principal.put("/api/v1/analytics/allocation-plan", planBody(60, 30, 10), null).status())
        .as("a centre principal reads, does not manage")
        .isEqualTo(403);
    assertThat(fields(admin.put("/api/v1/analytics/allocation-plan", planBody(60, 30, 9), null)))
        .containsEntry("shares", "sum");
    assertThat(
            fields(
                admin.put(
                    "/api/v1/analytics/allocation-plan",
                    Map.of("shares", Map.of("TOP_HIGH_MIDDLE", 80, "LOW", 20)),
                    null)))
        .containsEntry("shares.PROSPECT", "required");
    assertThat(
            fields(
                admin.put(
                    "/api/v1/analytics/allocation-plan",
                    Map.of("shares", Map.of("TOP_HIGH_MIDDLE", 80, "LOW", 20, "OTHER", 0)),
                    null)))
        .containsEntry("shares", "one-of");
    assertThat(fields(admin.put("/api/v1/analytics/allocation-plan", planBody(110, -20, 10), null)))
        .containsEntry("shares.TOP_HIGH_MIDDLE", "range")
        .containsEntry("shares.LOW", "range");
    assertThat(
            ok(principal.get("/api/v1/analytics/allocation-plan"))
                .get("shares")
                .get("LOW")
                .asString())
        .as("nothing changed")
        .isEqualTo("20");

    plan(Map.of("TOP_HIGH_MIDDLE", 60, "LOW", 30, "PROSPECT", 10));
    JsonNode report = ok(principal.get(url("")));
    assertThat(report.get("plan").get("LOW").asString()).isEqualTo("0.300000");
    assertThat(group(report.get("total"), "LOW").get("share").isNull())
        .as("no effort: no share")
        .isTrue();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndOthersAreRefused() {
    assertThat(fields(principal.get(url("&orgUnit=branch-1")))).containsEntry("orgUnit", "type");
    assertThat(fields(principal.get(url("&person=42")))).containsEntry("person", "type");
    assertThat(
            fields(
                principal.get(
                    "/api/v1/analytics/allocation?scheme=" + scheme + "&from=2026-02-30")))
        .containsEntry("from", "type");
    assertThat(
            fields(
                principal.get(
                    "/api/v1/analytics/allocation?from=" + TODAY + "&to=" + TODAY.minusDays(1))))
        .containsEntry("from", "after-to");
    assertThat(fields(principal.get("/api/v1/analytics/allocation?scheme=NOPE")))
        .containsEntry("scheme", "not-found");
    assertThat(effort.as(agent).get(url("")).status()).as("no value.read").isEqualTo(403);
  }

  /** Checks a scope's counts, minutes, shares and gaps against the effort logged. */
  private static void assertSpent(JsonNode scope, List<Logged> effort) {
    Map<String, long[]> byGroup = new LinkedHashMap<>(); // records, contact minutes, tasks, minutes
    GROUPS.forEach(g -> byGroup.put(g, new long[4]));
    long all = 0;
    for (Logged l : effort) {
      long[] sums = byGroup.get(l.group());
      if (l.kind() == 'R') {
        sums[0]++;
        sums[1] += l.minutes();
        sums[3] += l.minutes();
        all += l.minutes();
      } else {
        sums[2]++;
        sums[3] += TASK_MINUTES;
        all += TASK_MINUTES;
      }
    }
    Map<String, Integer> planned = Map.of("TOP_HIGH_MIDDLE", 70, "LOW", 20, "PROSPECT", 10);
    assertThat(scope.get("minutes").asString()).isEqualTo(Long.toString(all));
    for (String name : GROUPS) {
      JsonNode group = group(scope, name);
      long[] sums = byGroup.get(name);
      assertThat(group.get("records").asLong()).as(name).isEqualTo(sums[0]);
      assertThat(group.get("contactMinutes").asLong()).as(name).isEqualTo(sums[1]);
      assertThat(group.get("tasks").asLong()).as(name).isEqualTo(sums[2]);
      assertThat(group.get("minutes").asString()).as(name).isEqualTo(Long.toString(sums[3]));
      if (all == 0) {
        assertThat(group.get("share").isNull()).isTrue();
        continue;
      }
      BigDecimal share =
          BigDecimal.valueOf(sums[3]).divide(BigDecimal.valueOf(all), 6, RoundingMode.HALF_EVEN);
      assertThat(group.get("share").asString()).as(name).isEqualTo(share.toPlainString());
      if (name.equals("OTHER")) {
        assertThat(group.get("plannedShare").isNull()).isTrue();
        assertThat(group.get("gap").isNull()).isTrue();
      } else {
        BigDecimal plan = BigDecimal.valueOf(planned.get(name)).divide(BigDecimal.valueOf(100));
        assertThat(new BigDecimal(group.get("gap").asString()))
            .as(name)
            .isEqualByComparingTo(share.subtract(plan));
      }
    }
  }

  private void log(UserAccount by, UUID customer, String group, int minutes) {
    effort.record(by, customer, "PHONE", minutes);
    logged.add(new Logged(by, group, 'R', minutes));
  }

  private void task(UserAccount by, UUID customer, String group) {
    effort.taskDone(by, customer);
    logged.add(new Logged(by, group, 'T', 0));
  }

  private void plan(Map<String, Integer> shares) {
    ApiClient.Response set =
        effort.admin().put("/api/v1/analytics/allocation-plan", Map.of("shares", shares), null);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  private static Map<String, Object> planBody(int top, int low, int prospect) {
    Map<String, Object> shares = new HashMap<>();
    shares.put("TOP_HIGH_MIDDLE", top);
    shares.put("LOW", low);
    shares.put("PROSPECT", prospect);
    return Map.of("shares", shares);
  }

  private String url(String more) {
    return "/api/v1/analytics/allocation?scheme="
        + scheme
        + "&from="
        + FROM
        + "&to="
        + TODAY
        + more;
  }

  private static JsonNode group(JsonNode scope, String name) {
    for (JsonNode group : scope.get("groups")) {
      if (group.get("group").asString().equals(name)) {
        return group;
      }
    }
    throw new AssertionError("no group " + name);
  }

  private static JsonNode ok(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
