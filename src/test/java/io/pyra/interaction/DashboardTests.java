package io.pyra.interaction;

import static io.pyra.interaction.TimelineTestData.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard of those who supervise, and the home page each role lands on. A branch with a team
 * below it: a principal of the branch sees both, a supervisor who reaches only their unit sees the
 * team; another branch's records, tasks and customers count for neither. Every expected figure is
 * computed below from the test's own rows by plain arithmetic.
 */
@PyraIntegrationTest
class DashboardTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TimelineTestData data;
  OrgUnit branch;
  OrgUnit team;
  OrgUnit otherBranch;
  UserAccount principal;
  UserAccount unitSupervisor;
  UserAccount inBranch;
  UserAccount inTeam;
  UserAccount tiedInTeam;
  UserAccount outsider;
  Instant now = Instant.now();
  LocalDate monday = LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

  /** A contact record the test wrote: its unit and day. */
  record Written(UUID unit, LocalDate day) {}

  /** An overdue task the test wrote: its assignee. */
  record Overdue(UserAccount assignee) {}

  /** A customer the test wrote: its unit, stage, creation and last contact (null: never). */
  record Customer(UUID id, UUID unit, String stage, Instant createdAt, Instant lastContact) {}

  List<Written> records = new ArrayList<>();
  List<Overdue> overdue = new ArrayList<>();
  List<Customer> customers = new ArrayList<>();

  @BeforeEach
  void setUp() {
    data = new TimelineTestData(orgUnits, users, roles, jdbc, port);
    branch = data.unit(data.root());
    team = data.unit(branch);
    otherBranch = data.unit(data.root());
    principal = data.user(branch.id(), "CENTRE_PRINCIPAL");
    String unitRole = OrgFixtures.code("UNITSUP");
    roles.create(
        new SaveRole(
            unitRole,
            "Unit supervisor " + unitRole,
            null,
            Map.of("supervision.read", Scope.ORG_UNIT, "customer.read", Scope.ORG_UNIT),
            null));
    unitSupervisor = data.user(team.id(), unitRole);
    inBranch = data.user(branch.id(), "COURSE_CONSULTANT");
    inTeam = data.user(team.id(), "COURSE_CONSULTANT");
    tiedInTeam = data.user(team.id(), "COURSE_CONSULTANT");
    outsider = data.user(otherBranch.id(), "COURSE_CONSULTANT");

    UUID branchCustomer = customer(inBranch, "PROSPECT", now, null);
    UUID teamCustomer = customer(inTeam, "NEW", now, null);
    UUID outsiderCustomer = customer(outsider, "ACTIVE", now, null);
    customer(inTeam, "PROSPECT", now, null);
    customer(inBranch, "ACTIVE", now, null);
    customer(inBranch, "PROSPECT", now, null);
    // created last month or earlier: not new this month
    customer(inBranch, "NEW", monthStart().minus(1, ChronoUnit.DAYS), null);

    // this week: two on Monday in the branch; the team's week is empty; last week: three
    record(branchCustomer, inBranch, monday, 10);
    record(branchCustomer, inBranch, monday, 11);
    record(branchCustomer, inBranch, monday.minusDays(5), 9);
    record(teamCustomer, inTeam, monday.minusDays(7), 9);
    record(teamCustomer, inTeam, monday.minusDays(3), 16);
    for (int i = 0; i < 3; i++) {
      record(outsiderCustomer, outsider, monday, 12);
    }
    // another unit's record on the team's customer counts where it was written, not for the team
    record(teamCustomer, outsider, monday.minusDays(7), 10);

    // overdue: two each for the branch's and the team's consultant (a tie), one for the other
    overdue(branchCustomer, inBranch, 2);
    overdue(teamCustomer, inTeam, 2);
    overdue(teamCustomer, tiedInTeam, 1);
    overdue(outsiderCustomer, outsider, 3);
    // not overdue: done, cancelled, due later
    data.task(teamCustomer, tiedInTeam, "Done", ago(10), ago(5), "DONE");
    data.task(teamCustomer, tiedInTeam, "Cancelled", ago(10), ago(5), "CANCELLED");
    data.task(teamCustomer, tiedInTeam, "Later", ago(1), now.plus(2, ChronoUnit.DAYS), "OPEN");

    // quiet customers: created 100 days ago, last contact 45, 70 and 200 days ago, or never
    Instant old = ago(100);
    customer(inBranch, "ACTIVE", old, ago(45));
    customer(inTeam, "ACTIVE", old, ago(70));
    customer(inTeam, "INACTIVE", old, null);
    customer(inBranch, "ACTIVE", old, ago(200));
    customer(inBranch, "ACTIVE", old, ago(25)); // contacted lately: not quiet
    customer(outsider, "ACTIVE", old, null); // another branch
  }

  @Test
  void eachRoleLandsOnItsHomePage() {
    for (String role : List.of("COURSE_CONSULTANT", "CALL_CENTRE_AGENT", "FRONT_DESK")) {
      UserAccount user = data.user(team.id(), role);
      Document home = data.pages(user).get("/").document();
      if ("FRONT_DESK".equals(role)) {
        // the front desk lands on today's visitors of its centre (issue 16), My day in the sidebar
        assertThat(home.select("#front-desk-day, #no-centre")).as(role).isNotEmpty();
      } else {
        assertThat(home.getElementById("my-day-date")).as(role).isNotNull();
      }
      assertThat(home.getElementById("welcome")).as(role).isNotNull();
      assertThat(home.getElementById("dashboard")).as(role).isNull();
      assertThat(home.getElementById("nav-dashboard")).as(role).isNull();
      assertThat(home.getElementById("nav-my-day")).as(role).isNotNull();
    }
    UserAccount manager = data.user(data.root().id(), "MANAGEMENT");
    for (UserAccount user : List.of(principal, manager, unitSupervisor)) {
      PageClient pages = data.pages(user);
      Document home = pages.get("/").document();
      assertThat(home.getElementById("dashboard")).as(user.username()).isNotNull();
      assertThat(home.getElementById("welcome")).isNotNull();
      assertThat(home.getElementById("my-day-date")).isNull();
      assertThat(home.getElementById("nav-dashboard")).isNotNull();
      // My day is still theirs, from the sidebar and the dashboard
      assertThat(home.getElementById("nav-my-day").attr("href")).isEqualTo("/my-day");
      assertThat(home.getElementById("dashboard-my-day").attr("href")).isEqualTo("/my-day");
      assertThat(pages.get("/my-day").document().getElementById("my-day-date")).isNotNull();
      assertThat(home.select(".pyra-dashboard-card").eachAttr("id"))
          .containsExactly(
              "card-contact-records",
              "card-overdue-tasks",
              "card-quiet-customers",
              "card-new-customers");
      assertThat(home.select("#card-contact-records [hx-get]").attr("hx-get"))
          .isEqualTo("/dashboard/cards/contact-records");
      assertThat(home.select("script[src*=echarts]")).hasSize(1);
    }
    assertThat(data.adminPages().get("/").document().getElementById("dashboard")).isNotNull();

    // a consultant who types the address gets no interaction cards and may not load them
    PageClient consultant = data.pages(inTeam);
    assertThat(
            consultant.get("/dashboard").document().select(".pyra-dashboard-card").eachAttr("id"))
        .containsExactly("card-new-customers");
    assertThat(consultant.get("/dashboard/cards/overdue-tasks").status()).isEqualTo(403);
    assertThat(data.pages(inTeam).get("/my-day").document().select("script[src*=echarts]"))
        .isEmpty();
  }

  @Test
  void contactRecordsThisWeekAgainstLastWeekPerDay() {
    for (UserAccount user : List.of(principal, unitSupervisor)) {
      Set<UUID> units = units(user);
      long[] thisWeek = new long[7];
      long[] lastWeek = new long[7];
      for (Written w : records) {
        if (!units.contains(w.unit())) {
          continue;
        }
        long offset = ChronoUnit.DAYS.between(monday, w.day());
        if (offset >= 0 && offset < 7) {
          thisWeek[(int) offset]++;
        } else if (offset >= -7 && offset < 0) {
          lastWeek[(int) offset + 7]++;
        }
      }
      Document card = data.pages(user).get("/dashboard/cards/contact-records").document();

      assertThat(card.select(".records-row .this-week").eachText())
          .as(user.username())
          .containsExactlyElementsOf(texts(thisWeek));
      assertThat(card.select(".records-row .last-week").eachText())
          .containsExactlyElementsOf(texts(lastWeek));
      assertThat(card.select("#records-total .this-week").text())
          .isEqualTo(String.valueOf(sum(thisWeek)));
      assertThat(card.select("#records-total .last-week").text())
          .isEqualTo(String.valueOf(sum(lastWeek)));
      JsonNode chart = chart(card, "records-chart");
      assertThat(chart.get("kind").asString()).isEqualTo("column");
      assertThat(chart.get("categories").size()).isEqualTo(7);
      assertThat(values(chart, 0)).containsExactlyElementsOf(longs(thisWeek));
      assertThat(values(chart, 1)).containsExactlyElementsOf(longs(lastWeek));
      assertThat(chart.get("series").get(0).get("name").asString()).isEqualTo("This week");
    }
    // the arithmetic above, spelled out: the branch's week had 2, the team's none
    Document principalCard =
        data.pages(principal).get("/dashboard/cards/contact-records").document();
    assertThat(principalCard.select("#records-total .this-week").text()).isEqualTo("2");
    assertThat(principalCard.select("#records-total .last-week").text()).isEqualTo("3");
    Document teamCard =
        data.pages(unitSupervisor).get("/dashboard/cards/contact-records").document();
    assertThat(teamCard.select("#records-total .this-week").text()).isEqualTo("0");
    assertThat(teamCard.select("#records-total .last-week").text()).isEqualTo("2");
  }

  @Test
  void overdueTasksByPersonMostFirstTiesByName() {
    for (UserAccount user : List.of(principal, unitSupervisor)) {
      Set<UUID> units = units(user);
      Map<UserAccount, Long> counts =
          overdue.stream()
              .filter(o -> units.contains(o.assignee().orgUnitId()))
              .collect(
                  Collectors.groupingBy(
                      Overdue::assignee, LinkedHashMap::new, Collectors.counting()));
      List<Map.Entry<UserAccount, Long>> expected =
          counts.entrySet().stream()
              .sorted(
                  Comparator.comparing((Map.Entry<UserAccount, Long> e) -> -e.getValue())
                      .thenComparing(e -> e.getKey().displayName()))
              .toList();
      Document card = data.pages(user).get("/dashboard/cards/overdue-tasks").document();

      assertThat(card.select(".overdue-row .person").eachText())
          .as(user.username())
          .containsExactlyElementsOf(expected.stream().map(e -> e.getKey().displayName()).toList());
      assertThat(card.select(".overdue-row .count").eachText())
          .containsExactlyElementsOf(expected.stream().map(e -> e.getValue().toString()).toList());
      long total = expected.stream().mapToLong(Map.Entry::getValue).sum();
      assertThat(card.select("#overdue-total .count").text()).isEqualTo(String.valueOf(total));
      JsonNode chart = chart(card, "overdue-chart");
      assertThat(values(chart, 0))
          .containsExactlyElementsOf(expected.stream().map(Map.Entry::getValue).toList());
      assertThat(card.getElementById("overdue-" + outsider.id())).isNull();
    }
    assertThat(
            data.pages(principal)
                .get("/dashboard/cards/overdue-tasks")
                .document()
                .select("#overdue-total .count")
                .text())
        .isEqualTo("5");
  }

  @Test
  void customersWithoutContactFor30DaysCountedByHowLongAndListedLongestFirst() {
    for (UserAccount user : List.of(principal, unitSupervisor)) {
      Set<UUID> units = units(user);
      Instant since = now.minus(30, ChronoUnit.DAYS);
      List<Customer> quiet =
          customers.stream()
              .filter(c -> units.contains(c.unit()))
              .filter(c -> c.createdAt().isBefore(since))
              .filter(c -> c.lastContact() == null || c.lastContact().isBefore(since))
              .toList();
      long[] groups = new long[5];
      for (Customer c : quiet) {
        if (c.lastContact() == null) {
          groups[4]++;
        } else {
          long days = ChronoUnit.DAYS.between(c.lastContact(), now);
          groups[days < 60 ? 0 : days < 90 ? 1 : days < 180 ? 2 : 3]++;
        }
      }
      List<UUID> longest =
          quiet.stream()
              .sorted(
                  Comparator.comparing(
                      Customer::lastContact, Comparator.nullsFirst(Comparator.naturalOrder())))
              .map(Customer::id)
              .toList();
      Document card = data.pages(user).get("/dashboard/cards/quiet-customers").document();

      assertThat(card.select(".quiet-row .count").eachText())
          .as(user.username())
          .containsExactlyElementsOf(texts(groups));
      assertThat(card.getElementById("quiet-total").text())
          .startsWith(String.valueOf(quiet.size()) + " customers");
      assertThat(values(chart(card, "quiet-chart"), 0)).containsExactlyElementsOf(longs(groups));
      assertThat(card.select(".quiet-customer a").eachAttr("href"))
          .containsExactlyElementsOf(longest.stream().map(id -> "/customers/" + id).toList());
    }
    Document principalCard =
        data.pages(principal).get("/dashboard/cards/quiet-customers").document();
    assertThat(principalCard.select(".quiet-row .count").eachText())
        .containsExactly("1", "1", "0", "1", "1");
  }

  @Test
  void newCustomersOfThisMonthByStage() {
    for (UserAccount user : List.of(principal, unitSupervisor)) {
      Set<UUID> units = units(user);
      Instant monthStart = monthStart();
      Map<String, Long> expected = new LinkedHashMap<>();
      for (String stage : List.of("SUSPECT", "PROSPECT", "NEW", "ACTIVE", "INACTIVE", "LOST")) {
        expected.put(stage, 0L);
      }
      customers.stream()
          .filter(c -> units.contains(c.unit()) && !c.createdAt().isBefore(monthStart))
          .forEach(c -> expected.merge(c.stage(), 1L, Long::sum));
      Document card = data.pages(user).get("/dashboard/cards/new-customers").document();

      List<String> shown = new ArrayList<>();
      for (String stage : expected.keySet()) {
        Element row = card.getElementById("new-customers-" + stage);
        assertThat(row).as(stage).isNotNull();
        shown.add(row.select(".count").text());
      }
      assertThat(shown)
          .as(user.username())
          .containsExactlyElementsOf(expected.values().stream().map(String::valueOf).toList());
      long total = expected.values().stream().mapToLong(Long::longValue).sum();
      assertThat(card.select("#new-customers-total .count").text())
          .isEqualTo(String.valueOf(total));
      assertThat(values(chart(card, "new-customers-chart"), 0))
          .containsExactlyElementsOf(expected.values());
    }
  }

  @Test
  void theCardsSpeakChinese() {
    String unitRole = OrgFixtures.code("UNITSUPZH");
    roles.create(
        new SaveRole(
            unitRole,
            "Unit supervisor " + unitRole,
            null,
            Map.of("supervision.read", Scope.ORG_UNIT, "customer.read", Scope.ORG_UNIT),
            null));
    UserAccount chinese = data.user(team.id(), unitRole, "zh-CN");
    PageClient pages = data.pages(chinese);
    assertThat(pages.get("/").document().getElementById("card-contact-records-title").text())
        .isEqualTo("联系记录：本周与上周");
    Document records = pages.get("/dashboard/cards/contact-records").document();
    assertThat(chart(records, "records-chart").get("series").get(0).get("name").asString())
        .isEqualTo("本周");
    assertThat(chart(records, "records-chart").get("categories").get(0).asString()).isEqualTo("周一");
    Document stages = pages.get("/dashboard/cards/new-customers").document();
    assertThat(chart(stages, "new-customers-chart").get("categories").get(1).asString())
        .isEqualTo("潜在客户");
  }

  private Set<UUID> units(UserAccount user) {
    return user.equals(principal) ? Set.of(branch.id(), team.id()) : Set.of(team.id());
  }

  private UUID customer(UserAccount owner, String stage, Instant createdAt, Instant lastContact) {
    UUID id = data.customer("Dash", owner);
    jdbc.sql("update customer_customer set stage = :stage, created_at = :at where id = :id")
        .param("stage", stage)
        .param("at", SqlTime.utc(createdAt))
        .param("id", id)
        .update();
    if (lastContact != null) {
      data.record(id, owner, "VISIT", lastContact, "Last contact");
      records.add(new Written(owner.orgUnitId(), LocalDate.ofInstant(lastContact, ZONE)));
    }
    customers.add(new Customer(id, owner.orgUnitId(), stage, createdAt, lastContact));
    return id;
  }

  private void record(UUID customer, UserAccount author, LocalDate day, int hour) {
    data.record(customer, author, "VISIT", day.atTime(hour, 0).atZone(ZONE).toInstant(), "Visit");
    records.add(new Written(author.orgUnitId(), day));
  }

  private void overdue(UUID customer, UserAccount assignee, int count) {
    for (int i = 0; i < count; i++) {
      data.task(customer, assignee, "Overdue " + i, ago(10), ago(1 + i), "OPEN");
      overdue.add(new Overdue(assignee));
    }
  }

  private Instant ago(int days) {
    return now.minus(days, ChronoUnit.DAYS);
  }

  private static Instant monthStart() {
    return YearMonth.now(ZONE).atDay(1).atStartOfDay(ZONE).toInstant();
  }

  private static JsonNode chart(Document card, String id) {
    Element element = card.getElementById(id);
    assertThat(element).as(id + " in " + card.body().html()).isNotNull();
    return JsonMapper.shared().readTree(element.attr("data-chart"));
  }

  private static List<Long> values(JsonNode chart, int series) {
    List<Long> values = new ArrayList<>();
    chart.get("series").get(series).get("values").forEach(v -> values.add(v.asLong()));
    return values;
  }

  private static List<String> texts(long[] counts) {
    return longs(counts).stream().map(String::valueOf).toList();
  }

  private static List<Long> longs(long[] counts) {
    List<Long> list = new ArrayList<>();
    for (long c : counts) {
      list.add(c);
    }
    return list;
  }

  private static long sum(long[] counts) {
    long sum = 0;
    for (long c : counts) {
      sum += c;
    }
    return sum;
  }
}
