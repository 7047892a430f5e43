package io.pyra.customer;

import static io.pyra.customer.CustomerStaff.mobile;
import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
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

/**
 * The duplicate warning of a customer save never tells a user about a customer they may not read: a
 * front-desk clerk of branch A who types the phone, e-mail or name of a branch-B customer learns
 * that a likely duplicate exists in branch B (so they can ask there), but not its id, code, name or
 * contact data; and may still save with a reason.
 */
@PyraIntegrationTest
class DuplicateVisibilityTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CustomerStaff staff;
  OrgUnit branchA;
  OrgUnit branchB;
  UserAccount clerkA;
  JsonNode hidden;
  String hiddenPhone;
  String hiddenEmail;
  String hiddenName;
  // a city of this test's own: a name duplicate needs the same city, so earlier tests' similar
  // names
  // (random suffixes one in a few dozen times within five edits) cannot warn this test's setup
  String hiddenCity;

  @BeforeEach
  void setUp() {
    staff = new CustomerStaff(orgUnits, users, roles, port);
    branchA = staff.unit(staff.root());
    branchB = staff.unit(staff.root());
    clerkA = staff.user(branchA.id(), "FRONT_DESK");
    UserAccount clerkB = staff.user(branchB.id(), "FRONT_DESK");
    hiddenPhone = mobile();
    hiddenEmail = "secret." + System.nanoTime() + "@b.example";
    hiddenName = unique("Quintessa Branchbee");
    Map<String, Object> body = person(hiddenName, hiddenPhone);
    body.put("emails", List.of(Map.of("address", hiddenEmail)));
    hiddenCity = unique("Suzhou");
    body.put("address", Map.of("city", hiddenCity, "street", "7 Hidden Lane"));
    ApiClient.Response created = staff.as(clerkB).post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    hidden = created.json();
  }

  @Test
  void theApiWarnsOfAHiddenDuplicateByBranchOnlyAndSavesWithAReason() {
    ApiClient api = staff.as(clerkA);
    for (Map<String, Object> body :
        List.of(
            person(unique("Walk-in"), hiddenPhone),
            withEmail(unique("Walk-in")),
            similarNameInTheSameCity())) {
      long before = customers();
      ApiClient.Response warned = api.post("/api/v1/customers", body);

      assertThat(warned.status()).as(warned.body()).isEqualTo(409);
      List<String> units = new java.util.ArrayList<>();
      for (JsonNode duplicate : warned.json().get("duplicates")) {
        assertThat(duplicate.get("visible").asBoolean()).isFalse();
        assertThat(duplicate.has("id") || duplicate.has("code") || duplicate.has("name")).isFalse();
        units.add(duplicate.get("orgUnit").asString());
      }
      assertThat(units).contains(branchB.name());
      assertRevealsNothingOfTheHiddenCustomer(warned.body());
      assertThat(customers()).isEqualTo(before);

      body.put("duplicateReason", "Asked branch B: a different person");
      ApiClient.Response saved = api.post("/api/v1/customers", body);
      assertThat(saved.status()).as(saved.body()).isEqualTo(201);
      assertThat(customers()).isEqualTo(before + 1);
    }
  }

  @Test
  void aVisibleDuplicateKeepsItsFullDetail() {
    ApiClient api = staff.as(clerkA);
    String phone = mobile();
    JsonNode own = api.post("/api/v1/customers", person(unique("Own"), phone)).json();

    ApiClient.Response warned = api.post("/api/v1/customers", person(unique("Again"), phone));

    assertThat(warned.status()).isEqualTo(409);
    JsonNode duplicate = warned.json().get("duplicates").get(0);
    assertThat(duplicate.get("visible").asBoolean()).isTrue();
    assertThat(duplicate.get("id").asString()).isEqualTo(own.get("id").asString());
    assertThat(duplicate.get("code").asString()).isEqualTo(own.get("code").asString());
    assertThat(duplicate.get("name").asString()).isEqualTo(own.get("name").asString());
    assertThat(duplicate.get("orgUnit").asString()).isEqualTo(branchA.name());
  }

  @Test
  void thePageWarnsOfAHiddenDuplicateByBranchOnlyAndSavesWithAReason() {
    PageClient pages = new PageClient(port).signIn(clerkA.username(), CustomerStaff.PASSWORD);
    pages.get("/customers/new");
    long before = customers();

    PageClient.Page warned = pages.post("/customers", form(unique("Walk-in"), hiddenPhone));

    assertThat(warned.status()).isEqualTo(200);
    Document page = warned.document();
    assertThat(page.select("#duplicates .hidden-duplicate").text())
        .contains(branchB.name())
        .contains("same phone");
    assertThat(page.select("#duplicates a")).isEmpty();
    assertThat(page.select("#duplicates button.merge-into")).isEmpty();
    assertRevealsNothingOfTheHiddenCustomer(page.select("#duplicates").outerHtml());
    assertRevealsNothingOfTheHiddenCustomer(warned.body());
    assertThat(customers()).isEqualTo(before);

    Map<String, String> anyway = form(unique("Walk-in"), hiddenPhone);
    anyway.put("saveAnyway", "true");
    anyway.put("duplicateReason", "Asked branch B: a different person");
    PageClient.Page saved = pages.post("/customers", anyway);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(customers()).isEqualTo(before + 1);
  }

  @Test
  void mergingIntoAHiddenCustomerFromTheFormIsNotFoundAndSavesNothing() {
    PageClient pages = new PageClient(port).signIn(clerkA.username(), CustomerStaff.PASSWORD);
    pages.get("/customers/new");
    long before = customers();
    Map<String, String> form = form(unique("Walk-in"), hiddenPhone);
    form.put("mergeInto", hidden.get("id").asString());

    PageClient.Page refused = pages.post("/customers", form);

    assertThat(refused.status()).isEqualTo(404);
    assertRevealsNothingOfTheHiddenCustomer(refused.body());
    assertThat(customers()).isEqualTo(before);
  }

  private void assertRevealsNothingOfTheHiddenCustomer(String text) {
    assertThat(text)
        .doesNotContain(hidden.get("id").asString())
        .doesNotContain(hidden.get("code").asString())
        .doesNotContain(hiddenName)
        .doesNotContain(hiddenEmail)
        .doesNotContain("7 Hidden Lane");
  }

  private Map<String, Object> withEmail(String name) {
    Map<String, Object> body = person(name, null);
    body.put("emails", List.of(Map.of("address", hiddenEmail.toUpperCase())));
    return body;
  }

  private Map<String, Object> similarNameInTheSameCity() {
    Map<String, Object> body = person(hiddenName.replace("Quintessa", "Quintesa"), null);
    body.put("address", Map.of("city", hiddenCity.toLowerCase(java.util.Locale.ROOT)));
    return body;
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
