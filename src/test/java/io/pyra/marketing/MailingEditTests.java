package io.pyra.marketing;

import static io.pyra.marketing.MailingPeople.audience;
import static io.pyra.marketing.MailingPeople.draft;
import static io.pyra.marketing.MailingPeople.email;
import static io.pyra.marketing.MailingPeople.mailing;
import static io.pyra.marketing.MailingPeople.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft mailing is changed over the API (If-Match: missing 428, stale 412) and on its page (a
 * stale form is a 409); bad input is a 422 naming the field; once started it can no longer be
 * changed: a 409 naming status with a clear message in English and Chinese, and nothing changes.
 */
@PyraIntegrationTest
@TestPropertySource(properties = "pyra.marketing.mailing.enabled=false")
class MailingEditTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CampaignStaff staff;
  MailingPeople people;
  OrgUnit branch;
  UserAccount marketer;
  ApiClient api;
  UUID campaign;
  UUID audience;
  String tag;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    people = new MailingPeople(staff, jdbc);
    branch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    api = staff.api(marketer);
    campaign = staff.record(marketer, CampaignStaff.code());
    tag = unique("me");
    String name = unique("Eda");
    people.customer(name, email(name), null, true, null, tag, marketer, branch);
    audience = audience(api, "Edit " + tag, "tag=" + tag, null);
  }

  @Test
  void aDraftIsChangedWithTheVersionItWasReadAt() {
    UUID id = draft(api, campaign, audience, "EMAIL", "First " + tag, "Hello {name}");
    String path = "/api/v1/mailings/" + id;
    String etag = api.get(path).header("ETag");
    Map<String, Object> changed = mailing(campaign, audience, "SMS", null, "Hi {name}, see you");

    assertThat(api.put(path, changed).status()).isEqualTo(428);
    ApiClient.Response saved = api.put(path, changed, etag);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("channel").asString()).isEqualTo("SMS");
    assertThat(saved.json().get("subject").isNull()).isTrue();
    assertThat(saved.json().get("body").asString()).isEqualTo("Hi {name}, see you");
    assertThat(saved.json().get("status").asString()).isEqualTo("DRAFT");
    assertThat(saved.header("ETag")).isNotEqualTo(etag);

    // a second client still holding the first version changes nothing
    ApiClient.Response stale =
        api.put(path, mailing(campaign, audience, "EMAIL", "Late", "Late {name}"), etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(api.get(path).json().get("body").asString()).isEqualTo("Hi {name}, see you");

    Map<String, Object> bad = mailing(campaign, audience, "EMAIL", "", "Hi {first}");
    ApiClient.Response refused = api.put(path, bad, saved.header("ETag"));
    assertThat(refused.refusedFields())
        .containsEntry("subject", "required")
        .containsEntry("body", "placeholder");
    assertThat(api.get(path).json().get("version").asLong())
        .isEqualTo(saved.json().get("version").asLong());
  }

  @Test
  void aStartedMailingCanNoLongerBeChanged() {
    UUID id = draft(api, campaign, audience, "EMAIL", "Sent " + tag, "Hello {name}");
    String path = "/api/v1/mailings/" + id;
    ApiClient.Response started = api.post(path + "/sending", Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    Map<String, Object> changed = mailing(campaign, audience, "EMAIL", "Changed", "Changed {name}");

    ApiClient.Response refused = api.put(path, changed, started.header("ETag"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    assertThat(refused.body()).contains("no longer a draft");
    ApiClient.Response chinese =
        api.send(
            api.builder(path)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .header("If-Match", started.header("ETag"))
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        JsonMapper.builder().build().writeValueAsString(changed))));
    assertThat(chinese.status()).isEqualTo(409);
    assertThat(chinese.body()).contains("该群发已不是草稿");
    assertThat(api.get(path).json().get("subject").asString()).isEqualTo("Sent " + tag);

    PageClient pages = staff.pages(marketer);
    assertThat(pages.get("/mailings/" + id).document().select("#edit-mailing")).isEmpty();
    PageClient.Page form = pages.get("/mailings/" + id + "/edit");
    assertThat(form.status()).isEqualTo(302);
    assertThat(pages.get("/mailings/" + id).document().text()).contains("no longer a draft");
  }

  @Test
  void aDraftIsChangedOnItsPageAndAStaleFormIsAConflict() {
    UUID id = draft(api, campaign, audience, "EMAIL", "Page " + tag, "Hello {name}");
    PageClient pages = staff.pages(marketer);
    Document detail = pages.get("/mailings/" + id).document();
    assertThat(detail.select("#edit-mailing").attr("href")).isEqualTo("/mailings/" + id + "/edit");

    Document form = pages.get("/mailings/" + id + "/edit").document();
    assertThat(form.select("#subject").val()).isEqualTo("Page " + tag);
    assertThat(form.select("#mailing-form").attr("action")).isEqualTo("/mailings/" + id);
    Map<String, String> fields = fields(form);
    fields.put("subject", "Changed " + tag);
    PageClient.Page saved = pages.post("/mailings/" + id, fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document after = pages.get("/mailings/" + id).document();
    assertThat(after.select("#mailing-facts").text()).contains("Changed " + tag);

    // the form read before the save is stale now
    pages.get("/mailings/" + id + "/edit");
    fields.put("subject", "Stale " + tag);
    PageClient.Page stale = pages.post("/mailings/" + id, fields);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(api.get("/api/v1/mailings/" + id).json().get("subject").asString())
        .isEqualTo("Changed " + tag);

    Map<String, String> empty = fields(pages.get("/mailings/" + id + "/edit").document());
    empty.put("body", "");
    PageClient.Page refused = pages.post("/mailings/" + id, empty);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#body-error").text()).isEqualTo("Write the text.");
  }

  private static Map<String, String> fields(Document form) {
    Map<String, String> fields = new HashMap<>();
    for (String name : new String[] {"campaignId", "audienceId", "channel", "language"}) {
      fields.put(name, form.select("#" + name + " option[selected]").val());
    }
    fields.put("subject", form.select("#subject").val());
    fields.put("body", form.select("#body").text());
    fields.put("version", form.select("#version").val());
    return fields;
  }
}
