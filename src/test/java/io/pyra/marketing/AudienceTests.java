package io.pyra.marketing;

import static io.pyra.marketing.MailingPeople.audience;
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
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Saved audiences: the customer filter is evaluated by the customer module with the reach of
 * whoever uses it (a marketer of one branch gets that branch's matching customers, an administrator
 * all of them), the leads of a campaign join within the lead.read reach; a bad filter is a 422
 * naming it and stores nothing; changes need the version read (428, 412); an audience in use is not
 * removed; another branch's audience is not found.
 */
@PyraIntegrationTest
class AudienceTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CampaignStaff staff;
  MailingPeople people;
  OrgUnit branch;
  OrgUnit otherBranch;
  UserAccount marketer;
  UserAccount otherMarketer;
  ApiClient api;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    people = new MailingPeople(staff, jdbc);
    branch = staff.org().branch();
    otherBranch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    otherMarketer = staff.user(otherBranch, "MARKETING");
    api = staff.api(marketer);
  }

  @Test
  void theSavedFilterGivesTheMatchingCustomersEachUserReaches() {
    String tag = unique("aud");
    String mine1 = unique("Mia");
    String mine2 = unique("Max");
    String theirs = unique("Tom");
    people.customer(mine1, email(mine1), null, true, null, tag, marketer, branch);
    people.customer(mine2, null, null, null, null, tag, marketer, branch);
    people.customer(theirs, email(theirs), null, true, null, tag, otherMarketer, otherBranch);
    people.customer(unique("Untagged"), null, null, null, null, unique("x"), marketer, branch);
    UUID campaign = staff.record(marketer, CampaignStaff.code());
    String lead = unique("Leo");
    people.lead(campaign, lead, email(lead), null, true, false, marketer, branch);
    people.lead(
        campaign,
        unique("Far"),
        email(unique("far")),
        null,
        true,
        false,
        otherMarketer,
        otherBranch);

    // a pasted /customers address keeps its query parameters as the filter
    UUID audience =
        audience(api, "Tagged " + tag, "https://crm.example/customers?tag=" + tag, campaign);
    JsonNode saved = api.get("/api/v1/marketing/audiences/" + audience).json();
    assertThat(saved.get("filterQuery").asString()).isEqualTo("tag=" + tag);

    UUID mailing = draft(api, campaign, audience, "EMAIL", "Hello", "Hi {name}");
    assertThat(api.post("/api/v1/mailings/" + mailing + "/sending", Map.of()).status())
        .isEqualTo(200);
    assertThat(recipients(api, mailing)).containsExactlyInAnyOrder(mine1, mine2, lead);

    // the administrator reaches every branch: the same audience gives all tagged customers
    UUID everyone = draft(staff.admin(), campaign, audience, "EMAIL", "Hello all", "Hi");
    assertThat(staff.admin().post("/api/v1/mailings/" + everyone + "/sending", Map.of()).status())
        .isEqualTo(200);
    assertThat(recipients(staff.admin(), everyone)).contains(mine1, mine2, theirs, lead).hasSize(5);

    // another branch's marketer does not see the audience or the mailing
    ApiClient other = staff.api(otherMarketer);
    assertThat(other.get("/api/v1/marketing/audiences/" + audience).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/mailings/" + mailing).status()).isEqualTo(404);

    // the campaign's target audience: chosen by the marketer, unseen by the other branch
    String target = "/api/v1/campaigns/" + campaign + "/target-audience";
    assertThat(api.get(target).json().get("audienceId").isNull()).isTrue();
    ApiClient.Response chosen = api.put(target, Map.of("audienceId", audience.toString()));
    assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
    assertThat(api.get(target).json().get("audienceName").asString()).isEqualTo("Tagged " + tag);
    assertThat(other.put(target, Map.of("audienceId", audience.toString())).status())
        .isEqualTo(404);
    assertThat(api.put(target, Map.of("audienceId", UUID.randomUUID().toString())).refusedFields())
        .containsKey("audienceId");
    assertThat(staff.pages(marketer).get("/campaigns/" + campaign + "/target-audience").body())
        .contains("Tagged " + tag);
    assertThat(
            staff
                .pages(marketer)
                .get("/mailings/new?campaignId=" + campaign)
                .document()
                .select("#audienceId option[selected]")
                .val())
        .isEqualTo(audience.toString());

    // in use: not removed
    String etag = api.get("/api/v1/marketing/audiences/" + audience).header("ETag");
    ApiClient.Response inUse = api.delete("/api/v1/marketing/audiences/" + audience, etag);
    assertThat(inUse.status()).isEqualTo(422);
    cancel(api, mailing);
    cancel(staff.admin(), everyone);
  }

  @Test
  void aBadFilterIsRefusedAndChangesNeedTheVersionRead() {
    long before = count();
    Map<String, Object> bad = new HashMap<>();
    bad.put("name", "Bad");
    bad.put("customers", true);
    bad.put("filterQuery", "stage=NOPE");
    ApiClient.Response refused = api.post("/api/v1/marketing/audiences", bad);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.refusedFields()).containsKey("filterQuery");
    Map<String, Object> nobody = new HashMap<>();
    nobody.put("name", "Nobody");
    nobody.put("customers", false);
    ApiClient.Response empty = api.post("/api/v1/marketing/audiences", nobody);
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.refusedFields()).containsKey("customers");
    assertThat(count()).isEqualTo(before);

    UUID audience = audience(api, unique("Stage"), "stage=ACTIVE", null);
    String path = "/api/v1/marketing/audiences/" + audience;
    String etag = api.get(path).header("ETag");
    Map<String, Object> change = new HashMap<>();
    change.put("name", "Renamed");
    change.put("customers", true);
    change.put("filterQuery", "stage=PROSPECT");
    assertThat(api.put(path, change, null).status()).isEqualTo(428);
    ApiClient.Response changed = api.put(path, change, etag);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("filterQuery").asString()).isEqualTo("stage=PROSPECT");
    change.put("name", "Lost");
    assertThat(api.put(path, change, etag).status()).isEqualTo(412);
    assertThat(api.get(path).json().get("name").asString()).isEqualTo("Renamed");
    assertThat(staff.api(otherMarketer).put(path, change, changed.header("ETag")).status())
        .isEqualTo(404);
    assertThat(api.delete(path, changed.header("ETag")).status()).isEqualTo(204);
    assertThat(api.get(path).status()).isEqualTo(404);
  }

  private long count() {
    return jdbc.sql("select count(*) from marketing_audience").query(Long.class).single();
  }

  private static void cancel(ApiClient api, UUID mailing) {
    api.post("/api/v1/mailings/" + mailing + "/cancellation", Map.of());
  }

  private static List<String> recipients(ApiClient api, UUID mailing) {
    JsonNode list = api.get("/api/v1/mailings/" + mailing + "/recipients?limit=200").json();
    List<String> names = new ArrayList<>();
    list.get("items").forEach(item -> names.add(item.get("name").asString()));
    return names;
  }
}
