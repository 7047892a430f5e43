package io.pyra.customer;

import static io.pyra.customer.CustomerStaff.mobile;
import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What a user may do about a likely duplicate on the customer form, and nothing is saved on the
 * way: ask the owner of a customer they may not open (the owner is notified), merge only with the
 * merge permission (and then the new entry goes to the merge page unsaved); and the customer page
 * showing consent in words, in English and Chinese.
 */
@PyraIntegrationTest
class DuplicateHandlingTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  @Value("${pyra.time-zone:UTC}")
  String timeZone;

  OrgFixtures org;
  OrgUnit branchA;
  OrgUnit branchB;
  UserAccount clerkA;
  UserAccount clerkB;

  @BeforeEach
  void setUp() {
    org = new OrgFixtures(orgUnits, users, roles);
    branchA = org.unit(org.root());
    branchB = org.unit(org.root());
    clerkA = org.user(branchA, "FRONT_DESK");
    clerkB = org.user(branchB, "FRONT_DESK");
  }

  @Test
  void askingTheOwnerOfAHiddenDuplicateNotifiesThemAndSavesNothing() {
    String phone = mobile();
    String hiddenName = unique("Branch B customer");
    JsonNode hidden = as(clerkB).post("/api/v1/customers", person(hiddenName, phone)).json();
    PageClient pages = pages(clerkA);
    pages.get("/customers/new");
    long before = customers();

    PageClient.Page warned = pages.post("/customers", form(unique("Walk-in"), phone));
    assertThat(warned.document().select("#duplicates .hidden-duplicate button.ask-owner"))
        .hasSize(1);
    assertThat(warned.document().select("#duplicates button.ask-owner").attr("formaction"))
        .isEqualTo("/customers/ask-owner");

    PageClient.Page asked = pages.post("/customers/ask-owner", form(unique("Walk-in"), phone));

    assertThat(asked.status()).isEqualTo(200);
    Document page = asked.document();
    assertThat(page.select("#owners-asked").text())
        .isEqualTo("The owner was asked to look at their customer." + " Nothing was saved.");
    assertThat(page.select("#duplicates .hidden-duplicate").text()).contains(branchB.name());
    assertThat(asked.body())
        .doesNotContain(hidden.get("id").asString())
        .doesNotContain(hidden.get("code").asString())
        .doesNotContain(hiddenName);
    assertThat(customers()).isEqualTo(before);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "select count(*) from interaction_notification where user_id = ?"
                                    + " and kind = 'CUSTOMER_OWNER_ASKED' and customer_id = ?")
                            .param(clerkB.id())
                            .param(UUID.fromString(hidden.get("id").asString()))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1));
    Document notifications = pages(clerkB).get("/notifications").document();
    assertThat(
            notifications
                .select("#notifications a[href$=" + hidden.get("id").asString() + "]")
                .text())
        .contains(hidden.get("code").asString())
        .contains("Staff " + clerkA.username());
  }

  @Test
  void theFrontDeskMayNotMergeAndNothingIsSaved() {
    String phone = mobile();
    JsonNode own = as(clerkA).post("/api/v1/customers", person(unique("Own"), phone)).json();
    PageClient pages = pages(clerkA);
    pages.get("/customers/new");
    long before = customers();

    PageClient.Page warned = pages.post("/customers", form(unique("Again"), phone));
    assertThat(warned.document().select("#duplicates button.merge-into")).isEmpty();
    assertThat(warned.document().select("#duplicates a.open-existing").attr("href"))
        .isEqualTo("/customers/" + own.get("id").asString());

    Map<String, String> merge = form(unique("Again"), phone);
    merge.put("mergeInto", own.get("id").asString());
    PageClient.Page refused = pages.post("/customers", merge);

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select(".alert-danger").text()).contains("may not merge");
    assertThat(refused.document().select("#duplicates a.open-existing")).hasSize(1);
    assertThat(customers()).isEqualTo(before);
  }

  @Test
  void mergingANewEntryShowsTheMergePageUnsavedAndAddsItToTheExistingCustomer() {
    String phone = mobile();
    JsonNode first = admin().post("/api/v1/customers", person(unique("First"), phone)).json();
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    pages.get("/customers/new");
    long before = customers();
    String entry = unique("Second");
    String email = "second." + System.nanoTime() + "@example.com";
    Map<String, String> form = form(entry, phone);
    form.put("emails[0].value", email);
    form.put("mergeInto", first.get("id").asString());

    PageClient.Page mergePage = pages.post("/customers", form);

    assertThat(mergePage.status()).as(mergePage.body()).isEqualTo(200);
    Document page = mergePage.document();
    assertThat(page.select("#merge-table").text()).contains(entry).contains(email);
    assertThat(page.select("#merge-form input[type=hidden][name=name]").attr("value"))
        .isEqualTo(entry);
    assertThat(customers()).isEqualTo(before);

    Map<String, String> confirm = new HashMap<>();
    for (var input : page.select("#merge-form input[type=hidden]")) {
      confirm.put(input.attr("name"), input.attr("value"));
    }
    confirm.put("field.name", "survivor");
    confirm.put("field.emails", "both");
    PageClient.Page merged = pages.post(page.select("#merge-form").attr("action"), confirm);

    assertThat(merged.status()).as(merged.body()).isEqualTo(302);
    assertThat(merged.location()).endsWith("/customers/" + first.get("id").asString());
    assertThat(customers()).isEqualTo(before);
    JsonNode after = admin().get("/api/v1/customers/" + first.get("id").asString()).json();
    assertThat(after.get("name").asString()).isEqualTo(first.get("name").asString());
    assertThat(after.get("emails").toString()).contains(email);
  }

  @Test
  void mergingFromTheEditFormGoesToTheMergePageWithoutSavingTheEdits() {
    String phone = mobile();
    JsonNode first = admin().post("/api/v1/customers", person(unique("Kept"), phone)).json();
    String secondName = unique("Edited");
    JsonNode second = admin().post("/api/v1/customers", person(secondName, mobile())).json();
    String secondId = second.get("id").asString();
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document edit = pages.get("/customers/" + secondId + "/edit").document();
    Map<String, String> form = form(secondName + " (changed)", phone);
    form.put("version", edit.select("#version").attr("value"));

    PageClient.Page warned = pages.post("/customers/" + secondId, form);
    assertThat(warned.document().select("#duplicates button.merge-into").attr("value"))
        .isEqualTo(first.get("id").asString());
    form.put("mergeInto", first.get("id").asString());
    PageClient.Page merge = pages.post("/customers/" + secondId, form);

    assertThat(merge.status()).isEqualTo(302);
    assertThat(merge.location())
        .endsWith("/customers/" + first.get("id").asString() + "/merge?mergedId=" + secondId);
    assertThat(admin().get("/api/v1/customers/" + secondId).json().get("name").asString())
        .isEqualTo(secondName);
  }

  @Test
  void consentIsShownInWordsWithTheDateAsEachLanguageWritesIt() {
    for (String language : new String[] {"en", "zh-CN"}) {
      UserAccount clerk = org.member(branchA).roles("FRONT_DESK").speaking(language).create();
      PageClient pages = pages(clerk);
      pages.get("/customers/new");
      Map<String, String> form = form(unique("Consent"), mobile());
      form.put("consents", "SMS");
      form.put("consentSource", "walk-in");
      PageClient.Page saved = pages.post("/customers", form);
      assertThat(saved.status()).as(saved.body()).isEqualTo(302);
      String id = saved.location().substring(saved.location().lastIndexOf('/') + 1);

      Document detail = pages.get("/customers/" + id).document();

      String sms = day(id, "SMS", language);
      String email = day(id, "EMAIL", language);
      if (language.equals("en")) {
        assertThat(detail.select("#consent-SMS").text())
            .isEqualTo("SMS: allowed since " + sms + " (source: walk-in)");
        assertThat(detail.select("#consent-EMAIL").text())
            .startsWith("E-mail: not allowed since " + email);
      } else {
        assertThat(detail.select("#consent-SMS").text())
            .isEqualTo("短信：自 " + sms + " 起允许 （来源：walk-in）");
        assertThat(detail.select("#consent-EMAIL").text()).startsWith("电子邮件：自 " + email + " 起不允许");
      }
      assertThat(detail.select("#customer-consents").text())
          .doesNotContain("true")
          .doesNotContain("false");
    }
  }

  /** The day a consent was recorded, written as the language writes dates ("5 Dec 2026"). */
  private String day(String customerId, String channel, String language) {
    Instant at =
        jdbc.sql("select recorded_at from customer_consent where customer_id = ? and channel = ?")
            .param(UUID.fromString(customerId))
            .param(channel)
            .query(Instant.class)
            .single();
    DateTimeFormatter format =
        language.equals("en")
            ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            : DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);
    return format.format(at.atZone(ZoneId.of(timeZone)).toLocalDate());
  }

  private PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  private ApiClient as(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), OrgFixtures.PASSWORD);
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private long customers() {
    return jdbc.sql("select count(*) from customer_customer").query(Long.class).single();
  }

  private static Map<String, String> form(String name, String phone) {
    Map<String, String> form = new HashMap<>();
    form.put("kind", "PERSON");
    form.put("name", name);
    form.put("stage", "PROSPECT");
    form.put("phones[0].value", phone);
    form.put("phones[0].label", "mobile");
    form.put("version", "");
    return form;
  }
}
