package io.pyra.support.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The SLA policies page in both languages: the grade × severity grid per service category with the
 * targets in words, a category's own policy set, changed and removed on its form, bad input shown
 * at its field, and the warning and escalation settings.
 */
@PyraIntegrationTest
class SlaPolicyPageTests {

  @LocalServerPort int port;

  @Test
  void theGridShowsTheTargetsInWordsInBothLanguages() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document english = pages.get("/sla-policies?lang=en").document();
    assertThat(english.select("h1").text()).isEqualTo("SLA policies");
    assertThat(english.select("#sla-section-ANY .section-name").text()).isEqualTo("Any category");
    assertThat(english.select("#policy-A-SERIOUS-ANY .first-response").text())
        .isEqualTo("Respond within 2 working hours");
    assertThat(english.select("#policy-A-SERIOUS-ANY .resolution").text())
        .isEqualTo("Resolve within 27 working hours (3 days of 9 hours)");
    assertThat(english.select("#policy-C-MINOR-ANY .first-response").text())
        .isEqualTo("Respond within 9 working hours (1 day of 9 hours)");
    assertThat(english.select("#policy-C-MINOR-ANY .resolution").text())
        .isEqualTo("Resolve within 45 working hours (5 days of 9 hours)");
    assertThat(english.select("#sla-section-CONSULTING .section-name").text())
        .isEqualTo("Consulting");
    assertThat(english.select("#policy-A-SERIOUS-CONSULTING .sla-state").text())
        .isEqualTo("as for any category");
    assertThat(english.select("#sla-warning").text()).isEqualTo("75 % of a target");
    assertThat(english.select("#sla-second-level").text()).isEqualTo("4 working hours");
    assertThat(english.select("#policy-A-SERIOUS-ANY .delete-policy"))
        .as("a shipped policy is not removed")
        .isEmpty();

