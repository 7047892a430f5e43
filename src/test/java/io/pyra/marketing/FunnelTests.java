package io.pyra.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.marketing.FunnelFixtures.Lead;
import io.pyra.marketing.FunnelFixtures.Sale;
import io.pyra.marketing.FunnelFixtures.Visit;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The funnel over the API, every figure checked against what this test computes with plain
 * arithmetic from its own rows: leads of two campaigns (one without cost) and none, ties, a lead
 * created just before midnight and one just after a month's end in the company's time zone, a
 * cancelled then a missed appointment, a customer who bought before the lead came in and one whose
 * refund takes the revenue below zero, costs in another currency and outside the period, and a lead
 * of another branch that the marketer never sees. Also the centres' shared figures, an empty
 * period, the export, and bad parameters refused with 400 naming the parameter.
 */
@PyraIntegrationTest
class FunnelTests {

  static final LocalDate FROM = LocalDate.parse("2026-03-01");
  static final LocalDate TO = LocalDate.parse("2026-04-30");
  static final String PERIOD = "from=" + FROM + "&to=" + TO;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  /** The world of this class, written once: the tests only read it. */
  static World world;

  record Cost(UUID campaignId, LocalDate day, BigDecimal amount, String currency) {}

  record World(
      OrgUnit branch,
      OrgUnit other,
      UserAccount marketer,
      UserAccount otherMarketer,
      String currency,
      FunnelFixtures fixtures,
      List<Cost> costs,
      Map<UUID, UUID> channels) {}

  @BeforeEach
  void setUp() {
    if (world == null) {
      world = build();
    }
  }

