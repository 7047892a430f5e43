package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * ABC grades over the API, for a branch of its own graded by a scheme whose audience is that
 * branch: customers with known sales, schedules and payments; every indicator, score and grade
 * worked out here by plain arithmetic; a manager's override (audited, expiring); each bad input.
 */
@PyraIntegrationTest
class GradingApiTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate AS_OF = LocalDate.now(ZONE);

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;

  OrgFixtures fixtures;
  OrgUnit branch;
  UserAccount consultant;
  ValueFixtures value;
  ApiClient principal;
  String principalName;
  ApiClient admin;

  @BeforeEach
  void setUp() {
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    value = new ValueFixtures(port, jdbc, days);
    principalName = fixtures.user(branch, "CENTRE_PRINCIPAL").username();
    principal = new ApiClient(port).signIn(principalName, OrgFixtures.PASSWORD);
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  /** One customer's indicators as worked out by hand from their sales and payments. */
  record Expected(
      String letter, BigDecimal amount, BigDecimal profit, BigDecimal lateDays, BigDecimal share) {}

  @Test
  void theBranchIsGradedFromItsSalesAndPaymentsAndAManagerOverridesAGrade() {
    Map<String, UUID> ids = new LinkedHashMap<>();
    List<Expected> expected = new ArrayList<>();
    // A: 1,000 (cost 400) due on its day, paid that day: never late
    UUID a = customer("A", ids);
    UUID order = value.sale(a, consultant, AS_OF.minusDays(40), "1000", "400");
    value.payment(order, AS_OF.minusDays(40), "1000");
    expected.add(new Expected("A", d("1000"), d("600"), d("0.00"), d("0.000000")));
    // B: 3,000 (cost 2,000) in two instalments, 1,000 due −60 and 2,000 due −30; paid 1,500 on −50
    // (covers the first 10 days late, then 500 of the second early) and 1,500 on −20 (10 days
    // late): (1,000 × 10 + 500 × 0 + 1,500 × 10) / 3,000 = 8.33 days; 2,500 of 3,000 late
    UUID b = customer("B", ids);
    order = value.sale(b, consultant, AS_OF.minusDays(60), "3000", "2000");
    value.instalment(order, 1, AS_OF.minusDays(60), "1000");
    value.instalment(order, 2, AS_OF.minusDays(30), "2000");
    value.payment(order, AS_OF.minusDays(50), "1500");
    value.payment(order, AS_OF.minusDays(20), "1500");
    expected.add(
        new Expected(
            "B",
            d("3000"),
            d("1000"),
            new BigDecimal("25000").divide(d("3000"), 2, RoundingMode.HALF_UP),
            new BigDecimal("2500").divide(d("3000"), 6, RoundingMode.HALF_UP)));
    // C: 500 (cost 100) ten days ago, unpaid: 10 days late by today, all of it
    UUID c = customer("C", ids);
    value.sale(c, consultant, AS_OF.minusDays(10), "500", "100");
    expected.add(new Expected("C", d("500"), d("400"), d("10.00"), d("1.000000")));
    // D: 2,000 (cost 1,900) paid 5 days late, then a credit note of −500 (cost −100): net 1,500,
    // profit −300; the credit note is not due
    UUID dd = customer("D", ids);
    order = value.sale(dd, consultant, AS_OF.minusDays(100), "2000", "1900");
    value.payment(order, AS_OF.minusDays(95), "2000");
    value.sale(dd, consultant, AS_OF.minusDays(90), "-500", "-100");
    expected.add(new Expected("D", d("1500"), d("-300"), d("5.00"), d("1.000000")));
    // E: 800 (cost 300) due in 20 days: nothing due yet, a clean record
    UUID e = customer("E", ids);
    order = value.sale(e, consultant, AS_OF.minusDays(5), "800", "300");
    value.instalment(order, 1, AS_OF.plusDays(20), "800");
    expected.add(new Expected("E", d("800"), d("500"), d("0.00"), d("0.000000")));
    // outside the audience: a customer of another branch, whatever they bought
    UserAccount elsewhere = fixtures.user(fixtures.branch(), "COURSE_CONSULTANT");
    UUID other = value.customer(elsewhere, "Grading Z", "ACTIVE");
    value.sale(other, elsewhere, AS_OF.minusDays(3), "99999", "1");

    String scheme = scheme(Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60"));
    ApiClient.Response computed =
        admin.post("/api/v1/analytics/grades/compute?scheme=" + scheme, Map.of());
    assertThat(computed.status()).as(computed.body()).isEqualTo(200);
    assertThat(computed.json().get("customers").asInt()).isEqualTo(5);

    // the expected grades, by plain arithmetic: percent rank (ties share the lower rank)
    int n = expected.size();
    Map<String, BigDecimal> score = new HashMap<>();
    Map<String, BigDecimal[]> scores = new HashMap<>();
    for (Expected x : expected) {
      long amountBelow =
          expected.stream().filter(y -> y.amount().compareTo(x.amount()) < 0).count();
      long profitBelow =
          expected.stream().filter(y -> y.profit().compareTo(x.profit()) < 0).count();
      long moreDays =
          expected.stream().filter(y -> y.lateDays().compareTo(x.lateDays()) > 0).count();
      long moreShare = expected.stream().filter(y -> y.share().compareTo(x.share()) > 0).count();
      BigDecimal amountScore = pct(amountBelow * 100, n - 1);
      BigDecimal profitScore = pct(profitBelow * 100, n - 1);
      BigDecimal creditScore = pct((moreDays + moreShare) * 50, n - 1);
      scores.put(x.letter(), new BigDecimal[] {creditScore, amountScore, profitScore});
      score.put(
          x.letter(),
          creditScore
              .multiply(d("10"))
              .add(amountScore.multiply(d("30")))
              .add(profitScore.multiply(d("60")))
              .divide(d("100"), 2, RoundingMode.HALF_UP));
    }
    List<String> ranked =
        expected.stream()
            .map(Expected::letter)
            .sorted(
                Comparator.comparing((String l) -> score.get(l))
                    .reversed()
                    .thenComparing(l -> value.code(ids.get(l))))
            .toList();
    // 5 graded: A ⌈1⌉ = 1, B up to ⌈2.5⌉ = 3, C the rest
    Map<String, String> grade = new HashMap<>();
    for (int i = 0; i < n; i++) {
      grade.put(ranked.get(i), i < 1 ? "A" : i < 3 ? "B" : "C");
    }

    JsonNode report = grades(principal, scheme, "");
    List<String> codes = new ArrayList<>();
    report.get("items").forEach(i -> codes.add(i.get("code").asString()));
    assertThat(codes)
        .containsExactlyElementsOf(ranked.stream().map(l -> value.code(ids.get(l))).toList());
    for (JsonNode item : report.get("items")) {
      String letter = letter(ids, item.get("customerId").asString());
      Expected x =
          expected.stream().filter(y -> y.letter().equals(letter)).findFirst().orElseThrow();
      assertThat(item.get("amount").asString()).as(letter).isEqualTo(cents(x.amount()));
      assertThat(item.get("profit").asString()).as(letter).isEqualTo(cents(x.profit()));
      assertThat(item.get("lateDays").asString())
          .as(letter)
          .isEqualTo(x.lateDays().toPlainString());
      assertThat(item.get("lateShare").asString()).as(letter).isEqualTo(x.share().toPlainString());
      assertThat(item.get("creditScore").asString())
          .as(letter)
          .isEqualTo(scores.get(letter)[0].toPlainString());
      assertThat(item.get("amountScore").asString())
          .as(letter)
          .isEqualTo(scores.get(letter)[1].toPlainString());
      assertThat(item.get("profitScore").asString())
          .as(letter)
          .isEqualTo(scores.get(letter)[2].toPlainString());
      assertThat(item.get("score").asString())
          .as(letter)
          .isEqualTo(score.get(letter).toPlainString());
      assertThat(item.get("grade").asString()).as(letter).isEqualTo(grade.get(letter));
      assertThat(item.get("effectiveGrade").asString()).as(letter).isEqualTo(grade.get(letter));
      assertThat(item.get("override").isNull()).isTrue();
    }
    assertThat(report.get("counts").get("A").asInt()).isEqualTo(1);
    assertThat(report.get("counts").get("B").asInt()).isEqualTo(2);
    assertThat(report.get("counts").get("C").asInt()).isEqualTo(2);
    // the administrator reaches everyone: the counts the computation kept, the same figures
    JsonNode everyone = grades(admin, scheme, "");
    assertThat(everyone.get("asOf").asString()).isEqualTo(report.get("asOf").asString());
    assertThat(everyone.get("counts").get("A").asInt()).isEqualTo(1);
    assertThat(everyone.get("counts").get("B").asInt()).isEqualTo(2);
    assertThat(everyone.get("counts").get("C").asInt()).isEqualTo(2);

    // the report's page lists the same customers in the same order
    io.pyra.testing.PageClient.Page page =
        new io.pyra.testing.PageClient(port)
            .signIn(principalName, OrgFixtures.PASSWORD)
            .get("/analytics/grades?scheme=" + scheme);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).containsSubsequence(codes);

    // pages of two, by the cursor
    JsonNode first = grades(principal, scheme, "&limit=2");
    assertThat(first.get("items")).hasSize(2);
    JsonNode second =
        grades(principal, scheme, "&limit=2&cursor=" + first.get("nextCursor").asString());
    assertThat(second.get("items").get(0).get("code").asString()).isEqualTo(codes.get(2));
    JsonNode third =
        grades(principal, scheme, "&limit=2&cursor=" + second.get("nextCursor").asString());
    assertThat(third.get("items")).hasSize(1);
    assertThat(third.get("nextCursor").isNull()).isTrue();

    // a manager raises the last customer to A, with a reason: the automatic grade stays beside it
    String last = ranked.get(n - 1);
    UUID lastId = ids.get(last);
    ApiClient.Response set =
        admin.put(
            "/api/v1/customers/" + lastId + "/grade-override",
            Map.of("grade", "a", "reason", "Signed a three-year contract"),
            null);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    JsonNode row = row(grades(principal, scheme, ""), lastId);
    assertThat(row.get("grade").asString()).isEqualTo("C");
    assertThat(row.get("effectiveGrade").asString()).isEqualTo("A");
    assertThat(row.get("override").get("grade").asString()).isEqualTo("A");
    assertThat(row.get("override").get("reason").asString())
        .isEqualTo("Signed a three-year contract");
    assertThat(row.get("override").get("expiresOn").isNull()).isTrue();
    JsonNode counted = grades(principal, scheme, "");
    assertThat(counted.get("counts").get("A").asInt()).isEqualTo(2);
    assertThat(counted.get("automaticCounts").get("A").asInt()).isEqualTo(1);
    assertThat(counted.get("counts").get("C").asInt()).isEqualTo(1);
    JsonNode countedForEveryone = grades(admin, scheme, "");
    assertThat(countedForEveryone.get("counts").get("A").asInt()).isEqualTo(2);
    assertThat(countedForEveryone.get("automaticCounts").get("A").asInt()).isEqualTo(1);
    assertThat(countedForEveryone.get("counts").get("C").asInt()).isEqualTo(1);
    assertThat(countedForEveryone.get("automaticCounts").get("C").asInt()).isEqualTo(2);
    // an override that expired yesterday no longer moves the counts; one that expires today still
    // does
    jdbc.sql("update analytics_grade_override set expires_on = :day where customer_id = :customer")
        .param("day", AS_OF.minusDays(1))
        .param("customer", lastId)
        .update();
    assertThat(grades(admin, scheme, "").get("counts").get("A").asInt()).isEqualTo(1);
    assertThat(grades(principal, scheme, "").get("counts").get("A").asInt()).isEqualTo(1);
    jdbc.sql("update analytics_grade_override set expires_on = :day where customer_id = :customer")
        .param("day", AS_OF)
        .param("customer", lastId)
        .update();
    assertThat(grades(admin, scheme, "").get("counts").get("A").asInt()).isEqualTo(2);
    jdbc.sql("update analytics_grade_override set expires_on = null where customer_id = :customer")
        .param("customer", lastId)
        .update();
    JsonNode onlyA = grades(principal, scheme, "&grade=A");
    assertThat(onlyA.get("items")).hasSize(2);
    assertThat(audit(lastId))
        .containsExactly("CREATE by admin: grade=A, reason=Signed a three-year contract");

    // bad overrides: refused naming the field, nothing changed
    String path = "/api/v1/customers/" + lastId + "/grade-override";
    assertThat(fields(admin.put(path, Map.of("grade", "B"), null)))
        .containsEntry("reason", "required");
    assertThat(fields(admin.put(path, Map.of("grade", "B", "reason", "  "), null)))
        .containsEntry("reason", "required");
    assertThat(
            fields(
                admin.put(
                    path,
                    Map.of("grade", "B", "reason", "x", "expiresOn", AS_OF.minusDays(1).toString()),
                    null)))
        .containsEntry("expiresOn", "past");
    assertThat(fields(admin.put(path, Map.of("grade", "D", "reason", "x"), null)))
        .containsEntry("grade", "one-of");
    ApiClient.Response tooLong =
        admin.put(path, Map.of("grade", "B", "reason", "x".repeat(501)), null);
    assertThat(tooLong.status()).as("the request's bounds, as every request's").isEqualTo(400);
    assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    assertThat(row(grades(principal, scheme, ""), lastId).get("effectiveGrade").asString())
        .isEqualTo("A");
    assertThat(audit(lastId)).hasSize(1);

    // no permission: a principal reads grades but neither overrides nor computes; an agent reads
    // none
    assertThat(principal.put(path, Map.of("grade", "B", "reason", "x"), null).status())
        .isEqualTo(403);
    assertThat(
            principal.post("/api/v1/analytics/grades/compute?scheme=" + scheme, Map.of()).status())
        .isEqualTo(403);
    ApiClient agent =
        new ApiClient(port)
            .signIn(fixtures.user(branch, "CALL_CENTRE_AGENT").username(), OrgFixtures.PASSWORD);
    assertThat(agent.get("/api/v1/analytics/grades?scheme=" + scheme).status()).isEqualTo(403);
    // a marketer of another branch manages value but does not read this customer: 404, nothing of
    // it
    ApiClient marketer =
        new ApiClient(port)
            .signIn(fixtures.user(fixtures.branch(), "MARKETING").username(), OrgFixtures.PASSWORD);
    ApiClient.Response unreadable = marketer.put(path, Map.of("grade", "B", "reason", "x"), null);
    assertThat(unreadable.status()).isEqualTo(404);
    assertThat(unreadable.body())
        .doesNotContain(value.code(lastId))
        .doesNotContain("Grading " + last);
    assertThat(marketer.delete(path, null).status()).isEqualTo(404);
    assertThat(
            admin
                .put(
                    "/api/v1/customers/" + UUID.randomUUID() + "/grade-override",
                    Map.of("grade", "B", "reason", "x"),
                    null)
                .status())
        .isEqualTo(404);

    // an override with a last day holds through that day, not after
    ApiClient.Response until =
        admin.put(
            path,
            Map.of("grade", "B", "reason", "Until the review", "expiresOn", AS_OF.toString()),
            null);
    assertThat(until.status()).as(until.body()).isEqualTo(200);
    assertThat(row(grades(principal, scheme, ""), lastId).get("effectiveGrade").asString())
        .isEqualTo("B");
    assertThat(audit(lastId))
        .last()
        .isEqualTo(
            "UPDATE by admin: grade=A → B, reason=Signed a three-year contract → Until the review, expiresOn="
                + AS_OF);
    jdbc.sql("update analytics_grade_override set expires_on = ? where customer_id = ?")
        .params(AS_OF.minusDays(1), lastId)
        .update();
    JsonNode expired = row(grades(principal, scheme, ""), lastId);
    assertThat(expired.get("effectiveGrade").asString()).isEqualTo("C");
    assertThat(expired.get("override").isNull()).isTrue();

    // removed, audited
    assertThat(admin.delete(path, null).status()).isEqualTo(204);
    assertThat(audit(lastId)).last().asString().startsWith("DELETE by admin: grade=B → ");
  }

  @Test
  void twoManagersSettingACustomersFirstOverrideAtOnceBothSucceedOneAfterTheOther()
      throws Exception {
    ApiClient second = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        UUID customer = value.customer(consultant, "Override race " + round, "ACTIVE");
        String path = "/api/v1/customers/" + customer + "/grade-override";
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Future<ApiClient.Response> one =
            pool.submit(
                () -> {
                  start.await();
                  return admin.put(path, Map.of("grade", "A", "reason", "First manager"), null);
                });
        java.util.concurrent.Future<ApiClient.Response> two =
            pool.submit(
                () -> {
                  start.await();
                  return second.put(path, Map.of("grade", "C", "reason", "Second manager"), null);
                });
        ApiClient.Response first = one.get(60, java.util.concurrent.TimeUnit.SECONDS);
        ApiClient.Response other = two.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        // one override stored: the later of the two, whose audit entry updates the earlier one
        String stored =
            jdbc.sql("select grade from analytics_grade_override where customer_id = :customer")
                .param("customer", customer)
                .query(String.class)
                .single();
        List<String> entries = audit(customer);
        assertThat(entries).hasSize(2);
        String earlier = stored.equals("A") ? "C" : "A";
        String earlierReason = earlier.equals("A") ? "First manager" : "Second manager";
        String laterReason = stored.equals("A") ? "First manager" : "Second manager";
        assertThat(entries)
            .containsExactly(
                "CREATE by admin: grade=" + earlier + ", reason=" + earlierReason,
                "UPDATE by admin: grade="
                    + earlier
                    + " → "
                    + stored
                    + ", reason="
                    + earlierReason
                    + " → "
                    + laterReason);

        // the two change it again at once: each update starts from what the other stored
        java.util.concurrent.CyclicBarrier again = new java.util.concurrent.CyclicBarrier(2);
        one =
            pool.submit(
                () -> {
                  again.await();
                  return admin.put(path, Map.of("grade", "B", "reason", "Third"), null);
                });
        two =
            pool.submit(
                () -> {
                  again.await();
                  return second.put(path, Map.of("grade", "A", "reason", "Fourth"), null);
                });
        assertThat(one.get(60, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(two.get(60, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(200);
        List<String> all = audit(customer);
        assertThat(all).hasSize(4);
        // each update's reason starts from the one stored before it (the grade may stay the same)
        String reason = laterReason;
        for (String entry : all.subList(2, 4)) {
          assertThat(entry).startsWith("UPDATE by admin: ").contains("reason=" + reason + " → ");
          reason =
              entry.substring(entry.indexOf("reason=" + reason + " → ") + 7 + reason.length() + 3);
        }
        assertThat(reason).isIn("Third", "Fourth");
        assertThat(
                jdbc.sql(
                        "select reason from analytics_grade_override where customer_id = :customer")
                    .param("customer", customer)
                    .query(String.class)
                    .single())
            .isEqualTo(reason);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badSchemesAreRefusedNamingTheFieldAndNothingIsStored() {
    long before =
        jdbc.sql("select count(*) from analytics_grading_scheme").query(Long.class).single();
    Map<String, Object> scheme = schemeBody(Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "50"));
    assertThat(fields(admin.post("/api/v1/analytics/grading-schemes", scheme)))
        .containsEntry("weights", "sum");
    Map<String, Object> shares = schemeBody(Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60"));
    shares.put("shares", Map.of("A", "20", "B", "30", "C", "40"));
    assertThat(fields(admin.post("/api/v1/analytics/grading-schemes", shares)))
        .containsEntry("shares", "sum");
    Map<String, Object> limits = schemeBody(Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60"));
    limits.put("method", "SCORE_LIMITS");
    limits.put("limits", Map.of("A", "40", "B", "60"));
    assertThat(fields(admin.post("/api/v1/analytics/grading-schemes", limits)))
        .containsEntry("limits", "decreasing");
    Map<String, Object> window = schemeBody(Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60"));
    window.put("windowMonths", 0);
    assertThat(fields(admin.post("/api/v1/analytics/grading-schemes", window)))
        .containsEntry("windowMonths", "range");
    Map<String, Object> nowhere =
        schemeBody(Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60"));
    nowhere.put("audience", Map.of("orgUnit", "NO-SUCH-UNIT"));
    assertThat(fields(admin.post("/api/v1/analytics/grading-schemes", nowhere)))
        .containsEntry("audience.orgUnit", "not-found");
    assertThat(
            principal
                .post(
                    "/api/v1/analytics/grading-schemes",
                    schemeBody(Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60")))
                .status())
        .isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from analytics_grading_scheme").query(Long.class).single())
        .isEqualTo(before);

    // editing the weights: refused when they do not add up, then saved; the shipped scheme as
    // shipped
    String code = scheme(Map.of("CREDIT", "10", "AMOUNT", "30", "PROFIT", "60"));
    Map<String, Object> edit =
        schemeBody(Map.of("CREDIT", "20", "AMOUNT", "20", "PROFIT", "50", "GROWTH", "5"));
    assertThat(fields(admin.put("/api/v1/analytics/grading-schemes/" + code, edit, null)))
        .containsEntry("weights", "sum");
    edit.put("weights", Map.of("CREDIT", "20", "AMOUNT", "20", "PROFIT", "50", "GROWTH", "10"));
    ApiClient.Response saved = admin.put("/api/v1/analytics/grading-schemes/" + code, edit, null);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("weights").get("GROWTH").asString()).isEqualTo("10");
    JsonNode shipped = null;
    for (JsonNode s : principal.get("/api/v1/analytics/grading-schemes").json().get("items")) {
      if (s.get("code").asString().equals("ABC")) {
        shipped = s;
      }
    }
    assertThat(shipped).isNotNull();
    assertThat(shipped.get("weights").get("CREDIT").asString()).isEqualTo("10");
    assertThat(shipped.get("weights").get("AMOUNT").asString()).isEqualTo("30");
    assertThat(shipped.get("weights").get("PROFIT").asString()).isEqualTo("60");
    assertThat(shipped.get("shares").get("A").asString()).isEqualTo("20");

    // unknown schemes and grades, bad pages
    assertThat(fields(principal.get("/api/v1/analytics/grades?scheme=NOPE")))
        .containsEntry("scheme", "not-found");
    assertThat(fields(admin.post("/api/v1/analytics/grades/compute?scheme=NOPE", Map.of())))
        .containsEntry("scheme", "not-found");
    assertThat(fields(admin.put("/api/v1/analytics/grading-schemes/NOPE", edit, null)))
        .containsEntry("scheme", "not-found");
    assertThat(fields(principal.get("/api/v1/analytics/grades?grade=E")))
        .containsEntry("grade", "one-of");
    assertThat(fields(principal.get("/api/v1/analytics/grades?limit=0")))
        .containsEntry("limit", "range");
    assertThat(fields(principal.get("/api/v1/analytics/grades?cursor=bad")))
        .containsEntry("cursor", "invalid");
    assertThat(
            fields(
                admin.post("/api/v1/analytics/grades/compute?asOf=" + AS_OF.plusDays(2), Map.of())))
        .containsEntry("asOf", "future");
  }

  @Test
  void theOwnerEntersAGrowthProspectAndAScoreLimitsSchemeOnGrowthGradesByIt() {
    Map<String, UUID> ids = new LinkedHashMap<>();
    UUID a = customer("A", ids);
    value.sale(a, consultant, AS_OF.minusDays(2), "100", "0");
    UUID b = customer("B", ids);
    value.sale(b, consultant, AS_OF.minusDays(2), "100", "0");
    ApiClient owner = new ApiClient(port).signIn(consultant.username(), OrgFixtures.PASSWORD);
    assertThat(
            owner
                .put("/api/v1/customers/" + a + "/growth-prospect", Map.of("prospect", 80), null)
                .status())
        .isEqualTo(200);
    assertThat(
            fields(
                owner.put(
                    "/api/v1/customers/" + b + "/growth-prospect", Map.of("prospect", 101), null)))
        .containsEntry("prospect", "range");
    assertThat(
            principal
                .put("/api/v1/customers/" + b + "/growth-prospect", Map.of("prospect", 5), null)
                .status())
        .as("neither the owner nor a manager")
        .isEqualTo(403);
    Map<String, Object> body =
        schemeBody(Map.of("CREDIT", "0", "AMOUNT", "0", "PROFIT", "0", "GROWTH", "100"));
    body.put("method", "SCORE_LIMITS");
    body.put("limits", Map.of("A", "90", "B", "50"));
    ApiClient.Response created = admin.post("/api/v1/analytics/grading-schemes", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String code = created.json().get("code").asString();
    assertThat(admin.post("/api/v1/analytics/grades/compute?scheme=" + code, Map.of()).status())
        .isEqualTo(200);

    // growth ranks: B (none: 0) 1, A (80) 2 of 2 → 0 and 100; A at or above 90, B below 50
    JsonNode report = grades(principal, code, "");
    assertThat(report.get("items").get(0).get("code").asString()).isEqualTo(value.code(a));
    assertThat(report.get("items").get(0).get("growth").asInt()).isEqualTo(80);
    assertThat(report.get("items").get(0).get("score").asString()).isEqualTo("100.00");
    assertThat(report.get("items").get(0).get("grade").asString()).isEqualTo("A");
    assertThat(report.get("items").get(1).get("score").asString()).isEqualTo("0.00");
    assertThat(report.get("items").get(1).get("grade").asString()).isEqualTo("C");
  }

  private UUID customer(String letter, Map<String, UUID> ids) {
    UUID id = value.customer(consultant, "Grading " + letter, "ACTIVE");
    ids.put(letter, id);
    return id;
  }

  private static String letter(Map<String, UUID> ids, String id) {
    return ids.entrySet().stream()
        .filter(e -> e.getValue().toString().equals(id))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not a customer of the branch: " + id));
  }

  /** A new rank-shares scheme (A 20, B 30, C 50 %) with these weights, for the test's branch. */
  private String scheme(Map<String, String> weights) {
    ApiClient.Response created =
        admin.post("/api/v1/analytics/grading-schemes", schemeBody(weights));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("code").asString();
  }

  private Map<String, Object> schemeBody(Map<String, String> weights) {
    Map<String, Object> scheme = new HashMap<>();
    scheme.put("code", "G" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    scheme.put("name", "Branch grades");
    scheme.put("weights", weights);
    scheme.put("method", "RANK_SHARES");
    scheme.put("shares", Map.of("A", "20", "B", "30", "C", "50"));
    scheme.put("windowMonths", 12);
    scheme.put("audience", Map.of("orgUnit", branch.code()));
    return scheme;
  }

  private JsonNode grades(ApiClient client, String scheme, String rest) {
    ApiClient.Response response = client.get("/api/v1/analytics/grades?scheme=" + scheme + rest);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode row(JsonNode report, UUID customer) {
    for (JsonNode item : report.get("items")) {
      if (item.get("customerId").asString().equals(customer.toString())) {
        return item;
      }
    }
    throw new AssertionError("not in the report: " + customer);
  }

  /** The audit entries of the customer's override: "ACTION by user: field=before → after, …". */
  private List<String> audit(UUID customer) {
    return jdbc.sql(
            """
            select action, actor_name, changes from platform_audit_entry
             where record_type = 'analytics_grade_override' and record_id = ? order by id""")
        .params(customer.toString())
        .query(
            (rs, n) -> {
              List<String> shown = new ArrayList<>();
              for (JsonNode change :
                  tools.jackson.databind.json.JsonMapper.builder()
                      .build()
                      .readTree(rs.getString("changes"))) {
                shown.add(
                    change.get("field").asString()
                        + "="
                        + (change.get("before") == null || change.get("before").isNull()
                            ? ""
                            : change.get("before").asString() + " → ")
                        + (change.get("after") == null || change.get("after").isNull()
                            ? ""
                            : change.get("after").asString()));
              }
              return rs.getString("action")
                  + " by "
                  + rs.getString("actor_name")
                  + ": "
                  + String.join(", ", shown);
            })
        .list();
  }

  private static Map<String, String> fields(ApiClient.Response response) {
    return response.refusedFields();
  }

  private static BigDecimal pct(long numerator, int denominator) {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
  }

  private static String cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }
}
