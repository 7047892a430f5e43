package io.pyra.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** The audit log page speaks of records, fields and values in words, not tables, codes and ids. */
@PyraIntegrationTest
class AuditWordsTests {

  private static final String UUID_TEXT =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @LocalServerPort int port;
  @Autowired MessageSource messages;

  @Test
  void aCustomerChangeReadsAsTheCustomerItsFieldLabelsAndValueLabels() {
    ApiClient api = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String name = "Acme " + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "ORGANIZATION");
    body.put("name", name);
    body.put("stage", "PROSPECT");
    ApiClient.Response created = api.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    String code = created.json().get("code").asString();
    ApiClient.Response staged =
        api.patch("/api/v1/customers/" + id, Map.of("stage", "ACTIVE"), created.header("ETag"));
    assertThat(staged.status()).as(staged.body()).isEqualTo(200);

    PageClient page = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document english = page.get("/admin/audit?recordId=" + id).document();

    Element update = english.selectFirst("tr.audit-entry[data-action=UPDATE]");
    assertThat(update.select(".audit-who").text()).isEqualTo("Administrator");
    assertThat(update.select("summary").text())
        .isEqualTo("Changed Customer " + code + " " + name + ": Stage");
    assertThat(update.select("li.audit-change[data-field=stage]").text())
        .isEqualTo("Stage: Prospect → Active");
    Element create = english.selectFirst("tr.audit-entry[data-action=CREATE]");
    assertThat(create.select("summary").text()).isEqualTo("Created Customer " + code + " " + name);
    assertThat(create.select("li.audit-change[data-field=kind] .audit-after").text())
        .isEqualTo("Organization");
    // the compact rows name no table and show no id
    for (Element row : english.select("tr.audit-entry")) {
      String compact =
          row.select(".audit-when").text()
              + " "
              + row.select(".audit-who").text()
              + " "
              + row.select("summary").text();
      assertThat(compact).doesNotContain("customer_customer").doesNotContainPattern(UUID_TEXT);
    }
    // the raw type and id stay there, folded away, for whoever needs them
    assertThat(update.select("details .audit-record-type").text()).isEqualTo("customer_customer");
    assertThat(update.select("details .audit-record-id").text()).isEqualTo(id);

    // the record type filter takes the kind in words
    Document byWords = page.get("/admin/audit?recordType=Customer&recordId=" + id).document();
    assertThat(byWords.select("tr.audit-entry")).hasSize(english.select("tr.audit-entry").size());

    Locale chinese = Locale.forLanguageTag("zh-CN");
    Document zh = page.get("/admin/audit?lang=zh-CN&recordId=" + id).document();
    Element zhUpdate = zh.selectFirst("tr.audit-entry[data-action=UPDATE]");
    assertThat(zhUpdate.select(".audit-kind").text()).isEqualTo("客户");
    assertThat(zhUpdate.select("li.audit-change[data-field=stage]").text())
        .isEqualTo(
            "阶段："
                + messages.getMessage("customer.stage.PROSPECT", null, chinese)
                + " → "
                + messages.getMessage("customer.stage.ACTIVE", null, chinese));
    Document zhByWords =
        page.get(
                "/admin/audit?recordType="
                    + URLEncoder.encode("客户", StandardCharsets.UTF_8)
                    + "&recordId="
                    + id)
            .document();
    assertThat(zhByWords.select("tr.audit-entry")).hasSize(zh.select("tr.audit-entry").size());
    page.get("/admin/audit?lang=en");
  }

  @Test
  void anOrgUnitsTimeZoneAndAUsersUnitReadInWords() {
    ApiClient api = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    PageClient page = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document units = page.get("/admin/org-units").document();
    String rootId = units.select("#org-units tbody tr").first().attr("data-id");
    String code = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    ApiClient.Response created =
        api.post(
            "/api/v1/org-units",
            Map.of(
                "parentId",
                rootId,
                "kind",
                "BRANCH",
                "code",
                code,
                "name",
                "Tokyo desk",
                "timeZone",
                "Asia/Tokyo"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();

    Document english =
        page.get("/admin/audit?recordType=identity_org_unit&recordId=" + id).document();
    Element row = english.selectFirst("tr.audit-entry");
    assertThat(row.select("summary").text()).isEqualTo("Created Org unit Tokyo desk");
    assertThat(row.select("li.audit-change[data-field=timeZone] .audit-after").text())
        .isEqualTo("Tokyo time (UTC+09:00)");
    assertThat(row.select("li.audit-change[data-field=kind] .audit-after").text())
        .isEqualTo("Branch");
    assertThat(row.select("li.audit-change[data-field=parentId] .audit-after").text())
        .doesNotContainPattern(UUID_TEXT)
        .isNotBlank();
  }
}
