package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No foreign key runs between modules: what the keys used to refuse, deleting a row another module
 * still names, the owning module refuses itself by asking the others (the deletion guards).
 */
@PyraIntegrationTest
class CrossModuleLinkTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  InteractionStaff staff;
  ApiClient admin;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    admin = staff.admin();
  }

  @Test
  void keepsAContactThatAContactRecordNames() {
    OrgUnit branch = staff.branch();
    UserAccount agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    String customerId = staff.customer(agent, null).get("id").asString();
    String contactId = staff.contact(customerId, "Zhao Lei");
    Map<String, Object> body = record(customerId, "COURSE_INQUIRY", null);
    body.put("contactId", contactId);
    assertThat(staff.as(agent).post("/api/v1/interactions", body).status()).isEqualTo(201);
    String contact = "/api/v1/customers/" + customerId + "/contacts/" + contactId;

    ApiClient.Response refused = admin.delete(contact, "\"0\"");

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("has-records");
    assertThat(refused.json().get("detail").asString()).contains("Zhao Lei", "1 contact record");
    assertThat(admin.get("/api/v1/customers/" + customerId + "/contacts").body())
        .contains(contactId);

    String unused = staff.contact(customerId, "Qian Yu");
    String other = "/api/v1/customers/" + customerId + "/contacts/" + unused;
    assertThat(admin.delete(other, "\"0\"").status()).isEqualTo(204);
  }

  @Test
  void keepsARoleThatAFollowUpPolicyIsSetFor() {
    Role role = staff.role("Policed", Map.of("interaction.create", Scope.ORG_UNIT));
    assertThat(
            admin
                .post(
                    "/api/v1/follow-up-policies",
                    Map.of("role", role.code(), "maxReturnVisits", 1, "periodDays", 7))
                .status())
        .isEqualTo(201);

    BusinessRuleException refused =
        catchThrowableOfType(
            BusinessRuleException.class, () -> roles.delete(role.id(), role.version()));

    assertThat(refused.violations()).extracting(RuleViolation::rule).containsExactly("has-policy");
    assertThat(roles.get(role.id())).isNotNull();
  }

  @Test
  void keepsAnOrgUnitThatCustomersContactRecordsOrJobsAreFiledUnder() {
    OrgUnit branch = staff.branch();
    UserAccount agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    String customerId = staff.customer(agent, null).get("id").asString();
    assertThat(
            staff
                .as(agent)
                .post("/api/v1/interactions", record(customerId, "COURSE_INQUIRY", null))
                .status())
        .isEqualTo(201);
    // the agent moves on and takes their customer along: the unit keeps only the record
    OrgUnit elsewhere = staff.branch();
    jdbc.sql("update identity_user set org_unit_id = ? where id = ?")
        .params(elsewhere.id(), agent.id())
        .update();
    OrgUnit current = orgUnits.get(branch.id());

    BusinessRuleException refused =
        catchThrowableOfType(
            BusinessRuleException.class, () -> orgUnits.delete(branch.id(), current.version()));

    assertThat(refused.violations())
        .extracting(RuleViolation::rule)
        .containsExactlyInAnyOrder("has-customers", "has-records");

    UUID emptyUnit = staff.branch().id();
    orgUnits.delete(emptyUnit, null);
    assertThat(orgUnits.tree()).extracting(OrgUnit::id).doesNotContain(emptyUnit);
  }
}