  private World build() {
    CampaignStaff staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = staff.org().branch();
    OrgUnit other = staff.org().branch();
    UserAccount marketer = staff.user(branch, "MARKETING");
    UserAccount otherMarketer = staff.user(other, "MARKETING");
    UserAccount agent1 = staff.user(branch, "CALL_CENTRE_AGENT");
    UserAccount agent2 = staff.user(branch, "CALL_CENTRE_AGENT");
    UserAccount consultant1 = staff.user(branch, "COURSE_CONSULTANT");
    UserAccount consultant2 = staff.user(branch, "COURSE_CONSULTANT");
    UserAccount otherAgent = staff.user(other, "CALL_CENTRE_AGENT");
    ApiClient api = staff.api(marketer);
    String currency =
        api.get("/api/v1/marketing/funnel?" + PERIOD).json().get("currency").asString();
    String foreign = currency.equals("USD") ? "EUR" : "USD";

    UUID paid = staff.record(marketer, CampaignStaff.code());
    UUID free = staff.record(marketer, CampaignStaff.code());
    List<Cost> costs = new ArrayList<>();
    for (Cost cost :
        List.of(
            new Cost(paid, LocalDate.parse("2026-03-05"), new BigDecimal("1000.00"), currency),
            new Cost(paid, LocalDate.parse("2026-04-10"), new BigDecimal("500.00"), currency),
            new Cost(paid, LocalDate.parse("2026-03-06"), new BigDecimal("300.00"), foreign),
            new Cost(paid, LocalDate.parse("2026-05-01"), new BigDecimal("999.00"), currency))) {
      ApiClient.Response added =
          api.post(
              "/api/v1/campaigns/" + cost.campaignId() + "/costs",
              Map.of(
                  "spentOn", cost.day().toString(),
                  "amount", cost.amount().toPlainString(),
                  "currency", cost.currency(),
                  "note", "Ads"));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      costs.add(cost);
    }
    Map<UUID, UUID> channels = new HashMap<>();
    for (UUID campaign : List.of(paid, free)) {
      channels.put(
          campaign,
          jdbc.sql("select channel_id from marketing_campaign where id = ?")
              .param(campaign)
              .query(UUID.class)
              .single());
    }

    FunnelFixtures f = new FunnelFixtures(jdbc, staff.admin());
    UUID a = branch.id();
    UUID x = f.customer("Xu Ming", agent1.id(), a);
    UUID y = f.customer("Yang Li", agent2.id(), a);
    UUID z = f.customer("Zhao Fang", agent1.id(), a);
    UUID w = f.customer("Wang Tao", agent1.id(), a);
    UUID v = f.customer("Vivian Ho", otherAgent.id(), other.id());
    f.order(x, "2026-03-05", "1000.00", currency);
    UUID early = f.order(y, "2026-03-20", "1000.00", currency); // before Y's lead: not counted
    f.order(y, "2026-04-05", "200.00", currency);
    f.refund(y, early, "2026-04-06", "1000.00"); // after the lead: takes Y's revenue below zero
    f.order(z, "2026-04-19", "700.00", currency); // the day before Z's lead
    f.order(w, "2026-05-10", "900.00", currency); // after the period
    f.order(v, "2026-03-08", "5000.00", currency);

    Lead l1 = f.lead(paid, "PHONE", a, agent1.id(), a, "2026-03-02T10:00", x);
    Lead l2 = f.lead(paid, "WEB_FORM", a, agent1.id(), a, "2026-03-10T23:30", null);
    Lead l3 = f.lead(paid, "PHONE", a, agent2.id(), a, "2026-04-01T00:30", y);
    Lead l4 = f.lead(free, "REFERRAL", null, agent2.id(), a, "2026-04-15T09:00", null);
    Lead l5 = f.lead(null, "WALK_IN", a, agent1.id(), a, "2026-04-20T09:00", z);
    f.lead(paid, "PHONE", a, agent1.id(), a, "2026-03-15T11:00", w);
    Lead lb = f.lead(paid, "PHONE", other.id(), otherAgent.id(), other.id(), "2026-03-03T10:00", v);
    f.lead(paid, "PHONE", a, agent1.id(), a, "2026-05-05T10:00", null); // after the period

    UUID c1 = consultant1.id();
    UUID c2 = consultant2.id();
    f.visit(
        l1,
        x,
        a,
        c1,
        agent1.id(),
        "2026-03-02T12:00",
        "2026-03-05T10:00",
        "ARRIVED",
        "2026-03-05T09:55",
        true);
    f.visit(
        l2,
        null,
        a,
        c2,
        agent1.id(),
        "2026-03-10T23:45",
        "2026-03-12T10:00",
        "CANCELLED",
        null,
        false);
    f.visit(
        l2,
        null,
        a,
        c1,
        agent1.id(),
        "2026-03-11T09:30",
        "2026-03-13T10:00",
        "NO_SHOW",
        null,
        false);
    f.visit(
        l3,
        null,
        a,
        c2,
        agent2.id(),
        "2026-04-01T08:30",
        "2026-04-03T10:00",
        "ARRIVED",
        "2026-04-03T10:05",
        false);
    f.visit(
        l4,
        null,
        a,
        c2,
        agent2.id(),
        "2026-04-15T12:00",
        "2026-05-02T10:00",
        "BOOKED",
        null,
        false);
    f.visit(
        l5,
        z,
        a,
        c1,
        agent1.id(),
        "2026-04-20T10:00",
        "2026-04-20T11:00",
        "ARRIVED",
        "2026-04-20T11:00",
        true);
    f.visit(
        lb,
        v,
        other.id(),
        c1,
        otherAgent.id(),
        "2026-03-03T11:00",
        "2026-03-04T10:00",
        "ARRIVED",
        "2026-03-04T10:00",
        true);
    return new World(branch, other, marketer, otherMarketer, currency, f, costs, channels);
  }

  ApiClient marketer() {
    return new CampaignStaff(orgUnits, users, roles, jdbc, port).api(world.marketer());
  }

  // ---- the test's own arithmetic -------------------------------------------------------------

  /** What one lead contributes, from the test's rows. */
  record Step(
      Lead lead,
      boolean booked,
      boolean arrived,
      boolean consulted,
      boolean noShow,
      boolean contract,
      BigDecimal revenue,
      Long bookingSeconds,
      Long arrivalSeconds,
      UUID firstConsultant) {}

