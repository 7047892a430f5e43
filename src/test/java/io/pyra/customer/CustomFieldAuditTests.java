package io.pyra.customer;

import static io.pyra.customer.CustomerStaff.mobile;
import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.SaveCustomField;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A custom-field number that keeps its value is no change in the audit log, however it is written.
 */
@PyraIntegrationTest
class CustomFieldAuditTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired CustomFieldService fields;

  CustomerStaff staff;
  ApiClient admin;
  String budget;

  @BeforeEach
  void setUp() {
    staff = new CustomerStaff(orgUnits, users, roles, port);
    admin = staff.admin();
    budget =
        "budget"
            + UUID.randomUUID()
                .toString()
                .substring(0, 6)
                .replace("-", "")
                .toLowerCase(Locale.ROOT);
    fields.create(
        new SaveCustomField(budget, "Budget", "预算", "NUMBER", false, List.of(), 92, null, null));
  }

  @Test
  void anUnchangedNumberIsNotLoggedAsAChange() {
    Map<String, Object> body = person(unique("Budget holder"), mobile());
    body.put("customFields", Map.of(budget, 120000));
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();

    ApiClient.Response staged =
        admin.patch("/api/v1/customers/" + id, Map.of("stage", "ACTIVE"), created.header("ETag"));
    assertThat(staged.status()).as(staged.body()).isEqualTo(200);
    ApiClient.Response rewritten =
        admin.patch(
            "/api/v1/customers/" + id,
            Map.of("customFields", Map.of(budget, "120000.00")),
            staged.header("ETag"));
    assertThat(rewritten.status()).as(rewritten.body()).isEqualTo(200);

    List<String> changed = updates(id).stream().flatMap(e -> fieldsOf(e).stream()).toList();
    assertThat(changed)
        .as("the stage changed, not the number")
        .contains("stage")
        .doesNotContain("fieldValues");
  }

  @Test
  void aChangedNumberIsLoggedOnce() {
    Map<String, Object> body = person(unique("Budget holder"), mobile());
    body.put("customFields", Map.of(budget, 120000));
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    String id = created.json().get("id").asString();

    ApiClient.Response changed =
        admin.patch(
            "/api/v1/customers/" + id,
            Map.of("customFields", Map.of(budget, 130000)),
            created.header("ETag"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    List<JsonNode> values =
        updates(id).stream()
            .flatMap(e -> e.get("changes").valueStream())
            .filter(c -> "fieldValues".equals(c.get("field").asString()))
            .toList();
    assertThat(values).hasSize(1);
    assertThat(values.getFirst().get("before").asString()).contains("120000");
    assertThat(values.getFirst().get("after").asString()).contains("130000");
  }

  private List<JsonNode> updates(String customerId) {
    ApiClient.Response response =
        admin.get("/api/v1/audit?recordType=customer_customer&recordId=" + customerId);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response
        .json()
        .get("items")
        .valueStream()
        .filter(e -> "UPDATE".equals(e.get("action").asString()))
        .toList();
  }

  private static List<String> fieldsOf(JsonNode entry) {
    return entry.get("changes").valueStream().map(c -> c.get("field").asString()).toList();
  }
}
