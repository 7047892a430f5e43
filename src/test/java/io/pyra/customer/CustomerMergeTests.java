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
import io.pyra.testing.PyraIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class CustomerMergeTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  CustomerStaff staff;

  @BeforeEach
  void setUp() {
    staff = new CustomerStaff(orgUnits, users, roles, port);
  }

  @Test
  void mergingKeepsTheChosenValuesMovesContactsAndTheMergedCodeResolvesToTheSurvivor() {
    ApiClient admin = staff.admin();
    Map<String, Object> survivorBody = person(unique("Survivor Ltd"), mobile());
    survivorBody.put("kind", "ORGANIZATION");
    survivorBody.put("tags", List.of("old"));
    JsonNode survivor = admin.post("/api/v1/customers", survivorBody).json();
    Map<String, Object> mergedBody = person(unique("Merged Ltd"), mobile());
    mergedBody.put("kind", "ORGANIZATION");
    mergedBody.put("stage", "ACTIVE");
    mergedBody.put("emails", List.of(Map.of("address", "office@merged.example")));
    JsonNode merged = admin.post("/api/v1/customers", mergedBody).json();
    String mergedId = merged.get("id").asString();
    assertThat(
            admin
                .post("/api/v1/customers/" + mergedId + "/contacts", Map.of("name", "Zhao Min"))
                .status())
        .isEqualTo(201);
    long auditBefore = merges(survivor.get("id").asString());

    ApiClient.Response response =
        admin.post(
            "/api/v1/customers/" + survivor.get("id").asString() + "/merge",
            Map.of("mergedId", mergedId, "fields", Map.of("name", "merged", "stage", "merged")));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.get("id").asString()).isEqualTo(survivor.get("id").asString());
    assertThat(result.get("code").asString()).isEqualTo(survivor.get("code").asString());
    assertThat(result.get("name").asString()).isEqualTo(mergedBody.get("name"));
    assertThat(result.get("stage").asString()).isEqualTo("ACTIVE");
    assertThat(result.get("phones").size()).isEqualTo(2);
    assertThat(result.get("emails").get(0).get("address").asString())
        .isEqualTo("office@merged.example");
    assertThat(result.get("contacts").get(0).get("name").asString()).isEqualTo("Zhao Min");

    JsonNode byMergedCode = admin.get("/api/v1/customers/" + merged.get("code").asString()).json();
    assertThat(byMergedCode.get("id").asString()).isEqualTo(survivor.get("id").asString());
    assertThat(admin.get("/api/v1/customers/" + mergedId).json().get("id").asString())
        .isEqualTo(survivor.get("id").asString());
    assertThat(
            jdbc.sql(
                    "select count(*) from customer_customer where id = ? and merged_into_id = ? "
                        + "and deleted_at is not null")
                .param(java.util.UUID.fromString(mergedId))
                .param(java.util.UUID.fromString(survivor.get("id").asString()))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(merges(survivor.get("id").asString())).isEqualTo(auditBefore + 1);
    assertThat(MergeEvents.RECEIVED)
        .anySatisfy(
            event -> {
              assertThat(event.survivorId().toString()).isEqualTo(survivor.get("id").asString());
              assertThat(event.mergedId().toString()).isEqualTo(mergedId);
              assertThat(event.mergedCode()).isEqualTo(merged.get("code").asString());
            });
  }

  @Test
  void mergingNeedsTheMergePermissionOnBothRecordsAndAValidChoice() {
    OrgUnit centre = staff.unit(staff.root());
    UserAccount consultant = staff.user(centre.id(), "COURSE_CONSULTANT");
    ApiClient asConsultant = staff.as(consultant);
    String a =
        asConsultant
            .post("/api/v1/customers", person(unique("A"), mobile()))
            .json()
            .get("id")
            .asString();
    String b =
        asConsultant
            .post("/api/v1/customers", person(unique("B"), mobile()))
            .json()
            .get("id")
            .asString();

    assertThat(
            asConsultant.post("/api/v1/customers/" + a + "/merge", Map.of("mergedId", b)).status())
        .isEqualTo(403);

    ApiClient admin = staff.admin();
    ApiClient.Response badChoice =
        admin.post(
            "/api/v1/customers/" + a + "/merge",
            Map.of("mergedId", b, "fields", Map.of("name", "both")));
    assertThat(badChoice.status()).isEqualTo(422);
    assertThat(admin.post("/api/v1/customers/" + a + "/merge", Map.of("mergedId", a)).status())
        .isEqualTo(422);
    assertThat(admin.get("/api/v1/customers/" + b).json().get("id").asString()).isEqualTo(b);
  }

  private long merges(String id) {
    return jdbc.sql(
            "select count(*) from platform_audit_entry where action = 'MERGE' and record_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }
}
