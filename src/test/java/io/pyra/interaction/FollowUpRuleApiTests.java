package io.pyra.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The follow-up rules as data (issue 14, item 8): shipped per tier and per grade, read by whoever
 * sees customer value, changed over the API and on their page only with value.configure, every bad
 * change refused naming the field in the caller's language with nothing changed, a lost update
 * refused, and every change in the audit log. Each test leaves the shipped rules as it found them.
 */
@PyraIntegrationTest
class FollowUpRuleApiTests {

  private static final String RULES = "/api/v1/follow-up-rules";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  ApiClient admin;
  OrgFixtures fixtures;
  OrgUnit branch;
  String before;

  @BeforeEach
  void setUp() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    fixtures = new OrgFixtures(orgUnits, users, roles);
    branch = fixtures.branch();
    before = shipped();
  }

  @AfterEach
  void theShippedRulesAreBack() {
    assertThat(shipped()).isEqualTo(before);
  }

  @Test
  void theShippedRulesVisitTopAndGradeAMonthlyAndCTwiceAYear() {
    assertThat(shipped())
        .isEqualTo(
            "tier TOP 30 1 true, tier HIGH 60 1 true, tier MIDDLE 120 1 true, tier LOW 182 1 true,"
                + " grade A 30 1 true, grade B 90 1 true, grade C 182 1 true");
  }

  @Test
  void anAdministratorChangesARuleAndTheChangeIsAudited() {
    JsonNode c = rule("grade C");
    String path = RULES + "/" + c.get("id").asString();
    ApiClient.Response read = admin.get(path);
    assertThat(read.header("ETag")).isEqualTo("\"" + c.get("version").asLong() + "\"");
    Map<String, Object> change = body(c);
    change.put("maxDays", 120);
    change.put("note", "Twice a year was too rare");
    ApiClient.Response changed = admin.put(path, change, read.header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("maxDays").asInt()).isEqualTo(120);
    assertThat(changed.json().get("note").asString()).isEqualTo("Twice a year was too rare");
    assertThat(changed.header("ETag")).isNotEqualTo(read.header("ETag"));
    assertThat(rule("grade C").get("maxDays").asInt()).isEqualTo(120);

    // the lost update: a change made on the version read before is refused, nothing changes
    Map<String, Object> lost = body(c);
    lost.put("maxDays", 60);
    ApiClient.Response stale = admin.put(path, lost, read.header("ETag"));
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);
    assertThat(stale.body()).contains("changed by someone else");
    assertThat(admin.put(path, lost, null).status()).as("If-Match required").isEqualTo(428);
    assertThat(rule("grade C").get("maxDays").asInt()).isEqualTo(120);

    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document audit = pages.get("/admin/audit?recordId=" + c.get("id").asString()).document();
    Element update = audit.selectFirst("tr.audit-entry[data-action=UPDATE]");
    assertThat(update).isNotNull();
    assertThat(update.select("summary").text()).startsWith("Changed Follow-up rule Grade C");
    assertThat(update.select("li.audit-change[data-field=maxDays]").text())
        .isEqualTo("Most days without a contact record: 182 → 120");
    Document zh =
        pages.get("/admin/audit?lang=zh-CN&recordId=" + c.get("id").asString()).document();
    assertThat(zh.selectFirst("tr.audit-entry[data-action=UPDATE]").select(".audit-kind").text())
        .isEqualTo("跟进规则");

    restore("grade C", c);
  }

  @Test
  void everyBadChangeIsRefusedNamingTheFieldAndNothingChanges() {
    JsonNode a = rule("grade A");
    String path = RULES + "/" + a.get("id").asString();
    String etag = admin.get(path).header("ETag");
    record Bad(String what, Map<String, Object> change, String field, String rule) {}
    List<Bad> bad =
        List.of(
            new Bad("no days", map("maxDays", null), "maxDays", "required"),
            new Bad("0 days", map("maxDays", 0), "maxDays", "range"),
            new Bad("731 days", map("maxDays", 731), "maxDays", "range"),
            new Bad("due in -1 days", map("dueInDays", -1), "dueInDays", "range"),
            new Bad("due in 366 days", map("dueInDays", 366), "dueInDays", "range"),
            new Bad("a tier and a grade", map("tier", "TOP"), "grade", "exclusive"),
            new Bad("neither", map("grade", null), "tier", "required"),
            new Bad("an unknown grade", map("grade", "D"), "grade", "one-of"),
            new Bad("an unknown tier", mapOf("grade", null, "tier", "GOLD"), "tier", "one-of"),
            new Bad("another rule's grade", map("grade", "B"), "grade", "unique"),
            new Bad("another rule's tier", mapOf("grade", null, "tier", "top"), "tier", "unique"),
            new Bad(
                "a note of 501 characters", map("note", "x".repeat(501)), "note", "max-length"));
    for (Bad b : bad) {
      Map<String, Object> body = body(a);
      body.putAll(b.change());
      ApiClient.Response refused = admin.put(path, body, etag);
      assertThat(refused.status()).as(b.what() + ": " + refused.body()).isEqualTo(422);
      assertThat(errors(refused)).as(b.what()).containsEntry(b.field(), b.rule());
    }
    // a new rule: the same rules, and a tier or grade that already has one
    assertThat(errors(admin.post(RULES, mapOf("tier", "HIGH", "maxDays", 10))))
        .containsEntry("tier", "unique");
    assertThat(errors(admin.post(RULES, mapOf("tier", "LOW", "grade", "C", "maxDays", 10))))
        .containsEntry("grade", "exclusive");
    assertThat(errors(admin.post(RULES, mapOf("maxDays", 10)))).containsEntry("tier", "required");
    assertThat(errors(admin.post(RULES, mapOf("grade", "Z", "maxDays", 10))))
        .containsEntry("grade", "one-of");

    // in the caller's language
    ApiClient.Response english = admin.put(path, withDays(a, 0), etag);
    assertThat(english.body()).contains("from 1 to 730");
    ApiClient.Response chinese =
        admin.send(
            admin
                .builder(path)
                .header("Accept-Language", "zh-CN")
                .header("If-Match", etag)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"tier\":\"GOLD\",\"maxDays\":30}")));
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(chinese.body()).contains("GOLD 不是价值层级");
    assertThat(admin.get(path).header("ETag")).as("nothing changed").isEqualTo(etag);
  }

  @Test
  void aRuleIsRemovedAndSetAgainForItsTier() {
    JsonNode middle = rule("tier MIDDLE");
    String path = RULES + "/" + middle.get("id").asString();
    assertThat(admin.delete(path, "\"99\"").status()).isEqualTo(412);
    assertThat(admin.delete(path, admin.get(path).header("ETag")).status()).isEqualTo(204);
    assertThat(admin.get(path).status()).isEqualTo(404);
    assertThat(shipped()).doesNotContain("tier MIDDLE");

    ApiClient.Response created =
        admin.post(RULES, mapOf("tier", "middle", "maxDays", 120, "dueInDays", 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location"))
        .endsWith(RULES + "/" + created.json().get("id").asString());
    assertThat(created.json().get("tier").asString()).isEqualTo("MIDDLE");
    assertThat(created.json().get("active").asBoolean()).as("active unless said").isTrue();
  }

  @Test
  void onlyValueConfigureChangesRulesAndOnlyValueReadSeesThem() {
    UserAccount principal = fixtures.user(branch, "CENTRE_PRINCIPAL");
    UserAccount consultant = fixtures.user(branch, "COURSE_CONSULTANT");
    ApiClient reader = new ApiClient(port).signIn(principal.username(), OrgFixtures.PASSWORD);
    JsonNode b = rule("grade B");
    String path = RULES + "/" + b.get("id").asString();
    String etag = admin.get(path).header("ETag");

    assertThat(reader.get(RULES).status()).isEqualTo(200);
    assertThat(reader.put(path, withDays(b, 10), etag).status()).isEqualTo(403);
    assertThat(reader.post(RULES, mapOf("tier", "HIGH", "maxDays", 10)).status()).isEqualTo(403);
    assertThat(reader.delete(path, etag).status()).isEqualTo(403);
    ApiClient outsider = new ApiClient(port).signIn(consultant.username(), OrgFixtures.PASSWORD);
    assertThat(outsider.get(RULES).status()).isEqualTo(403);
    assertThat(outsider.get(path).status()).isEqualTo(403);

    PageClient readerPages =
        new PageClient(port).signIn(principal.username(), OrgFixtures.PASSWORD);
    Document list = readerPages.get("/follow-up-rules").document();
    assertThat(list.select("#rule-B .rule-days").text()).isEqualTo("90");
    assertThat(list.select("#new-rule, .edit-rule, .delete-rule"))
        .as("no changes offered")
        .isEmpty();
    assertThat(list.select("#nav-follow-up-rules")).isNotEmpty();
    assertThat(readerPages.get("/follow-up-rules/new").status()).isEqualTo(403);
    assertThat(readerPages.get("/follow-up-rules/" + b.get("id").asString() + "/edit").status())
        .isEqualTo(403);
    PageClient outsiderPages =
        new PageClient(port).signIn(consultant.username(), OrgFixtures.PASSWORD);
    assertThat(outsiderPages.get("/follow-up-rules").status()).isEqualTo(403);
    assertThat(outsiderPages.get("/customers").document().select("#nav-follow-up-rules")).isEmpty();
    assertThat(rule("grade B").get("version").asLong()).isEqualTo(b.get("version").asLong());
  }

  @Test
  void thePageListsAndEditsTheRulesInBothLanguages() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document english = pages.get("/follow-up-rules").document();
    assertThat(english.select("h1").text()).isEqualTo("Follow-up rules");
    assertThat(english.select("#rule-TOP .rule-target").text()).isEqualTo("Top tier");
    assertThat(english.select("#rule-TOP .rule-days").text()).isEqualTo("30");
    assertThat(english.select("#rule-C .rule-target").text()).isEqualTo("Grade C");
    assertThat(english.select("#rule-C .rule-days").text()).isEqualTo("182");
    assertThat(english.select("#rules tbody tr").eachAttr("id"))
        .containsExactly(
            "rule-TOP", "rule-HIGH", "rule-MIDDLE", "rule-LOW", "rule-A", "rule-B", "rule-C");
    Document chinese = pages.get("/follow-up-rules?lang=zh-CN").document();
    assertThat(chinese.select("h1").text()).isEqualTo("跟进规则");
    assertThat(chinese.select("#rule-TOP .rule-target").text()).isEqualTo("顶层");
    assertThat(chinese.select("#rule-C .rule-target").text()).isEqualTo("等级 C");
    assertThat(chinese.select("#rule-C .rule-active").text()).isEqualTo("是");

    JsonNode high = rule("tier HIGH");
    String edit = "/follow-up-rules/" + high.get("id").asString() + "/edit";
    Document form = pages.get(edit + "?lang=en").document();
    assertThat(form.select("h1").text()).isEqualTo("Follow-up rule for High tier");
    assertThat(form.select("#tier option[selected]").attr("value")).isEqualTo("HIGH");
    assertThat(form.select("#maxDays").attr("value")).isEqualTo("60");
    String version = form.select("#version").attr("value");

    Map<String, String> fields = new HashMap<>();
    fields.put("tier", "HIGH");
    fields.put("grade", "");
    fields.put("maxDays", "800");
    fields.put("dueInDays", "1");
    fields.put("active", "true");
    fields.put("_active", "on");
    fields.put("note", "");
    fields.put("version", version);
    PageClient.Page refused = pages.post(edit, fields);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#maxDays-error").text()).contains("from 1 to 730");
    fields.put("grade", "A");
    fields.put("maxDays", "45");
    assertThat(pages.post(edit, fields).document().select("#grade-error").text())
        .contains("not both");
    fields.put("grade", "");
    PageClient.Page refusedZh =
        pages.post(edit + "?lang=zh-CN", Map.copyOf(withBlank(fields, "tier")));
    assertThat(refusedZh.document().select("#tier-error").text()).isEqualTo("请选择价值层级或等级。");
    assertThat(rule("tier HIGH").get("maxDays").asInt()).as("nothing changed").isEqualTo(60);

    PageClient.Page saved = pages.post(edit + "?lang=en", fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document after = pages.get("/follow-up-rules").document();
    assertThat(after.select("#flash-success").text())
        .contains("Follow-up rule for High tier saved");
    assertThat(after.select("#rule-HIGH .rule-days").text()).isEqualTo("45");

    // the same form sent again, on the version it was opened at: refused, not overwritten
    fields.put("maxDays", "50");
    PageClient.Page stale = pages.post(edit, fields);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.document().select(".alert-danger").text()).contains("changed by someone else");
    assertThat(rule("tier HIGH").get("maxDays").asInt()).isEqualTo(45);

    restore("tier HIGH", high);
  }

  private static Map<String, String> withBlank(Map<String, String> fields, String name) {
    Map<String, String> copy = new HashMap<>(fields);
    copy.put(name, "");
    return copy;
  }

  /** The rules in order, each as "tier TOP 30 1 true". */
  private String shipped() {
    List<String> rules = new ArrayList<>();
    for (JsonNode r : admin.get(RULES).json()) {
      rules.add(
          target(r)
              + " "
              + r.get("maxDays").asInt()
              + " "
              + r.get("dueInDays").asInt()
              + " "
              + r.get("active").asBoolean()
              + (r.get("note").isNull() ? "" : " " + r.get("note").asString()));
    }
    return String.join(", ", rules);
  }

  private static String target(JsonNode r) {
    return r.get("tier").isNull()
        ? "grade " + r.get("grade").asString()
        : "tier " + r.get("tier").asString();
  }

  private JsonNode rule(String target) {
    for (JsonNode r : admin.get(RULES).json()) {
      if (target(r).equals(target)) {
        return r;
      }
    }
    throw new AssertionError("no rule for " + target);
  }

  /** Puts the rule back as {@code shipped} had it, on its current version. */
  private void restore(String target, JsonNode shipped) {
    String path = RULES + "/" + rule(target).get("id").asString();
    ApiClient.Response put = admin.put(path, body(shipped), admin.get(path).header("ETag"));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  private static Map<String, Object> body(JsonNode rule) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tier", rule.get("tier").isNull() ? null : rule.get("tier").asString());
    body.put("grade", rule.get("grade").isNull() ? null : rule.get("grade").asString());
    body.put("maxDays", rule.get("maxDays").asInt());
    body.put("dueInDays", rule.get("dueInDays").asInt());
    body.put("active", rule.get("active").asBoolean());
    body.put("note", rule.get("note").isNull() ? null : rule.get("note").asString());
    return body;
  }

  private static Map<String, Object> withDays(JsonNode rule, int days) {
    Map<String, Object> body = body(rule);
    body.put("maxDays", days);
    return body;
  }

  private static Map<String, Object> map(String key, Object value) {
    Map<String, Object> map = new HashMap<>();
    map.put(key, value);
    return map;
  }

  private static Map<String, Object> mapOf(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static Map<String, String> errors(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    Map<String, String> fields = new HashMap<>();
    response
        .json()
        .get("errors")
        .forEach(e -> fields.put(e.get("field").asString(), e.get("rule").asString()));
    return fields;
  }
}
