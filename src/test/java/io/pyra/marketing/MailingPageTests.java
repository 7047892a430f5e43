package io.pyra.marketing;

import static io.pyra.marketing.MailingPeople.email;
import static io.pyra.marketing.MailingPeople.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audiences and mailings as pages, in English and Chinese: a marketer saves a customer filter as an
 * audience, writes a mailing, sees before sending how many will receive it and how many are skipped
 * and why, starts it and sees its progress and recipients; bad input is a 422 naming the field; the
 * public unsubscribe page answers a bad link with 400 in the language of the link.
 */
@PyraIntegrationTest
class MailingPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CampaignStaff staff;
  MailingPeople people;
  OrgUnit branch;
  UserAccount marketer;
  PageClient pages;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    people = new MailingPeople(staff, jdbc);
    branch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    pages = staff.pages(marketer);
  }

  @Test
  void aMarketerSavesAnAudienceWritesAMailingSeesThePreviewAndStartsIt() {
    String tag = unique("pg");
    String yes = unique("Yan");
    String no = unique("Noa");
    String none = unique("Nia");
    people.customer(yes, email(yes), null, true, null, tag, marketer, branch);
    people.customer(no, email(no), null, false, null, tag, marketer, branch);
    people.customer(none, null, null, true, null, tag, marketer, branch);
    UUID campaign = staff.record(marketer, CampaignStaff.code());

    Document form = pages.get("/audiences/new?filter=tag%3D" + tag).document();
    assertThat(form.select("#filterQuery").val()).isEqualTo("tag=" + tag);
    Map<String, String> audience = new HashMap<>();
    audience.put("name", "Page " + tag);
    audience.put("customers", "true");
    audience.put("filterQuery", "tag=" + tag);
    audience.put("leadCampaignId", "");
    PageClient.Page saved = pages.post("/audiences", audience);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document list = pages.get("/audiences").document();
    assertThat(list.select("#audience-table").text()).contains("Page " + tag);
    String audienceId =
        jdbc.sql("select id from marketing_audience where name = :n")
            .param("n", "Page " + tag)
            .query(String.class)
            .single();

    pages.get("/mailings/new");
    Map<String, String> empty = mailingFields(campaign.toString(), audienceId, "", "");
    PageClient.Page refused = pages.post("/mailings", empty);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#subject-error").text())
        .isEqualTo("An e-mail needs a subject.");
    assertThat(refused.document().select("#body-error").text()).isEqualTo("Write the text.");

    PageClient.Page created =
        pages.post(
            "/mailings",
            mailingFields(campaign.toString(), audienceId, "News " + tag, "Hi {name}"));
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    String path = created.location().replaceFirst("^https?://[^/]+", "");
    Document preview = pages.get(path).document();
    assertThat(preview.select("#mailing-status").text()).isEqualTo("Draft");
    assertThat(preview.select("#count-receive").text()).isEqualTo("1");
    assertThat(preview.select("#count-no-consent").text()).isEqualTo("1");
    assertThat(preview.select("#count-no-address").text()).isEqualTo("1");

    assertThat(pages.post(path + "/sending", Map.of()).status()).isEqualTo(302);
    Document sending = pages.get(path).document();
    assertThat(sending.select("#mailing-status").text()).isIn("Sending", "Sent");
    assertThat(sending.select("#recipient-table tbody tr")).hasSize(3);
    assertThat(sending.select("#recipient-table").text())
        .contains(yes, no, none, "Skipped: no consent", "Skipped: no address");
    assertThat(pages.post(path + "/cancellation", Map.of()).status()).isEqualTo(302);
    assertThat(pages.get("/mailings").document().select("#mailing-table").text())
        .contains("News " + tag);
  }

  @Test
  void thePagesSpeakChinese() {
    UserAccount chinese = staff.org().member(branch).roles("MARKETING").speaking("zh-CN").create();
    PageClient zh = new PageClient(port).signIn(chinese.username(), OrgFixtures.PASSWORD);
    assertThat(zh.get("/mailings").document().select("h1").text()).isEqualTo("群发");
    assertThat(zh.get("/audiences").document().select("h1").text()).isEqualTo("受众");
    assertThat(zh.get("/mailings/new").document().select("h1").text()).isEqualTo("新建群发");
    PageClient.Page refused = zh.post("/mailings", mailingFields("", "", "", ""));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#campaignId-error").text()).isEqualTo("请选择您可见的市场活动。");

    PageClient.Page bad = new PageClient(port).get("/unsubscribe/forged.token?lang=zh-CN");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.document().select("#unsubscribe-invalid").text())
        .isEqualTo("该退订链接无效。请完整使用消息中的链接。");
    PageClient.Page badEn = new PageClient(port).get("/unsubscribe/forged.token");
    assertThat(badEn.status()).isEqualTo(400);
    assertThat(badEn.document().select("#unsubscribe-invalid").text())
        .startsWith("This unsubscribe link is not valid.");
  }

  private static Map<String, String> mailingFields(
      String campaign, String audience, String subject, String body) {
    Map<String, String> fields = new HashMap<>();
    fields.put("campaignId", campaign);
    fields.put("audienceId", audience);
    fields.put("channel", "EMAIL");
    fields.put("language", "en");
    fields.put("subject", subject);
    fields.put("body", body);
    return fields;
  }
}
