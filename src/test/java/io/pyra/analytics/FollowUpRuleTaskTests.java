package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.figures.CustomerDays;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.interaction.value.FollowUpTasks;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The follow-up rules per tier and grade (issue 14, item 8) over customers of a branch of the
 * test's own: each customer's tier (the shipped REVENUE_SHARES pyramid at the last month end) and
 * grade (an override, else the computed ABC grade) are known to the test, which works out from the
 * rules as the API lists them which rule is due for whom — the stricter of a tier's and a grade's,
 * the grade's on a tie — and compares the tasks the job created: one open task per customer however
 * many rules apply, titled in the owner's language, and the next only after it is done.
 *
 * <p>The job runs over every customer of the shared database, as it does in production; only the
 * branch's customers are checked.
 */
@PyraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpRuleTaskTests {

  static final LocalDate MONTH_END = ValueDrivesWorkTests.MONTH_END;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CustomerDays days;
  @Autowired FollowUpTasks followUp;

  ApiClient admin;
  UserAccount consultant;
  UserAccount chineseConsultant;
  OrgUnit branch;

  /** The rules as the API lists them, by tier or grade: days, and the rule's id. */
  final Map<String, Integer> ruleDays = new LinkedHashMap<>();

  final Map<String, JsonNode> ruleJson = new HashMap<>();

  /** What the test knows of each customer: tier (or null) and effective grade (or null). */
  record Known(String name, UUID id, String tier, String grade, UserAccount owner) {}

  Known top;
  Known gradeA;
  Known gradeB;
  Known lowTierGradeA;
  Known expired;
  Known nothing;
  Known quiet;
  List<Known> all;

  /** When every customer was last contacted. */
  Instant contacted;

  @BeforeAll
  void setUp() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    OrgFixtures fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    chineseConsultant =
        fixtures.member(branch).roles("COURSE_CONSULTANT").speaking("zh-CN").create();
    ValueFixtures value = new ValueFixtures(port, jdbc, days);

    UUID topId = customer("Top A", consultant);
    UUID aId = customer("Grade A only", chineseConsultant);
    UUID bId = customer("Grade B only", consultant);
    UUID lowId = customer("Tier and A", consultant);
    UUID expiredId = customer("Expired override", consultant);
    UUID nothingId = customer("Neither", consultant);
    UUID quietId = customer("Never contacted", consultant);

    // more than any customer of an earlier test bought: certainly the first of the ranking
    value.sale(topId, consultant, MONTH_END.minusDays(3), ValueFixtures.aboveEveryone(0), "1");
    value.sale(lowId, consultant, MONTH_END.minusDays(3), "1", "0");
    value.sale(quietId, consultant, MONTH_END.minusDays(3), "1", "0");
    // bought after the month end: no tier at it, but graded by ABC as of today
    value.sale(expiredId, consultant, LocalDate.now(ValueFixtures.ZONE), "5", "1");
    String month = MONTH_END.toString().substring(0, 7);
    ApiClient.Response taken =
        admin.post(
            "/api/v1/analytics/snapshots",
            Map.of("scheme", "REVENUE_SHARES", "from", month, "to", month));
    assertThat(taken.status()).as(taken.body()).isBetween(200, 299);
    ApiClient.Response computed =
        admin.post("/api/v1/analytics/grades/compute?scheme=ABC", Map.of());
    assertThat(computed.status()).as(computed.body()).isEqualTo(200);

    override(topId, "A", null);
    override(quietId, "B", null);
    override(aId, "A", null);
    override(bId, "B", null);
    override(lowId, "A", null);
    String automatic = automaticGrade(expiredId);
    assertThat(automatic).as("graded on its sale of today").isIn("A", "B", "C");
    // an override that no longer holds, chosen so that using it would change the outcome
    override(expiredId, "A".equals(automatic) ? "C" : "A", null);
    jdbc.sql("update analytics_grade_override set expires_on = ? where customer_id = ?")
        .params(LocalDate.now(ValueFixtures.ZONE).minusDays(1), expiredId)
        .update();

    top = new Known("top", topId, "TOP", "A", consultant);
    gradeA = new Known("gradeA", aId, null, "A", chineseConsultant);
    gradeB = new Known("gradeB", bId, null, "B", consultant);
    lowTierGradeA = new Known("lowTierGradeA", lowId, tierPath(lowId), "A", consultant);
    expired = new Known("expired", expiredId, null, automatic, consultant);
    nothing = new Known("nothing", nothingId, null, null, consultant);
    quiet = new Known("quiet", quietId, tierPath(quietId), "B", consultant);
    all = List.of(top, gradeA, gradeB, lowTierGradeA, expired, nothing, quiet);
    assertThat(tierPath(topId)).isEqualTo("TOP");
    assertThat(lowTierGradeA.tier()).isIn("TOP", "HIGH", "MIDDLE", "LOW");

    // what analytics publishes is what the test expects: the expired override is not used
    for (Known k : all) {
      Map<String, Object> row =
          jdbc
              .sql("select tier, grade from analytics_customer_value_view where customer_id = ?")
              .params(k.id())
              .query()
              .listOfRows()
              .stream()
              .findFirst()
              .orElse(Map.of());
      assertThat(row.get("tier")).as(k.name() + "'s tier").isEqualTo(k.tier());
      assertThat(row.get("grade")).as(k.name() + "'s grade").isEqualTo(k.grade());
    }

    for (JsonNode rule : admin.get("/api/v1/follow-up-rules").json()) {
      String target = rule.get("tier").isNull() ? "grade " : "tier ";
      target +=
          rule.get("tier").isNull() ? rule.get("grade").asString() : rule.get("tier").asString();
      ruleJson.put(target, rule);
      if (rule.get("active").asBoolean()) {
        ruleDays.put(target, rule.get("maxDays").asInt());
      }
    }
    assertThat(ruleDays).as("the shipped rules, all active").hasSize(7);

    contacted = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
    for (Known k : List.of(top, gradeA, gradeB, lowTierGradeA, expired, nothing)) {
      contact(k.id(), contacted);
    }
    // quiet: no contact record at all
  }

  @AfterAll
  void restoreTheRuleNote() {
    JsonNode a = ruleJson.get("grade A");
    ApiClient.Response current = admin.get("/api/v1/follow-up-rules/" + a.get("id").asString());
    Map<String, Object> body = body(current.json());
    body.put("note", null);
    body.put("active", true);
    admin.put("/api/v1/follow-up-rules/" + a.get("id").asString(), body, current.header("ETag"));
    JsonNode b = ruleJson.get("grade B");
    ApiClient.Response currentB = admin.get("/api/v1/follow-up-rules/" + b.get("id").asString());
    Map<String, Object> bodyB = body(currentB.json());
    bodyB.put("active", true);
    admin.put("/api/v1/follow-up-rules/" + b.get("id").asString(), bodyB, currentB.header("ETag"));
  }

  @Test
  void eachCustomerGetsOneTaskFromTheStricterRuleInTheOwnersLanguage() {
    String noteA = "Visit in person, bring the new timetable";
    putRule("grade A", Map.of("note", noteA));

    // 45 days after the last contact: the rules of 45 days or fewer are due
    Instant first = contacted.plus(45, ChronoUnit.DAYS).plusSeconds(1);
    followUp.createDue(first);
    followUp.createDue(first.plusSeconds(60));
    Map<String, String> expected = new HashMap<>();
    for (Known k : all) {
      String rule = due(k, first);
      List<Map<String, Object>> tasks = tasks(k.id());
      if (rule == null) {
        assertThat(tasks).as(k.name() + ": no rule due").isEmpty();
        continue;
      }
      expected.put(k.name(), rule);
      assertThat(tasks).as(k.name() + ": one task, however often the job runs").hasSize(1);
      Map<String, Object> task = tasks.getFirst();
      assertThat(target(task)).as(k.name() + ": from the stricter rule").isEqualTo(rule);
      assertThat(task.get("assignee_id")).isEqualTo(k.owner().id());
      assertThat(task.get("status")).isEqualTo("OPEN");
      assertThat(((Number) task.get("max_days")).intValue()).isEqualTo(ruleDays.get(rule));
      assertThat(instant(task.get("due_at")))
          .as("due the day after the job")
          .isEqualTo(first.plus(1, ChronoUnit.DAYS));
      assertThat((String) task.get("title")).isEqualTo(title(rule, k.owner() == chineseConsultant));
    }
    // with the shipped rules: on a tie (TOP and A, 30 days) the grade's; A (30) beats the other
    // customer's lower tier; never contacted, both of the last one's rules are due: the stricter
    assertThat(expected)
        .containsEntry("top", "grade A")
        .containsEntry("quiet", lessDays("tier " + quiet.tier(), "grade B"))
        .containsEntry("gradeA", "grade A")
        .containsEntry("lowTierGradeA", "grade A")
        .doesNotContainKey("gradeB")
        .doesNotContainKey("nothing");
    assertThat(tasks(gradeA.id()).getFirst())
        .containsEntry("title", "A 级客户已 30 天未联系")
        .containsEntry("notes", noteA)
        .containsEntry("priority", "HIGH");
    assertThat(tasks(top.id()).getFirst())
        .containsEntry("title", "Grade A customer not contacted for 30 days");
    if (expected.containsKey("expired")) {
      assertThat(expired.grade()).as("only the computed A is due at 45 days").isEqualTo("A");
    } else {
      assertThat(expired.grade())
          .as("the expired override A would have been due")
          .isNotEqualTo("A");
    }
    // the owner sees the task in their list
    JsonNode mine =
        new ApiClient(port)
            .signIn(consultant.username(), OrgFixtures.PASSWORD)
            .get("/api/v1/tasks?customerId=" + top.id() + "&limit=50")
            .json()
            .get("items");
    assertThat(mine.toString()).contains("Grade A customer not contacted for 30 days");

    // an inactive rule creates nothing; active again, it does
    Instant second = contacted.plus(100, ChronoUnit.DAYS).plusSeconds(1);
    putRule("grade B", Map.of("active", false));
    followUp.createDue(second);
    assertThat(tasks(gradeB.id())).as("grade B's rule is off").isEmpty();
    putRule("grade B", Map.of("active", true));
    followUp.createDue(second);
    assertThat(tasks(gradeB.id())).hasSize(1);
    assertThat(target(tasks(gradeB.id()).getFirst())).isEqualTo(due(gradeB, second));
    assertThat(due(gradeB, second)).isEqualTo("grade B");

    // 200 days on: still the one open task, though every rule of the customer is due
    Instant third = contacted.plus(200, ChronoUnit.DAYS).plusSeconds(1);
    followUp.createDue(third);
    assertThat(tasks(top.id())).as("never a second open task from follow-up rules").hasSize(1);
    assertThat(tasks(nothing.id())).isEmpty();

    // the owner does the task: the next comes when the customer is again not contacted in time
    String id = tasks(top.id()).getFirst().get("id").toString();
    ApiClient owner = new ApiClient(port).signIn(consultant.username(), OrgFixtures.PASSWORD);
    ApiClient.Response read = owner.get("/api/v1/tasks/" + id);
    ApiClient.Response done =
        owner.patch("/api/v1/tasks/" + id, Map.of("status", "DONE"), read.header("ETag"));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    followUp.createDue(third);
    List<Map<String, Object>> again = tasks(top.id());
    assertThat(again).hasSize(2);
    assertThat(again.get(1)).containsEntry("status", "OPEN");
    assertThat(target(again.get(1))).isEqualTo(due(top, third)).isEqualTo("grade A");
  }

  /**
   * The rule due for {@code k} at {@code at}, worked out from the rules as listed: of the active
   * rules for its tier and grade the one with fewest days (the grade's on a tie), if its days have
   * passed since the last contact.
   */
  private String due(Known k, Instant at) {
    String best = null;
    for (String target :
        new String[] {
          k.grade() == null ? null : "grade " + k.grade(),
          k.tier() == null ? null : "tier " + k.tier()
        }) {
      if (target != null
          && ruleDays.containsKey(target)
          && (best == null || ruleDays.get(target) < ruleDays.get(best))) {
        best = target;
      }
    }
    if (best == null) {
      return null;
    }
    if (k == quiet) {
      return best; // never contacted: due at once
    }
    long daysSince = ChronoUnit.SECONDS.between(contacted, at) / 86_400;
    return daysSince >= ruleDays.get(best) ? best : null;
  }

  /** Of two rules, the one with fewer days (the second, a grade's, on a tie). */
  private String lessDays(String tierRule, String gradeRule) {
    return ruleDays.get(tierRule) < ruleDays.get(gradeRule) ? tierRule : gradeRule;
  }

  private String title(String rule, boolean chinese) {
    String[] parts = rule.split(" ");
    int d = ruleDays.get(rule);
    if (parts[0].equals("grade")) {
      return chinese
          ? parts[1] + " 级客户已 " + d + " 天未联系"
          : "Grade " + parts[1] + " customer not contacted for " + d + " days";
    }
    Map<String, String> en = Map.of("TOP", "Top", "HIGH", "High", "MIDDLE", "Middle", "LOW", "Low");
    Map<String, String> zh = Map.of("TOP", "顶层", "HIGH", "高层", "MIDDLE", "中层", "LOW", "底层");
    return chinese
        ? zh.get(parts[1]) + "客户已 " + d + " 天未联系"
        : en.get(parts[1]) + " tier customer not contacted for " + d + " days";
  }

  private static String target(Map<String, Object> task) {
    return task.get("tier") != null ? "tier " + task.get("tier") : "grade " + task.get("grade");
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t
        ? t.toInstant()
        : ((java.time.OffsetDateTime) value).toInstant();
  }

  private List<Map<String, Object>> tasks(UUID customer) {
    return jdbc.sql(
            """
            select t.id, t.assignee_id, t.status, t.priority, t.title, t.notes, t.due_at, f.tier, f.grade,
                   f.max_days
              from interaction_follow_up_task f join interaction_task t on t.id = f.task_id
             where t.customer_id = :customer order by t.created_at""")
        .param("customer", customer)
        .query()
        .listOfRows();
  }

  private void putRule(String target, Map<String, Object> change) {
    String path = "/api/v1/follow-up-rules/" + ruleJson.get(target).get("id").asString();
    ApiClient.Response current = admin.get(path);
    Map<String, Object> body = body(current.json());
    body.putAll(change);
    ApiClient.Response put = admin.put(path, body, current.header("ETag"));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  private static Map<String, Object> body(JsonNode rule) {
    Map<String, Object> body = new HashMap<>();
    body.put("tier", rule.get("tier").isNull() ? null : rule.get("tier").asString());
    body.put("grade", rule.get("grade").isNull() ? null : rule.get("grade").asString());
    body.put("maxDays", rule.get("maxDays").asInt());
    body.put("dueInDays", rule.get("dueInDays").asInt());
    body.put("active", rule.get("active").asBoolean());
    body.put("note", rule.get("note").isNull() ? null : rule.get("note").asString());
    return body;
  }

  private void override(UUID customer, String grade, String expiresOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("grade", grade);
    body.put("reason", "Follow-up rule test");
    if (expiresOn != null) {
      body.put("expiresOn", expiresOn);
    }
    ApiClient.Response set =
        admin.put("/api/v1/customers/" + customer + "/grade-override", body, null);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  private String automaticGrade(UUID customer) {
    return jdbc.sql(
            """
            select cg.grade from analytics_customer_grade cg
              join analytics_grading_scheme gs on gs.id = cg.scheme_id
             where gs.code = 'ABC' and cg.customer_id = ?""")
        .params(customer)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private void contact(UUID customer, Instant at) {
    Map<String, Object> record = new HashMap<>();
    record.put("customerId", customer);
    record.put("type", "COURSE_INQUIRY");
    record.put("channel", "PHONE");
    record.put("direction", "OUTBOUND");
    record.put("subject", "Checked in");
    record.put("occurredAt", at.toString());
    ApiClient.Response logged = admin.post("/api/v1/interactions", record);
    assertThat(logged.status()).as(logged.body()).isEqualTo(201);
  }

  private String tierPath(UUID customer) {
    return ValueFixtures.tierAt(admin, customer, MONTH_END);
  }

  private UUID customer(String name, UserAccount owner) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
    body.put("stage", "ACTIVE");
    body.put("ownerId", owner.id());
    body.put("orgUnitId", branch.id());
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asString());
  }
}
