package io.pyra.scheduling.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hand-off page in English and Chinese: an administrator adds a folder target and an HTTP one
 * with a token (shown only as set), a refused form names the field in the user's language and saves
 * nothing, "Run now" logs a run on the target's page; others do not reach the page.
 */
@PyraIntegrationTest
class HandoffPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  @TempDir Path folder;

  @Test
  void anAdministratorKeepsTargetsAndRunsOneFromThePage() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit centre = org.branch();
    PageClient en = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    PageClient.Page page = en.get("/scheduling/handoff");
    assertThat(page.status()).isEqualTo(200);
    Document doc = page.document();
    assertThat(doc.select("h1").text()).isEqualTo("Hand-off to another scheduling system");
    assertThat(doc.select("#nav-handoff").attr("href")).isEqualTo("/scheduling/handoff");
    assertThat(doc.select("#orgUnitId option[value=" + centre.id() + "]")).hasSize(1);

    String name = "WSS page " + centre.code();
    Map<String, String> form = form(name, centre);
    form.put("horizonDays", "91");
    PageClient.Page refused = en.post("/scheduling/handoff", form);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#horizonDays-error").text())
        .isEqualTo("The horizon must be from 1 to 90 days.");
    assertThat(refused.document().select("tr.target .target-name").eachText()).doesNotContain(name);

    form.put("horizonDays", "7");
    PageClient.Page saved = en.post("/scheduling/handoff", form);
    assertThat(saved.status()).isEqualTo(302);
    Element row =
        en.get("/scheduling/handoff").document().select("tr.target:contains(" + name + ")").first();
    assertThat(row).isNotNull();
    assertThat(row.select(".target-where").text()).contains(folder.toAbsolutePath().toString());
    String id = row.attr("data-id");

    PageClient.Page ran = en.post("/scheduling/handoff/" + id + "/run", Map.of());
    assertThat(ran.status()).isEqualTo(302);
    Document detail = en.get(ran.location().replaceFirst("^https?://[^/]+", "")).document();
    assertThat(detail.select("#flash-success").text()).isEqualTo("Nothing new or changed to send.");
    assertThat(detail.select("tr.run").attr("data-status")).isEqualTo("NOTHING");
    assertThat(detail.select("tr.run td").get(2).text()).isEqualTo("Run now");

    // in Chinese, an HTTP target with a token shows only that one is set
    PageClient zh =
        new PageClient(port)
            .signIn(
                org.member(centre.id())
                    .roles("ADMINISTRATOR")
                    .speaking("zh-CN")
                    .create()
                    .username(),
                OrgFixtures.PASSWORD);
    assertThat(zh.get("/scheduling/handoff").document().select("h1").text()).isEqualTo("移交给其他排课系统");
    String http = "WSS 接口 " + centre.code();
    Map<String, String> web = form(http, centre);
    web.put("kind", "HTTP");
    web.put("url", "ftp://wss.example/in");
    web.put("bearerToken", "zh-secret-token-123");
    PageClient.Page bad = zh.post("/scheduling/handoff", web);
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.document().select("#url-error").text())
        .isEqualTo("网址必须以 http:// 或 https:// 开头并包含主机名。");
    assertThat(bad.body()).doesNotContain("zh-secret-token-123");
    web.put("url", "https://wss.example/in");
    assertThat(zh.post("/scheduling/handoff", web).status()).isEqualTo(302);
    PageClient.Page list = zh.get("/scheduling/handoff");
    assertThat(list.body()).doesNotContain("zh-secret-token-123");
    Element httpRow = list.document().select("tr.target:contains(" + http + ")").first();
    assertThat(httpRow.select(".target-token").text()).isEqualTo("已设置");

    // whoever does not hold handoff.manage does not reach it
    PageClient principal =
        new PageClient(port)
            .signIn(
                org.member(centre.id()).roles("CENTRE_PRINCIPAL").create().username(),
                OrgFixtures.PASSWORD);
    assertThat(principal.get("/scheduling/handoff").status()).isEqualTo(403);
  }

  private Map<String, String> form(String name, OrgUnit centre) {
    Map<String, String> form = new HashMap<>();
    form.put("name", name);
    form.put("orgUnitId", centre.id().toString());
    form.put("kind", "FOLDER");
    form.put("folder", folder.toAbsolutePath().toString());
    form.put("formats", "BOTH");
    form.put("horizonDays", "7");
    form.put("scheduleKind", "HOURS");
    form.put("scheduleEvery", "2");
    form.put("dailyAt", "");
    form.put("active", "true");
    return form;
  }
}
