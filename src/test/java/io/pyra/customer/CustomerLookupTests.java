package io.pyra.customer;

import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class CustomerLookupTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  CustomerStaff staff;

  @BeforeEach
  void setUp() {
    staff = new CustomerStaff(orgUnits, users, roles, port);
  }

  @Test
  void aPhoneWrittenInAnyOfItsFormsFindsTheSameCustomer() {
    String mobile = CustomerStaff.mobile();
    String name = unique("Caller");
    ApiClient admin = staff.admin();
    JsonNode created = admin.post("/api/v1/customers", person(name, mobile)).json();

    for (String written :
        List.of(
            mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7),
            "+86 "
                + mobile.substring(0, 3)
                + "-"
                + mobile.substring(3, 7)
                + "-"
                + mobile.substring(7),
            "86" + mobile)) {
      ApiClient.Response response = admin.get("/api/v1/customers/lookup?phone=" + enc(written));
      assertThat(response.status()).as(written + " " + response.body()).isEqualTo(200);
      JsonNode items = response.json().get("items");
      assertThat(items.size()).as(written).isEqualTo(1);
      JsonNode card = items.get(0);
      assertThat(card.get("id").asString()).isEqualTo(created.get("id").asString());
      assertThat(card.get("code").asString()).isEqualTo(created.get("code").asString());
      assertThat(card.get("name").asString()).isEqualTo(name);
      assertThat(card.get("ownerName").asString()).isNotBlank();
      assertThat(card.get("stage").asString()).isEqualTo("PROSPECT");
      assertThat(card.has("tier")).isTrue();
      assertThat(card.get("openCases").size()).isZero();
    }
  }

  @Test
  void aContactsPhoneOrEmailFindsTheirOrganization() {
    ApiClient admin = staff.admin();
    Map<String, Object> body = person(unique("Org"), CustomerStaff.mobile());
    body.put("kind", "ORGANIZATION");
    String id = admin.post("/api/v1/customers", body).json().get("id").asString();
    String contactPhone = CustomerStaff.mobile();
    String email = "buyer." + id.substring(0, 8) + "@org.example";
    admin.post(
        "/api/v1/customers/" + id + "/contacts",
        Map.of("name", "Buyer", "phone", contactPhone, "email", email));
    admin.post(
        "/api/v1/customers/" + id + "/contacts",
        Map.of("name", "Accountant", "phone", CustomerStaff.mobile()));

    JsonNode byPhone = admin.get("/api/v1/customers/lookup?phone=" + contactPhone).json();
    assertThat(byPhone.get("items")).hasSize(1);
    assertThat(byPhone.get("items").get(0).get("id").asString()).isEqualTo(id);
    // every contact of the organization, by name, the one whose phone it was marked
    JsonNode contacts = byPhone.get("items").get(0).get("contacts");
    assertThat(contacts).hasSize(2);
    assertThat(contacts.get(0).get("name").asString()).isEqualTo("Accountant");
    assertThat(contacts.get(0).get("matched").asBoolean()).isFalse();
    assertThat(contacts.get(1).get("name").asString()).isEqualTo("Buyer");
    assertThat(contacts.get(1).get("matched").asBoolean()).isTrue();
    JsonNode byEmail =
        admin.get("/api/v1/customers/lookup?email=" + enc(email.toUpperCase())).json();
    assertThat(byEmail.get("items").get(0).get("id").asString()).isEqualTo(id);
  }

  @Test
  void theLookupShowsOnlyCustomersTheCallerMaySee() {
    OrgUnit centre = staff.unit(staff.root());
    UserAccount consultant = staff.user(centre.id(), "COURSE_CONSULTANT");
    String mobile = CustomerStaff.mobile();
    staff.admin().post("/api/v1/customers", person(unique("Hidden"), mobile));

    JsonNode result = staff.as(consultant).get("/api/v1/customers/lookup?phone=" + mobile).json();
    assertThat(result.get("items").size()).isZero();
    assertThat(staff.as(consultant).get("/api/v1/customers/lookup?phone=not-a-phone").status())
        .isEqualTo(422);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
