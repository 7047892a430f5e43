package io.pyra.customer;

import static io.pyra.customer.CustomerStaff.mobile;
import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class CustomerPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired io.pyra.customer.field.CustomFieldService fields;

  CustomerStaff staff;

  @BeforeEach
  void setUp() {
    staff = new CustomerStaff(orgUnits, users, roles, port);
  }

  @Test
  void createsACustomerFromTheFormAndShowsItsDetailPage() {
    PageClient pages = admin();
    String name = unique("Page customer");
    String phone = mobile();
    assertThat(pages.get("/customers/new").status()).isEqualTo(200);

    Map<String, String> form = form(name, phone);
    form.put("sector", "EDUCATION");
    form.put("consents", "SMS");
    form.put("consentSource", "front desk");
    form.put("tags", "vip, parents");
    PageClient.Page saved = pages.post("/customers", form);

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Document detail =
        pages.get(saved.location().replace("http://localhost:" + port, "")).document();
    assertThat(detail.select("#flash-success").text()).contains("created");
    assertThat(detail.select("#customer-name").text()).isEqualTo(name);
    assertThat(detail.select("#customer-phones").text()).contains("+86" + phone);
    assertThat(detail.select("#customer-sector").text()).isNotBlank();
    assertThat(detail.select("#consent-SMS").text())
        .startsWith("SMS: allowed since ")
        .contains("front desk");
    assertThat(detail.select("#customer-tags").text()).contains("vip").contains("parents");
  }

  @Test
  void aBadPhoneIsShownNextToItsFieldAndNothingIsSaved() {
    PageClient pages = admin();
    pages.get("/customers/new");
    long before = count();

    PageClient.Page page = pages.post("/customers", form(unique("Bad phone"), "12ab-not-a-phone"));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#phone-0-error").text())
        .contains("not a valid phone number");
    assertThat(page.document().select("#phone-0").attr("value")).isEqualTo("12ab-not-a-phone");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void likelyDuplicatesAreShownAndSavingAnywayNeedsAReason() {
    String phone = mobile();
    JsonNode first = api().post("/api/v1/customers", person(unique("First"), phone)).json();
    PageClient pages = admin();
    pages.get("/customers/new");
    long before = count();

    PageClient.Page warned = pages.post("/customers", form(unique("Second"), phone));
    assertThat(warned.status()).isEqualTo(200);
    Document page = warned.document();
    assertThat(page.select("#duplicates").text())
        .contains(first.get("code").asString())
        .contains("same phone");
    assertThat(page.select("#duplicates a").attr("href"))
        .endsWith("/customers/" + first.get("id").asString());
    assertThat(page.select("#duplicates button.merge-into").attr("value"))
        .isEqualTo(first.get("id").asString());
    assertThat(count()).isEqualTo(before);

    Map<String, String> anyway = form(unique("Second"), phone);
    anyway.put("saveAnyway", "true");
    PageClient.Page noReason = pages.post("/customers", anyway);
    assertThat(noReason.status()).isEqualTo(200);
    assertThat(noReason.document().select("#duplicateReason-error").text()).contains("reason");
    assertThat(count()).isEqualTo(before);

    anyway.put("duplicateReason", "Twins sharing a phone");
    PageClient.Page saved = pages.post("/customers", anyway);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(count()).isEqualTo(before + 1);
  }

  @Test
  void aStaleEditShowsTheConflictAndOverwritesNothing() {
    ApiClient api = api();
    String name = unique("Stale");
    ApiClient.Response created = api.post("/api/v1/customers", person(name, mobile()));
    String id = created.json().get("id").asString();
    PageClient pages = admin();
    Document edit = pages.get("/customers/" + id + "/edit").document();
    assertThat(edit.select("#name").attr("value")).isEqualTo(name);
    String version = edit.select("#version").attr("value");
    api.patch(
        "/api/v1/customers/" + id, Map.of("name", name + " (colleague)"), created.header("ETag"));

    Map<String, String> form = form(name + " (mine)", edit.select("#phone-0").attr("value"));
    form.put("version", version);
    PageClient.Page page = pages.post("/customers/" + id, form);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select(".alert-danger").text()).containsIgnoringCase("changed");
    assertThat(api.get("/api/v1/customers/" + id).json().get("name").asString())
        .isEqualTo(name + " (colleague)");
  }

  @Test
  void theMergePageMergesAndTheMergedCodeOpensTheSurvivor() {
    ApiClient api = api();
    JsonNode survivor = api.post("/api/v1/customers", person(unique("Keep me"), mobile())).json();
    JsonNode merged = api.post("/api/v1/customers", person(unique("Merge me"), mobile())).json();
    PageClient pages = admin();
    String path =
        "/customers/"
            + survivor.get("id").asString()
            + "/merge?mergedId="
            + merged.get("id").asString();
    Document page = pages.get(path).document();
    assertThat(page.select("#merge-table").text())
        .contains(survivor.get("name").asString())
        .contains(merged.get("name").asString());

    PageClient.Page done =
        pages.post(
            "/customers/" + survivor.get("id").asString() + "/merge",
            Map.of(
                "mergedId",
                merged.get("id").asString(),
                "field.name",
                "merged",
                "field.phones",
                "both",
                "survivorVersion",
                page.select("input[name=survivorVersion]").attr("value"),
                "mergedVersion",
                page.select("input[name=mergedVersion]").attr("value")));
    assertThat(done.status()).isEqualTo(302);

    Document opened = pages.get("/customers/" + merged.get("code").asString()).document();
    assertThat(opened.select("#customer-code").text()).isEqualTo(survivor.get("code").asString());
    assertThat(opened.select("#customer-name").text()).isEqualTo(merged.get("name").asString());
  }

  @Test
  void theKnownCallerPageShowsTheCardOrOffersToCreateTheCustomer() {
    String phone = mobile();
    JsonNode created = api().post("/api/v1/customers", person(unique("Calling"), phone)).json();
    PageClient pages = admin();

    Document found = pages.get("/lookup?phone=%2B86+" + phone).document();
    assertThat(found.select(".customer-card").text())
        .contains(created.get("name").asString())
        .contains(created.get("code").asString())
        .contains("Prospect");

    String unknown = mobile();
    Document none = pages.get("/lookup?phone=" + unknown).document();
    assertThat(none.select("#lookup-none").text()).contains(unknown);
    assertThat(none.select("#lookup-create").attr("href"))
        .contains("/customers/new?phone=" + unknown);
    Document prefilled = pages.get("/customers/new?phone=" + unknown).document();
    assertThat(prefilled.select("#phone-0").attr("value")).isEqualTo(unknown);
  }

  @Test
  void contactsAreAddedEditedAndRemovedOnTheDetailPage() {
    Map<String, Object> body = person(unique("Contact Org"), mobile());
    body.put("kind", "ORGANIZATION");
    String id = api().post("/api/v1/customers", body).json().get("id").asString();
    PageClient pages = admin();
    pages.get("/customers/" + id);

    PageClient.Page added =
        pages.post(
            "/customers/" + id + "/contacts",
            Map.of("name", "Sun Li", "title", "Principal", "phone", "138 0013 8002"));
    assertThat(added.status()).isEqualTo(302);
    Document detail = pages.get("/customers/" + id).document();
    assertThat(detail.select("#contacts").text())
        .contains("Sun Li")
        .contains("Principal")
        .contains("+8613800138002");

    String editPath = detail.select("#contacts a.edit-contact").attr("href");
    Document edit = pages.get(editPath).document();
    String version = edit.select("#version").attr("value");
    String action = edit.select("#contact-edit-form").attr("action");
    PageClient.Page bad =
        pages.post(action, Map.of("name", "Sun Li", "phone", "nope", "version", version));
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.document().select("#phone-error").text()).contains("not a valid phone number");

    PageClient.Page saved =
        pages.post(
            action,
            Map.of(
                "name",
                "Sun Li",
                "title",
                "Director",
                "phone",
                "+8613800138002",
                "version",
                version));
    assertThat(saved.status()).isEqualTo(302);
    PageClient.Page stale =
        pages.post(action, Map.of("name", "Sun Li", "title", "Old", "version", version));
    assertThat(stale.document().select(".alert-danger").text()).containsIgnoringCase("changed");
    detail = pages.get("/customers/" + id).document();
    assertThat(detail.select("#contacts").text()).contains("Director");

    String removeAction = detail.select("#contacts form").attr("action");
    String contactVersion = detail.select("#contacts form input[name=version]").attr("value");
    assertThat(pages.post(removeAction, Map.of("version", contactVersion)).status()).isEqualTo(302);
    assertThat(pages.get("/customers/" + id).document().select("#contacts").text())
        .doesNotContain("Sun Li");
  }

  @Test
  void customFieldsHaveOneInputEachAndAWrongChoiceIsShownNextToItsField() {
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    fields.create(
        new io.pyra.customer.field.SaveCustomField(
            "course" + suffix,
            "Course " + suffix,
            "课程",
            "CHOICE",
            false,
            java.util.List.of("Maths", "English"),
            80,
            null,
            null));
    fields.create(
        new io.pyra.customer.field.SaveCustomField(
            "days" + suffix,
            "Days " + suffix,
            "日期",
            "MULTI_CHOICE",
            false,
            java.util.List.of("Mon", "Sat", "Sun"),
            81,
            null,
            null));
    PageClient pages = admin();
    Document empty = pages.get("/customers/new").document();
    assertThat(empty.select("select#cf-course" + suffix + " option").eachText())
        .contains("Maths", "English");
    assertThat(empty.select("input[name=multiFields[days" + suffix + "]]")).hasSize(3);
    long before = count();

    Map<String, String> bad = form(unique("Custom"), mobile());
    bad.put("customFields[course" + suffix + "]", "Physics");
    PageClient.Page refused = pages.post("/customers", bad);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select("#cf-course" + suffix + "-error").text())
        .contains("Physics");
    assertThat(count()).isEqualTo(before);

    Map<String, String> good = form(unique("Custom"), mobile());
    good.put("customFields[course" + suffix + "]", "English");
    good.put("multiFields[days" + suffix + "]", "Sat");
    PageClient.Page saved = pages.post("/customers", good);
    assertThat(saved.status()).isEqualTo(302);
    Document detail =
        pages.get(saved.location().replace("http://localhost:" + port, "")).document();
    assertThat(detail.select("#customer-custom-fields").text())
        .contains("Course " + suffix)
        .contains("English")
        .contains("Sat");
  }

  @Test
  void theListPagesForwardAndBackWithTheSharedPager() {
    ApiClient api = api();
    String tag = "pager" + System.nanoTime();
    for (int i = 0; i < 51; i++) {
      assertThat(
              api.post(
                      "/api/v1/customers",
                      Map.of(
                          "kind",
                          "PERSON",
                          "name",
                          String.format("Pager %02d %s", i, tag),
                          "tags",
                          List.of(tag)))
                  .status())
          .isEqualTo(201);
    }
    PageClient pages = admin();

    Document first = pages.get("/customers?tag=" + tag).document();
    assertThat(first.select("#results tbody tr")).hasSize(50);
    assertThat(first.select("#previous-page")).isEmpty();
    String next = first.select("#next-page").attr("href");
    assertThat(next).contains("cursor=");

    Document second = pages.get(next).document();
    assertThat(second.select("#results tbody tr")).hasSize(1);
    assertThat(second.select("#results tbody tr").text()).contains("Pager 50");
    assertThat(second.select("#next-page")).isEmpty();
    Document back = pages.get(second.select("#previous-page").attr("href")).document();
    assertThat(back.select("#results tbody tr")).hasSize(50);
    assertThat(back.select("#results tbody tr").first().text()).contains("Pager 00");
  }

  private PageClient admin() {
    return new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  private ApiClient api() {
    return staff.admin();
  }

  private long count() {
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