  static Step step(Lead lead) {
    List<Visit> visits =
        world.fixtures().visits.stream().filter(v -> v.lead().equals(lead)).toList();
    List<Visit> kept = visits.stream().filter(v -> !v.status().equals("CANCELLED")).toList();
    boolean arrived = kept.stream().anyMatch(v -> v.status().equals("ARRIVED"));
    List<Sale> window =
        world.fixtures().sales.stream()
            .filter(s -> s.customerId().equals(lead.customerId()))
            .filter(s -> !s.day().isBefore(lead.day()) && !s.day().isAfter(TO))
            .toList();
    boolean contract = window.stream().anyMatch(Sale::sale);
    BigDecimal revenue =
        contract
            ? window.stream().map(Sale::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
            : BigDecimal.ZERO;
    Visit first = kept.stream().min(Comparator.comparing(Visit::bookedAt)).orElse(null);
    Visit firstArrival =
        kept.stream()
            .filter(v -> v.status().equals("ARRIVED"))
            .min(Comparator.comparing(Visit::arrivedAt))
            .orElse(null);
    Visit earliest =
        kept.stream()
            .min(Comparator.comparing(Visit::startsAt).thenComparing(v -> v.id().toString()))
            .orElse(null);
    return new Step(
        lead,
        !kept.isEmpty(),
        arrived,
        visits.stream().anyMatch(Visit::consulted),
        !kept.isEmpty() && kept.stream().allMatch(v -> v.status().equals("NO_SHOW")),
        contract,
        revenue,
        first == null ? null : Duration.between(lead.createdAt(), first.bookedAt()).toSeconds(),
        first == null || firstArrival == null
            ? null
            : Duration.between(first.bookedAt(), firstArrival.arrivedAt()).toSeconds(),
        earliest == null ? null : earliest.consultantId());
  }

  /** The leads the marketer sees: their branch's, created in the period. */
  static List<Step> visibleSteps() {
    return world.fixtures().leads.stream()
        .filter(l -> l.orgUnitId().equals(world.branch().id()))
        .filter(l -> !l.day().isBefore(FROM) && !l.day().isAfter(TO))
        .map(FunnelTests::step)
        .toList();
  }

  static String text(UUID id) {
    return id == null ? "" : id.toString();
  }

  static Function<Step, String> key(String grouping) {
    return switch (grouping) {
      case "campaign" -> s -> text(s.lead().campaignId());
      case "channel" -> s -> text(world.channels().get(s.lead().campaignId()));
      case "source" -> s -> s.lead().source();
      case "centre" -> s -> text(s.lead().centreId());
      case "agent" -> s -> text(s.lead().ownerId());
      case "consultant" -> s -> text(s.firstConsultant());
      default -> s -> YearMonth.from(s.lead().day()).toString();
    };
  }

  /** The base-currency costs in the period per campaign and month. */
  static List<Cost> countedCosts() {
    return world.costs().stream()
        .filter(c -> c.currency().equals(world.currency()))
        .filter(c -> !c.day().isBefore(FROM) && !c.day().isAfter(TO))
        .toList();
  }

  static BigDecimal campaignCost(UUID campaign) {
    return countedCosts().stream()
        .filter(c -> c.campaignId().equals(campaign))
        .map(Cost::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The expected cost of each row of a grouping. */
  static Map<String, BigDecimal> expectedCosts(String grouping, List<Step> steps) {
    Map<String, BigDecimal> costs = new HashMap<>();
    if (grouping.equals("month")) {
      for (Cost c : countedCosts()) {
        costs.merge(YearMonth.from(c.day()).toString(), c.amount(), BigDecimal::add);
      }
      return costs;
    }
    Map<UUID, Long> leadsOfCampaign = new HashMap<>();
    steps.stream()
        .filter(s -> s.lead().campaignId() != null)
        .forEach(s -> leadsOfCampaign.merge(s.lead().campaignId(), 1L, Long::sum));
    for (UUID campaign : leadsOfCampaign.keySet()) {
      Map<String, Long> leadsOfRow = new HashMap<>();
      steps.stream()
          .filter(s -> campaign.equals(s.lead().campaignId()))
          .forEach(s -> leadsOfRow.merge(key(grouping).apply(s), 1L, Long::sum));
      boolean whole = grouping.equals("campaign") || grouping.equals("channel");
      leadsOfRow.forEach(
          (row, n) ->
              costs.merge(
                  row,
                  whole
                      ? campaignCost(campaign)
                      : campaignCost(campaign)
                          .multiply(BigDecimal.valueOf(n))
                          .divide(
                              BigDecimal.valueOf(leadsOfCampaign.get(campaign)),
                              6,
                              RoundingMode.HALF_EVEN),
                  BigDecimal::add));
    }
    return costs;
  }

  static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
  }

  static void check(String what, JsonNode row, List<Step> steps, BigDecimal cost) {
    long leads = steps.size();
    long booked = steps.stream().filter(Step::booked).count();
    long arrived = steps.stream().filter(Step::arrived).count();
    long consulted = steps.stream().filter(Step::consulted).count();
    long noShows = steps.stream().filter(Step::noShow).count();
    long contracts = steps.stream().filter(Step::contract).count();
    BigDecimal revenue = steps.stream().map(Step::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(row.get("leads").asLong()).as(what + " leads").isEqualTo(leads);
    assertThat(row.get("appointments").asLong()).as(what + " appointments").isEqualTo(booked);
    assertThat(row.get("arrivals").asLong()).as(what + " arrivals").isEqualTo(arrived);
    assertThat(row.get("consultations").asLong()).as(what + " consultations").isEqualTo(consulted);
    assertThat(row.get("noShows").asLong()).as(what + " no-shows").isEqualTo(noShows);
    assertThat(row.get("contracts").asLong()).as(what + " contracts").isEqualTo(contracts);
    assertThat(new BigDecimal(row.get("revenue").asString()))
        .as(what + " revenue")
        .isEqualByComparingTo(revenue);
    BigDecimal shownCost = cost.setScale(2, RoundingMode.HALF_EVEN);
    assertThat(new BigDecimal(row.get("cost").asString()))
        .as(what + " cost")
        .isEqualByComparingTo(shownCost);
    assertThat(decimal(row, "arrivalRate"))
        .as(what + " arrival rate")
        .isEqualTo(rate(arrived, booked));
    assertThat(decimal(row, "noShowRate"))
        .as(what + " no-show rate")
        .isEqualTo(rate(noShows, booked));
    assertThat(decimal(row, "appointmentRate")).as(what).isEqualTo(rate(booked, leads));
    assertThat(decimal(row, "conversionRate")).as(what).isEqualTo(rate(contracts, leads));
    BigDecimal roi =
        shownCost.signum() == 0
            ? null
            : revenue.subtract(shownCost).divide(shownCost, 4, RoundingMode.HALF_EVEN);
    assertThat(decimal(row, "roi")).as(what + " ROI").isEqualTo(roi);
    assertThat(decimal(row, "costPerLead"))
        .as(what + " cost per lead")
        .isEqualTo(
            leads == 0
                ? null
                : shownCost.divide(BigDecimal.valueOf(leads), 2, RoundingMode.HALF_EVEN));
    assertThat(decimal(row, "costPerCustomer"))
        .as(what + " cost per customer")
        .isEqualTo(
            contracts == 0
                ? null
                : shownCost.divide(BigDecimal.valueOf(contracts), 2, RoundingMode.HALF_EVEN));
    List<Long> toBooking =
        steps.stream().map(Step::bookingSeconds).filter(Objects::nonNull).toList();
    assertThat(decimal(row, "hoursToBooking"))
        .as(what + " hours to booking")
        .isEqualTo(hours(toBooking));
    List<Long> toArrival =
        steps.stream().map(Step::arrivalSeconds).filter(Objects::nonNull).toList();
    assertThat(decimal(row, "hoursToArrival"))
        .as(what + " hours to arrival")
        .isEqualTo(hours(toArrival));
  }

  static BigDecimal hours(List<Long> seconds) {
    return seconds.isEmpty()
        ? null
        : BigDecimal.valueOf(
                seconds.stream().mapToLong(Long::longValue).sum()
                    / (double) seconds.size()
                    / 3600.0)
            .setScale(1, RoundingMode.HALF_EVEN);
  }

  static BigDecimal decimal(JsonNode row, String field) {
    JsonNode value = row.get(field);
    return value == null || value.isNull() ? null : new BigDecimal(value.asString());
  }

  // ---- the tests ----------------------------------------------------------------------------

  @Test
  void everyGroupingShowsTheFiguresOfTheTestsOwnArithmeticAndATotalOfTheRows() {
    List<Step> steps = visibleSteps();
    assertThat(steps).hasSize(6);
    for (String grouping :
        List.of("campaign", "source", "channel", "centre", "agent", "consultant", "month")) {
      ApiClient.Response answer =
          marketer().get("/api/v1/marketing/funnel?" + PERIOD + "&groupBy=" + grouping);
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      JsonNode json = answer.json();
      assertThat(json.get("groupBy").asString()).isEqualTo(grouping);
      assertThat(json.get("currency").asString()).isEqualTo(world.currency());
      Map<String, List<Step>> groups = new HashMap<>();
      steps.forEach(
          s -> groups.computeIfAbsent(key(grouping).apply(s), k -> new ArrayList<>()).add(s));
      Map<String, BigDecimal> costs = expectedCosts(grouping, steps);
      costs.keySet().forEach(k -> groups.putIfAbsent(k, List.of()));
      List<String> keys = new ArrayList<>();
      for (JsonNode row : json.get("rows")) {
        String key = row.get("key").asString();
        keys.add(key);
        assertThat(groups).as(grouping + " row " + key).containsKey(key);
        assertThat(row.get("name").asString()).as(grouping + " name").isNotBlank();
        check(grouping + " " + key, row, groups.get(key), costs.getOrDefault(key, BigDecimal.ZERO));
      }
      assertThat(keys).as(grouping).containsExactlyInAnyOrderElementsOf(groups.keySet());
      check(grouping + " total", json.get("total"), steps, campaignCost(findPaid(steps)));
      assertThat(json.get("costsLeftOut").toString())
          .contains(world.currency().equals("USD") ? "EUR" : "USD");
    }
  }

  private static UUID findPaid(List<Step> steps) {
    return world.costs().get(0).campaignId();
  }

  @Test
  void aCampaignWithoutCostHasNoRoiAndACampaignWhoseCustomerWasRefundedShowsItsNetRevenue() {
    JsonNode rows =
        marketer()
            .get("/api/v1/marketing/funnel?" + PERIOD + "&groupBy=campaign")
            .json()
            .get("rows");
    UUID paid = world.costs().get(0).campaignId();
    JsonNode paidRow = find(rows, paid.toString());
    // X bought 1,000 after their lead; Y bought 200 and had 1,000 refunded after theirs
    assertThat(new BigDecimal(paidRow.get("revenue").asString())).isEqualByComparingTo("200");
    // (200 − 1,500) / 1,500
    assertThat(paidRow.get("roi").asString()).isEqualTo("-0.8667");
    JsonNode leadsOfY =
        marketer().get("/api/v1/marketing/funnel?" + PERIOD + "&groupBy=agent").json().get("rows");
    BigDecimal negative = BigDecimal.ZERO;
    for (JsonNode row : leadsOfY) {
      negative = negative.min(new BigDecimal(row.get("revenue").asString()));
    }
    assertThat(negative).as("the agent of Y's lead shows a negative revenue").isNegative();
    for (JsonNode row : rows) {
      if (!row.get("key").asString().equals(paid.toString())
          && !row.get("key").asString().isEmpty()) {
        assertThat(row.get("cost").asString()).isEqualTo("0.00");
        assertThat(row.get("roi").isNull()).isTrue();
      }
    }
  }

  @Test
  void tiedRowsAreOrderedByNameAndLeadsWithoutAKeyComeLast() {
    JsonNode rows =
        marketer().get("/api/v1/marketing/funnel?" + PERIOD + "&groupBy=source").json().get("rows");
    List<String> keys = new ArrayList<>();
    rows.forEach(r -> keys.add(r.get("key").asString()));
    // PHONE 3 leads, then the ties of one lead each by their English names
    assertThat(keys).containsExactly("PHONE", "REFERRAL", "WALK_IN", "WEB_FORM");
    JsonNode centres =
        marketer().get("/api/v1/marketing/funnel?" + PERIOD + "&groupBy=centre").json().get("rows");
    assertThat(centres.get(centres.size() - 1).get("key").asString()).isEmpty();
    assertThat(centres.get(centres.size() - 1).get("name").asString()).isEqualTo("No centre");
  }

  @Test
  void anEmptyPeriodHasNoRowsAndAZeroTotalWithoutRates() {
    JsonNode json =
        marketer()
            .get("/api/v1/marketing/funnel?from=2025-01-01&to=2025-01-31&groupBy=month")
            .json();
    assertThat(json.get("rows")).isEmpty();
    assertThat(json.get("total").get("leads").asLong()).isZero();
    assertThat(json.get("total").get("arrivalRate").isNull()).isTrue();
    assertThat(json.get("total").get("roi").isNull()).isTrue();
    assertThat(json.get("total").get("cost").asString()).isEqualTo("0.00");
  }

  @Test
  void theMarketerOfAnotherBranchSeesOnlyTheirOwnLead() {
    JsonNode json =
        new CampaignStaff(orgUnits, users, roles, jdbc, port)
            .api(world.otherMarketer())
            .get("/api/v1/marketing/funnel?" + PERIOD + "&groupBy=agent")
            .json();
    assertThat(json.get("total").get("leads").asLong()).isEqualTo(1);
    assertThat(json.get("total").get("contracts").asLong()).isEqualTo(1);
    assertThat(new BigDecimal(json.get("total").get("revenue").asString()))
        .isEqualByComparingTo("5000");
    // and the marketer of this branch never sees that lead's centre
    JsonNode mine = marketer().get("/api/v1/marketing/funnel?" + PERIOD + "&groupBy=centre").json();
    assertThat(mine.toString()).doesNotContain(world.other().id().toString());
  }

  @Test
  void theCentresFiguresCountBookedArrivedMissedAndSignedVisitorsByMonth() {
    ApiClient.Response answer = marketer().get("/api/v1/marketing/centre-figures?" + PERIOD);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode months = answer.json().get("months");
    Map<String, long[]> expected = new HashMap<>();
    for (Visit v : world.fixtures().visits) {
      LocalDate day = v.startsAt().toLocalDate();
      if (!v.centreId().equals(world.branch().id()) || day.isBefore(FROM) || day.isAfter(TO)) {
        continue;
      }
      long[] counts = expected.computeIfAbsent(YearMonth.from(day).toString(), k -> new long[4]);
      UUID customer = v.customerId() != null ? v.customerId() : v.lead().customerId();
      boolean signed =
          world.fixtures().sales.stream()
              .anyMatch(
                  s ->
                      s.sale()
                          && s.customerId().equals(customer)
                          && !s.day().isBefore(day)
                          && !s.day().isAfter(TO));
      counts[0] += v.status().equals("CANCELLED") ? 0 : 1;
      counts[1] += v.status().equals("ARRIVED") ? 1 : 0;
      counts[2] += v.status().equals("NO_SHOW") ? 1 : 0;
      counts[3] += v.status().equals("ARRIVED") && signed ? 1 : 0;
    }
    assertThat(expected).containsOnlyKeys("2026-03", "2026-04");
    assertThat(months).hasSize(2);
    for (JsonNode month : months) {
      assertThat(month.get("centreId").asString()).isEqualTo(world.branch().id().toString());
      long[] counts = expected.get(month.get("month").asString());
      assertThat(
              new long[] {
                month.get("booked").asLong(),
                month.get("arrivals").asLong(),
                month.get("noShows").asLong(),
                month.get("contracts").asLong()
              })
          .as(month.toString())
          .containsExactly(counts);
    }
  }

  @Test
  void badParametersAreRefusedWith400NamingTheParameter() {
    ApiClient api = marketer();
    Map<String, String> cases = new HashMap<>();
    cases.put("from=2026-13-01&to=2026-12-31", "from");
    cases.put("from=2026-03-01&to=tomorrow", "to");
    cases.put("from=2026-03-01&to=2026-02-01", "to");
    cases.put("from=2020-01-01&to=2026-01-01", "to");
    cases.put(PERIOD + "&groupBy=planet", "groupBy");
    cases.forEach(
        (query, parameter) -> {
          ApiClient.Response answer = api.get("/api/v1/marketing/funnel?" + query);
          assertThat(answer.status()).as(query + " " + answer.body()).isEqualTo(400);
          assertThat(answer.json().get("errors").get(0).get("field").asString())
              .as(query)
              .isEqualTo(parameter);
        });
    assertThat(api.get("/api/v1/marketing/centre-figures?from=x").status()).isEqualTo(400);
  }

  @Test
  void theExportHasTheRowsAndTheTotalAsCsvAndXlsx() {
    var pages = new CampaignStaff(orgUnits, users, roles, jdbc, port).pages(world.marketer());
    var csv = pages.get("/marketing/funnel/export?format=csv&groupBy=source&" + PERIOD);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .contains("Source,Leads,Appointments")
        .contains("Phone,3,")
        .contains("Total,6,");
    var xlsx = pages.get("/marketing/funnel/export?format=xlsx&groupBy=month&" + PERIOD);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(pages.get("/marketing/funnel/export?format=pdf").status()).isEqualTo(400);
  }

  static JsonNode find(JsonNode rows, String key) {
    for (JsonNode row : rows) {
      if (row.get("key").asString().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key + " in " + rows);
  }
}
