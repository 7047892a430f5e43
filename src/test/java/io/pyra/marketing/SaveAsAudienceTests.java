package io.pyra.marketing;

import static io.pyra.marketing.MailingPeople.draft;
import static io.pyra.marketing.MailingPeople.email;
import static io.pyra.marketing.MailingPeople.unique;
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
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer list's "Save as audience" (marketing's action on the customer module's list): a
 * marketer filtering the list finds the link carrying the filter (without sort or paging), and
 * following it saves an audience of exactly the customers the list showed; a user who may not
 * record audiences does not see it; the link speaks Chinese.
 */
@PyraIntegrationTest
class SaveAsAudienceTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CampaignStaff staff;
  MailingPeople people;
  OrgUnit branch;
  UserAccount marketer;
  String tag;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    people = new MailingPeople(staff, jdbc);
    branch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    tag = unique("sa");
    for (String first : new String[] {"Ada", "Bao", "Cai"}) {
      String name = unique(first);
      people.customer(name, email(name), null, true, null, tag, marketer, branch);
    }
    String outside = unique("Out");
    people.customer(outside, email(outside), null, true, null, unique("other"), marketer, branch);
  }

  @Test
  void aMarketerSavesTheFilteredListAsAnAudienceOfTheSameCustomers() {
    PageClient pages = staff.pages(marketer);
    Document list = pages.get("/customers?tag=" + tag + "&sort=-name").document();
    int shown = list.select("#customer-table tbody tr").size();
    assertThat(shown).isEqualTo(3);
    String href = list.select("#save-as-audience").attr("href");
    assertThat(href).isEqualTo("/audiences/new?filter=tag%3D" + tag);
    assertThat(list.select("#save-as-audience").text()).isEqualTo("Save as audience");

    // the list reloaded by htmx with another filter carries that filter
    Document results =
        pages
            .get("/customers?tag=" + tag + "&stage=ACTIVE", Map.of("HX-Request", "true"))
            .document();
    assertThat(results.select("#save-as-audience").attr("href"))
        .isEqualTo("/audiences/new?filter=tag%3D" + tag + "%26stage%3DACTIVE");

    Document form = pages.get(href).document();
    assertThat(form.select("#filterQuery").val()).isEqualTo("tag=" + tag);
    PageClient.Page saved =
        pages.post(
            "/audiences",
            Map.of(
                "name",
                "From the list " + tag,
                "customers",
                "true",
                "filterQuery",
                form.select("#filterQuery").val(),
                "leadCampaignId",
                ""));
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    UUID audience =
        jdbc.sql("select id from marketing_audience where name = :n")
            .param("n", "From the list " + tag)
            .query(UUID.class)
            .single();

    // a mailing to it would reach exactly the customers the list showed
    ApiClient api = staff.api(marketer);
    UUID campaign = staff.record(marketer, CampaignStaff.code());
    UUID mailing = draft(api, campaign, audience, "EMAIL", "Hello " + tag, "Hi {name}");
    assertThat(api.get("/api/v1/mailings/" + mailing).json().get("counts").get("total").asLong())
        .isEqualTo(shown);
  }

  @Test
  void whoMayNotRecordAudiencesDoesNotSeeTheLink() {
    UserAccount agent = staff.user(branch, "CALL_CENTRE_AGENT");
    Document list = staff.pages(agent).get("/customers?tag=" + tag).document();
    assertThat(list.select("#customer-table tbody tr")).hasSize(3);
    assertThat(list.select("#save-as-audience")).isEmpty();
    assertThat(staff.pages(agent).get("/audiences/new?filter=tag%3D" + tag).status())
        .isEqualTo(403);
  }

  @Test
  void theLinkSpeaksChinese() {
    UserAccount chinese = staff.org().member(branch).roles("MARKETING").speaking("zh-CN").create();
    PageClient zh = new PageClient(port).signIn(chinese.username(), OrgFixtures.PASSWORD);
    Document list = zh.get("/customers?tag=" + tag).document();
    assertThat(list.select("#save-as-audience").text()).isEqualTo("保存为受众");
  }
}
