package io.pyra.support.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The SLA policies as a client sees them (issue 15, item 3): the shipped grid of general policies,
 * the targets the cases code is given (a service category's own policy before the general one, no
 * grade as C), every bad change refused naming the field with nothing changed, lost updates
 * refused, and who may read and change them. Each test leaves the policies as it found them.
 */
@PyraIntegrationTest
class SlaPolicyApiTests {

  static final String POLICIES = "/api/v1/sla-policies";

  @LocalServerPort int port;
  @Autowired SlaPolicies policies;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  ApiClient admin;
  String before;

  @BeforeEach
  void setUp() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    before = grid();
  }

  @AfterEach
  void thePoliciesAreAsTheyWere() {
    assertThat(grid()).isEqualTo(before);
  }

  @Test
  void theShippedGridGivesGradeAThreeWorkingDaysAndGradeCMinorFive() {
    assertThat(grid())
        .isEqualTo(
            "A SERIOUS * PT2H PT27H true, A MINOR * PT4H PT36H true,"
                + " B SERIOUS * PT4H PT36H true, B MINOR * PT9H PT45H true,"
                + " C SERIOUS * PT4H PT36H true, C MINOR * PT9H PT45H true");
    for (JsonNode p : admin.get(POLICIES).json()) {
      assertThat(p.get("shipped").asBoolean()).isTrue();
      String path = POLICIES + "/" + p.get("id").asString();
      ApiClient.Response one = admin.get(path);
      assertThat(one.header("ETag")).isEqualTo("\"" + p.get("version").asLong() + "\"");
      assertThat(one.json().get("firstResponseTarget").asString())
          .isEqualTo(p.get("firstResponseTarget").asString());
    }
  }

  @Test
  void aCategoryPolicyBeatsTheGeneralOneAndACustomerWithoutAGradeCountsAsC() {
    JsonNode generalA = policy("A", "SERIOUS");
    UUID generalId = UUID.fromString(generalA.get("id").asString());
    PolicyEvents.RECEIVED.clear();
    ApiClient.Response created =
        admin.post(POLICIES, body("a", "serious", "consulting", "PT1H", "PT9H", null));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode own = created.json();
    assertThat(own.get("serviceCategory").asString()).isEqualTo("CONSULTING");
    assertThat(own.get("grade").asString()).isEqualTo("A");
    assertThat(own.get("active").asBoolean()).as("active unless said").isTrue();
    assertThat(own.get("shipped").asBoolean()).isFalse();
    UUID ownId = UUID.fromString(own.get("id").asString());
    assertThat(created.header("Location")).endsWith(POLICIES + "/" + ownId);
    assertThat(PolicyEvents.RECEIVED)
        .containsExactly(new SlaPolicyChanged(ownId, "A", "SERIOUS", "CONSULTING"));

    SlaTarget consulting = policies.targetFor("A", "SERIOUS", "CONSULTING");
    assertThat(consulting)
        .isEqualTo(new SlaTarget(ownId, 0, Duration.ofHours(1), Duration.ofHours(9)));
    assertThat(policies.targetFor("a", "serious", "consulting")).isEqualTo(consulting);
    SlaTarget elsewhere = policies.targetFor("A", "SERIOUS", "MAINTENANCE_CONSTRUCTION");
    assertThat(elsewhere.policyId()).isEqualTo(generalId);
    assertThat(elsewhere.firstResponse()).isEqualTo(Duration.ofHours(2));
    assertThat(elsewhere.resolution()).isEqualTo(Duration.ofHours(3 * 9));
    assertThat(policies.targetFor("A", "SERIOUS", null).policyId()).isEqualTo(generalId);
    assertThat(policies.targetFor("B", "SERIOUS", "CONSULTING").resolution())
        .as("grade B has no consulting policy of its own")
        .isEqualTo(Duration.ofHours(36));

    SlaTarget ungraded = policies.targetFor(null, "MINOR", "CONSULTING");
    assertThat(ungraded).isEqualTo(policies.targetFor("C", "MINOR", null));
    assertThat(ungraded.firstResponse()).isEqualTo(Duration.ofHours(9));
    assertThat(ungraded.resolution()).isEqualTo(Duration.ofHours(5 * 9));
    assertThat(policies.targetFor(" ", "MINOR", null)).isEqualTo(ungraded);
    assertThatThrownBy(() -> policies.targetFor("D", "MINOR", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policies.targetFor("A", "URGENT", null))
        .isInstanceOf(IllegalArgumentException.class);

    // deactivated, the category's policy gives way to the general one
    String path = POLICIES + "/" + ownId;
    PolicyEvents.RECEIVED.clear();
    ApiClient.Response off =
        admin.put(
            path,
            body("A", "SERIOUS", "CONSULTING", "PT1H", "PT9H", false),
            admin.get(path).header("ETag"));
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(off.json().get("version").asLong()).isEqualTo(1);
    assertThat(policies.targetFor("A", "SERIOUS", "CONSULTING").policyId()).isEqualTo(generalId);
    assertThat(PolicyEvents.RECEIVED).hasSize(1);

    // a second policy for the same grade, severity and category is refused
    assertThat(
            admin
                .post(POLICIES, body("A", "SERIOUS", "CONSULTING", "PT1H", "PT2H", true))
                .refusedFields())
        .containsEntry("serviceCategory", "unique");

    PolicyEvents.RECEIVED.clear();
    assertThat(admin.delete(path, "\"0\"").status()).as("stale").isEqualTo(412);
    assertThat(admin.delete(path, null).status()).as("If-Match required").isEqualTo(428);
    assertThat(admin.delete(path, admin.get(path).header("ETag")).status()).isEqualTo(204);
    assertThat(admin.get(path).status()).isEqualTo(404);
    assertThat(PolicyEvents.RECEIVED)
        .containsExactly(new SlaPolicyChanged(ownId, "A", "SERIOUS", "CONSULTING"));
  }

  @Test
  void aShippedGeneralPolicyIsChangedButNeverRemovedAndTheChangeIsAudited() {
    JsonNode b = policy("B", "MINOR");
    String path = POLICIES + "/" + b.get("id").asString();
    ApiClient.Response read = admin.get(path);
    ApiClient.Response removal = admin.delete(path, read.header("ETag"));
    assertThat(removal.status()).as(removal.body()).isEqualTo(422);
    assertThat(removal.body()).contains("\"rule\":\"shipped\"");

    PolicyEvents.RECEIVED.clear();
    ApiClient.Response changed =
        admin.put(path, body("B", "MINOR", null, "PT8H", "PT40H30M", true), read.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("firstResponseTarget").asString()).isEqualTo("PT8H");
    assertThat(changed.json().get("resolutionTarget").asString()).isEqualTo("PT40H30M");
    assertThat(changed.header("ETag")).isNotEqualTo(read.header("ETag"));
    assertThat(policies.targetFor("B", "MINOR", null).resolution())
        .isEqualTo(Duration.ofMinutes(40 * 60 + 30));
    assertThat(PolicyEvents.RECEIVED)
        .containsExactly(
            new SlaPolicyChanged(UUID.fromString(b.get("id").asString()), "B", "MINOR", null));

    // the lost update: a change made on the version read before is refused, nothing changes
    ApiClient.Response stale =
        admin.put(path, body("B", "MINOR", null, "PT1H", "PT2H", true), read.header("ETag"));
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);
    ApiClient.Response missing = admin.put(path, body("B", "MINOR", null, "PT1H", "PT2H", true));
    assertThat(missing.status()).as("If-Match required").isEqualTo(428);
    assertThat(policy("B", "MINOR").get("firstResponseTarget").asString()).isEqualTo("PT8H");

    var pages =
        new io.pyra.testing.PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    var audit = pages.get("/admin/audit?recordId=" + b.get("id").asString()).document();
    var update = audit.selectFirst("tr.audit-entry[data-action=UPDATE]");
    assertThat(update).isNotNull();
    assertThat(update.select("summary").text()).contains("SLA policy Grade B, Minor, Any category");
    assertThat(update.select("li.audit-change[data-field=firstResponse]").text())
        .isEqualTo("First response target: 9 working hours (1 day of 9 hours) → 8 working hours");

    restore(b);
  }

  @Test
  void everyBadChangeIsRefusedNamingTheFieldAndNothingChanges() {
    JsonNode a = policy("A", "SERIOUS");
    String path = POLICIES + "/" + a.get("id").asString();
    String etag = admin.get(path).header("ETag");
    record Bad(String what, Map<String, Object> body, String field, String rule) {}
    List<Bad> bad =
        List.of(
            new Bad(
                "resolution before response",
                body("A", "SERIOUS", null, "PT4H", "PT3H", true),
                "resolutionTarget",
                "not-before-response"),
            new Bad(
                "zero response",
                body("A", "SERIOUS", null, "PT0S", "PT27H", true),
                "firstResponseTarget",
                "positive"),
            new Bad(
                "negative resolution",
                body("A", "SERIOUS", null, "PT2H", "-PT27H", true),
                "resolutionTarget",
                "positive"),
            new Bad(
                "not ISO-8601",
                body("A", "SERIOUS", null, "2 hours", "PT27H", true),
                "firstResponseTarget",
                "duration"),
            new Bad(
                "no response",
                body("A", "SERIOUS", null, null, "PT27H", true),
                "firstResponseTarget",
                "required"),
            new Bad(
                "above 365 days",
                body("A", "SERIOUS", null, "PT2H", "PT8761H", true),
                "resolutionTarget",
                "max"),
            new Bad(
                "seconds",
                body("A", "SERIOUS", null, "PT2H0M30S", "PT27H", true),
                "firstResponseTarget",
                "whole-minutes"),
            new Bad(
                "an unknown grade",
                body("D", "SERIOUS", null, "PT2H", "PT27H", true),
                "grade",
                "one-of"),
            new Bad(
                "an unknown severity",
                body("A", "URGENT", null, "PT2H", "PT27H", true),
                "severity",
                "one-of"),
            new Bad(
                "an unknown category",
                body("A", "SERIOUS", "GARDENING", "PT2H", "PT27H", true),
                "serviceCategory",
                "unknown"),
            new Bad(
                "another grade for a shipped policy",
                body("B", "SERIOUS", null, "PT2H", "PT27H", true),
                "grade",
                "fixed"),
            new Bad(
                "a shipped policy deactivated",
                body("A", "SERIOUS", null, "PT2H", "PT27H", false),
                "active",
                "shipped"),
            new Bad(
                "a grade of 11 characters",
                body("A".repeat(11), "SERIOUS", null, "PT2H", "PT27H", true),
                "grade",
                "max-length"));
    for (Bad b : bad) {
      ApiClient.Response refused = admin.put(path, b.body(), etag);
      assertThat(refused.status()).as(b.what() + ": " + refused.body()).isEqualTo(422);
      assertThat(refused.refusedFields()).as(b.what()).containsEntry(b.field(), b.rule());
    }
    // a new policy: the same rules, and a grade and severity that already have a general one
    assertThat(admin.post(POLICIES, body("C", "MINOR", null, "PT1H", "PT2H", true)).refusedFields())
        .containsEntry("serviceCategory", "unique");
    assertThat(
            admin
                .post(POLICIES, body("C", "MINOR", "CONSULTING", "PT9H", "PT8H", true))
                .refusedFields())
        .containsEntry("resolutionTarget", "not-before-response");
    assertThat(admin.post(POLICIES, body(null, null, null, "PT1H", "PT2H", true)).refusedFields())
        .containsEntry("grade", "required")
        .containsEntry("severity", "required");

    // in the caller's language
    assertThat(admin.put(path, body("A", "SERIOUS", null, "PT4H", "PT3H", true), etag).body())
        .contains("cannot be shorter than the first response target");
    ApiClient.Response chinese =
        admin.send(
            admin
                .builder(path)
                .header("Accept-Language", "zh-CN")
                .header("If-Match", etag)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"grade\":\"A\",\"severity\":\"SERIOUS\",\"firstResponseTarget\":\"PT4H\","
                            + "\"resolutionTarget\":\"PT3H\"}")));
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(chinese.body()).contains("解决时限不能短于首次响应时限");
    assertThat(admin.get(path).header("ETag")).as("nothing changed").isEqualTo(etag);
  }

  @Test
  void whoeverReadsCasesSeesThePoliciesAndOnlySupportConfigureChangesThem() {
    OrgFixtures fixtures = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = fixtures.branch();
    UserAccount agent = fixtures.user(branch, "CALL_CENTRE_AGENT");
    UserAccount finance = fixtures.user(branch, "FINANCE");
    ApiClient reader = new ApiClient(port).signIn(agent.username(), OrgFixtures.PASSWORD);
    JsonNode c = policy("C", "SERIOUS");
    String path = POLICIES + "/" + c.get("id").asString();
    String etag = admin.get(path).header("ETag");
    Map<String, Object> change = body("C", "SERIOUS", null, "PT3H", "PT36H", true);

    assertThat(reader.get(POLICIES).status()).isEqualTo(200);
    assertThat(reader.get(path).status()).isEqualTo(200);
    assertThat(reader.get("/api/v1/sla-settings").status()).isEqualTo(200);
    assertThat(reader.put(path, change, etag).status()).isEqualTo(403);
    assertThat(reader.post(POLICIES, body("C", "SERIOUS", "CONSULTING", "PT1H", "PT2H", true)))
        .extracting(ApiClient.Response::status)
        .isEqualTo(403);
    assertThat(reader.delete(path, etag).status()).isEqualTo(403);
    ApiClient outsider = new ApiClient(port).signIn(finance.username(), OrgFixtures.PASSWORD);
    assertThat(outsider.get(POLICIES).status()).isEqualTo(403);
    assertThat(outsider.get(path).status()).isEqualTo(403);
    assertThat(admin.get(path).header("ETag")).isEqualTo(etag);
  }

  @Test
  void theSettingsWarnAtSeventyFivePercentAndEscalateFourHoursAfterABreach() {
    OrgFixtures fixtures = new OrgFixtures(orgUnits, users, roles);
    OrgUnit team = fixtures.branch();
    String settings = "/api/v1/sla-settings";
    ApiClient.Response shipped = admin.get(settings);
    assertThat(shipped.json().get("warningPercent").asInt()).isEqualTo(75);
    assertThat(shipped.json().get("escalateOnBreach").asBoolean()).isTrue();
    assertThat(shipped.json().get("secondEscalationAfter").asString()).isEqualTo("PT4H");
    assertThat(shipped.json().get("breachTeam").isNull()).isTrue();
    SlaSettings read = policies.settings();
    assertThat(read.warningAfter(Duration.ofHours(4))).isEqualTo(Duration.ofHours(3));
    assertThat(read.breachTeam()).isNull();

    String etag = shipped.header("ETag");
    assertThat(admin.put(settings, settings(0, "PT4H", null), etag).refusedFields())
        .containsEntry("warningPercent", "range");
    assertThat(admin.put(settings, settings(100, "PT4H", null), etag).refusedFields())
        .containsEntry("warningPercent", "range");
    assertThat(admin.put(settings, settings(75, "PT0S", null), etag).refusedFields())
        .containsEntry("secondEscalationAfter", "positive");
    assertThat(admin.put(settings, settings(75, "P366D", null), etag).refusedFields())
        .containsEntry("secondEscalationAfter", "max");
    assertThat(admin.put(settings, settings(75, "PT4H", "NO_SUCH_UNIT"), etag).refusedFields())
        .containsEntry("breachTeam", "unknown");
    assertThat(admin.put(settings, settings(75, "PT4H", null), null).status()).isEqualTo(428);
    assertThat(admin.get(settings).header("ETag")).as("nothing changed").isEqualTo(etag);

    ApiClient.Response changed = admin.put(settings, settings(80, "PT2H", team.code()), etag);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("breachTeam").asString()).isEqualTo(team.code());
    assertThat(policies.settings().breachTeam().value()).isEqualTo(team.id());
    assertThat(policies.settings().warningAfter(Duration.ofHours(10)))
        .isEqualTo(Duration.ofHours(8));
    assertThat(admin.put(settings, settings(75, "PT4H", null), etag).status())
        .as("stale")
        .isEqualTo(412);

    // the breach team is not deleted while it is named
    assertThatThrownBy(() -> orgUnits.delete(team.id(), null))
        .isInstanceOfSatisfying(
            io.pyra.platform.error.BusinessRuleException.class,
            e ->
                assertThat(e.violations())
                    .extracting(io.pyra.platform.error.RuleViolation::rule)
                    .contains("breach-team"));

    ApiClient.Response back = admin.put(settings, settings(75, "PT4H", ""), changed.header("ETag"));
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    assertThat(back.json().get("breachTeam").isNull()).isTrue();
  }

  // ----- helpers

  /** The general policies in order, each as "A SERIOUS * PT2H PT27H true". */
  private String grid() {
    List<String> rows = new ArrayList<>();
    for (JsonNode p : admin.get(POLICIES).json()) {
      rows.add(
          p.get("grade").asString()
              + " "
              + p.get("severity").asString()
              + " "
              + (p.get("serviceCategory").isNull() ? "*" : p.get("serviceCategory").asString())
              + " "
              + p.get("firstResponseTarget").asString()
              + " "
              + p.get("resolutionTarget").asString()
              + " "
              + p.get("active").asBoolean());
    }
    return String.join(", ", rows);
  }

  private JsonNode policy(String grade, String severity) {
    for (JsonNode p : admin.get(POLICIES).json()) {
      if (p.get("grade").asString().equals(grade)
          && p.get("severity").asString().equals(severity)
          && p.get("serviceCategory").isNull()) {
        return p;
      }
    }
    throw new AssertionError("no general policy for " + grade + " " + severity);
  }

  private void restore(JsonNode shipped) {
    String path = POLICIES + "/" + shipped.get("id").asString();
    ApiClient.Response put =
        admin.put(
            path,
            body(
                shipped.get("grade").asString(),
                shipped.get("severity").asString(),
                null,
                shipped.get("firstResponseTarget").asString(),
                shipped.get("resolutionTarget").asString(),
                true),
            admin.get(path).header("ETag"));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  static Map<String, Object> body(
      String grade,
      String severity,
      String category,
      String response,
      String resolution,
      Boolean active) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("grade", grade);
    body.put("severity", severity);
    body.put("serviceCategory", category);
    body.put("firstResponseTarget", response);
    body.put("resolutionTarget", resolution);
    body.put("active", active);
    return body;
  }

  private static Map<String, Object> settings(int percent, String second, String team) {
    Map<String, Object> body = new HashMap<>();
    body.put("warningPercent", percent);
    body.put("escalateOnBreach", true);
    body.put("secondEscalationAfter", second);
    body.put("breachTeam", team);
    return body;
  }
}