    Document chinese = pages.get("/sla-policies?lang=zh-CN").document();
    assertThat(chinese.select("h1").text()).isEqualTo("SLA 策略");
    assertThat(chinese.select("#sla-section-ANY .section-name").text()).isEqualTo("所有类别");
    assertThat(chinese.select("#policy-A-SERIOUS-ANY .first-response").text())
        .isEqualTo("2 个工作小时内首次响应");
    assertThat(chinese.select("#policy-A-SERIOUS-ANY .resolution").text())
        .isEqualTo("27 个工作小时（3 个工作日，每天 9 小时）内解决");
    assertThat(chinese.select("#sla-section-CONSULTING .section-name").text()).isEqualTo("咨询服务");
    assertThat(chinese.select("#sla-warning").text()).isEqualTo("时限的 75 %");
  }

  @Test
  void aCategoryGetsItsOwnPolicyOnTheFormAndLosesItAgain() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document grid = pages.get("/sla-policies?lang=en").document();
    String newLink =
        grid.select("#policy-B-SERIOUS-MAINTENANCE_CONSTRUCTION .new-policy").attr("href");
    assertThat(newLink).contains("grade=B", "severity=SERIOUS");
    Document form = pages.get(newLink).document();
    assertThat(form.select("h1").text()).isEqualTo("New SLA policy");
    assertThat(form.select("#grade option[selected]").attr("value")).isEqualTo("B");
    assertThat(form.select("#serviceCategory option[selected]").attr("value"))
        .isEqualTo("MAINTENANCE_CONSTRUCTION");

    Map<String, String> fields = new HashMap<>();
    fields.put("grade", "B");
    fields.put("severity", "SERIOUS");
    fields.put("serviceCategory", "MAINTENANCE_CONSTRUCTION");
    fields.put("firstResponseTarget", "3");
    fields.put("resolutionTarget", "2:30");
    fields.put("active", "true");
    fields.put("_active", "on");
    PageClient.Page refused = pages.post("/sla-policies/new?lang=en", fields);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#resolutionTarget-error").text())
        .isEqualTo("The resolution target cannot be shorter than the first response target.");
    PageClient.Page refusedZh = pages.post("/sla-policies/new?lang=zh-CN", fields);
    assertThat(refusedZh.document().select("#resolutionTarget-error").text())
        .isEqualTo("解决时限不能短于首次响应时限。");
    fields.put("firstResponseTarget", "two hours");
    assertThat(
            pages
                .post("/sla-policies/new?lang=en", fields)
                .document()
                .select("#firstResponseTarget-error")
                .text())
        .contains("is not a duration");

    fields.put("firstResponseTarget", "1:30");
    fields.put("resolutionTarget", "18");
    PageClient.Page saved = pages.post("/sla-policies/new?lang=en", fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document after = pages.get("/sla-policies?lang=en").document();
    assertThat(after.select("#flash-success").text())
        .isEqualTo("SLA policy Grade B, Serious, Maintenance and construction saved.");
    assertThat(after.select("#policy-B-SERIOUS-MAINTENANCE_CONSTRUCTION .first-response").text())
        .isEqualTo("Respond within 1 working hour 30 min");
    assertThat(after.select("#policy-B-SERIOUS-MAINTENANCE_CONSTRUCTION .resolution").text())
        .isEqualTo("Resolve within 18 working hours (2 days of 9 hours)");
    JsonNode own = own("B", "SERIOUS", "MAINTENANCE_CONSTRUCTION");
    assertThat(own.get("firstResponseTarget").asString()).isEqualTo("PT1H30M");

    // edited on its form: the version it was opened at guards against a lost update
    String edit = "/sla-policies/" + own.get("id").asString() + "/edit";
    Document editForm = pages.get(edit + "?lang=en").document();
    assertThat(editForm.select("h1").text())
        .isEqualTo("SLA policy: Grade B, Serious, Maintenance and construction");
    assertThat(editForm.select("#firstResponseTarget").attr("value")).isEqualTo("1:30");
    fields.put("version", editForm.select("#version").attr("value"));
    fields.put("resolutionTarget", "20");
    assertThat(pages.post(edit, fields).status()).isEqualTo(302);
    PageClient.Page stale = pages.post(edit, fields);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(own("B", "SERIOUS", "MAINTENANCE_CONSTRUCTION").get("resolutionTarget").asString())
        .isEqualTo("PT20H");

    Document withOwn = pages.get("/sla-policies?lang=en").document();
    Map<String, String> delete = new HashMap<>();
    delete.put(
        "version",
        withOwn
            .select("#policy-B-SERIOUS-MAINTENANCE_CONSTRUCTION input[name=version]")
            .attr("value"));
    assertThat(pages.post("/sla-policies/" + own.get("id").asString() + "/delete", delete).status())
        .isEqualTo(302);
    assertThat(
            pages
                .get("/sla-policies?lang=en")
                .document()
                .select("#policy-B-SERIOUS-MAINTENANCE_CONSTRUCTION .sla-state")
                .text())
        .isEqualTo("as for any category");
  }

  @Test
  void theSettingsFormRefusesAShareOutOfRangeAndSavesAGoodOne() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document form = pages.get("/sla-policies/settings?lang=zh-CN").document();
    assertThat(form.select("h1").text()).isEqualTo("预警与升级");
    assertThat(form.select("#warningPercent").attr("value")).isEqualTo("75");
    assertThat(form.select("#secondEscalationAfter").attr("value")).isEqualTo("4");
    Map<String, String> fields = new HashMap<>();
    fields.put("warningPercent", "120");
    fields.put("escalateOnBreach", "true");
    fields.put("_escalateOnBreach", "on");
    fields.put("secondEscalationAfter", "4");
    fields.put("breachTeam", "");
    fields.put("version", form.select("#version").attr("value"));
    PageClient.Page refused = pages.post("/sla-policies/settings?lang=zh-CN", fields);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#warningPercent-error").text())
        .isEqualTo("预警比例为 1 至 99 %。");
    fields.put("warningPercent", "80");
    assertThat(pages.post("/sla-policies/settings", fields).status()).isEqualTo(302);
    assertThat(pages.get("/sla-policies?lang=en").document().select("#sla-warning").text())
        .isEqualTo("80 % of a target");

    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ApiClient.Response now = admin.get("/api/v1/sla-settings");
    Map<String, Object> back = new HashMap<>();
    back.put("warningPercent", 75);
    back.put("escalateOnBreach", true);
    back.put("secondEscalationAfter", "PT4H");
    assertThat(admin.put("/api/v1/sla-settings", back, now.header("ETag")).status()).isEqualTo(200);
  }

  private JsonNode own(String grade, String severity, String category) {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    for (JsonNode p : admin.get(SlaPolicyApiTests.POLICIES).json()) {
      if (p.get("grade").asString().equals(grade)
          && p.get("severity").asString().equals(severity)
          && category.equals(p.get("serviceCategory").asString())) {
        return p;
      }
    }
    throw new AssertionError("no policy for " + category);
  }
}
