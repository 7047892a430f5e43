package io.pyra.customer;

import static io.pyra.customer.CustomerStaff.mobile;
import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.SaveCustomField;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
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

@PyraIntegrationTest
class CustomerApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired CustomFieldService fields;
  @Autowired JdbcClient jdbc;

  CustomerStaff staff;

  @BeforeEach
  void setUp() {
    staff = new CustomerStaff(orgUnits, users, roles, port);
  }

  @Test
  void createsACustomerWithLocationAndETagAndNormalizedPhonesAndEmails() {
    String name = unique("Wang Fang");
    String phone = mobile();
    Map<String, Object> body =
        person(
            name, phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7));
    body.put("emails", List.of(Map.of("address", " Wang.Fang@Example.COM ", "label", "work")));
    body.put("sector", "EDUCATION");
    body.put("tags", List.of("vip", "2026"));
    body.put("consents", List.of(Map.of("channel", "SMS", "granted", true, "source", "web form")));

    ApiClient.Response created = staff.admin().post("/api/v1/customers", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/customers/" + id);
    assertThat(created.header("ETag"))
        .isEqualTo("\"" + created.json().get("version").asLong() + "\"");
    JsonNode json = created.json();
    assertThat(json.get("code").asString()).startsWith("C-");
    assertThat(json.get("kind").asString()).isEqualTo("PERSON");
    assertThat(json.get("phones").get(0).get("number").asString()).isEqualTo("+86" + phone);
    assertThat(json.get("emails").get(0).get("address").asString())
        .isEqualTo("wang.fang@example.com");
    assertThat(json.get("sector").asString()).isEqualTo("EDUCATION");
    assertThat(json.get("consents").get(0).get("channel").asString()).isEqualTo("SMS");
    assertThat(json.get("consents").get(0).get("recordedAt").isNull()).isFalse();

    ApiClient.Response read = staff.admin().get("/api/v1/customers/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    assertThat(
            staff
                .admin()
                .get("/api/v1/customers/" + json.get("code").asString())
                .json()
                .get("id")
                .asString())
        .isEqualTo(id);
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyMakesOneCustomer() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = person(unique("Retry"), mobile());
    ApiClient admin = staff.admin();
    long before = customerCount();

    ApiClient.Response first = postWithKey(admin, body, key);
    ApiClient.Response second = postWithKey(admin, body, key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(customerCount()).isEqualTo(before + 1);

    Map<String, Object> other = person(unique("Other"), mobile());
    ApiClient.Response reused = postWithKey(admin, other, key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(errors(reused)).containsKey("Idempotency-Key");
    assertThat(customerCount()).isEqualTo(before + 1);
  }

  @Test
  void patchChangesOnlyTheGivenFieldsAndNeedsTheCurrentVersion() {
    ApiClient admin = staff.admin();
    String phone = mobile();
    Map<String, Object> body = person(unique("Patch"), phone);
    body.put("tags", List.of("keep"));
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    String id = created.json().get("id").asString();

    assertThat(admin.patch("/api/v1/customers/" + id, Map.of("stage", "ACTIVE"), null).status())
        .isEqualTo(428);
    ApiClient.Response changed =
        admin.patch("/api/v1/customers/" + id, Map.of("stage", "ACTIVE"), created.header("ETag"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("stage").asString()).isEqualTo("ACTIVE");
    assertThat(changed.json().get("name").asString()).isEqualTo(body.get("name"));
    assertThat(changed.json().get("phones").get(0).get("number").asString())
        .isEqualTo("+86" + phone);
    assertThat(changed.json().get("tags").get(0).asString()).isEqualTo("keep");
    assertThat(changed.header("ETag")).isNotEqualTo(created.header("ETag"));

    ApiClient.Response stale =
        admin.patch(
            "/api/v1/customers/" + id, Map.of("name", "Lost update"), created.header("ETag"));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(admin.get("/api/v1/customers/" + id).json().get("name").asString())
        .isEqualTo(body.get("name"));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    String suffix = UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    fields.create(
        new SaveCustomField(
            "level" + suffix, "Level", "级别", "CHOICE", false, List.of("A", "B"), 90, null, null));
    fields.create(
        new SaveCustomField(
            "size" + suffix, "Size", "规模", "NUMBER", false, List.of(), 91, null, null));
    ApiClient admin = staff.admin();
    long before = customerCount();

    assertRefused(
        admin, with("phones", List.of(Map.of("number", "12ab-not-a-phone"))), "phones[0]");
    assertRefused(
        admin, with("emails", List.of(Map.of("address", "not-an-address@"))), "emails[0]");
    assertRefused(admin, with("name", "  "), "name");
    assertRefused(admin, with("sector", "NO_SUCH_SECTOR"), "sector");
    assertRefused(admin, with("ownerId", UUID.randomUUID().toString()), "ownerId");
    assertRefused(admin, with("orgUnitId", UUID.randomUUID().toString()), "orgUnitId");
    assertRefused(
        admin, with("customFields", Map.of("level" + suffix, "Z")), "customFields.level" + suffix);
    assertRefused(
        admin, with("customFields", Map.of("size" + suffix, "many")), "customFields.size" + suffix);
    assertThat(customerCount()).isEqualTo(before);

    ApiClient.Response created = admin.post("/api/v1/customers", person(unique("Valid"), mobile()));
    String id = created.json().get("id").asString();
    ApiClient.Response refused =
        admin.patch(
            "/api/v1/customers/" + id,
            Map.of("phones", List.of(Map.of("number", "+86 123"))),
            created.header("ETag"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsKey("phones[0]");
    assertThat(admin.get("/api/v1/customers/" + id).header("ETag"))
        .isEqualTo(created.header("ETag"));
  }

  @Test
  void likelyDuplicatesAreListedAndAReasonSavesAnyway() {
    ApiClient admin = staff.admin();
    String phone = mobile();
    ApiClient.Response first = admin.post("/api/v1/customers", person(unique("Chen Jie"), phone));
    long before = customerCount();

    ApiClient.Response duplicate =
        admin.post("/api/v1/customers", person(unique("Someone else"), "+86 " + phone));

    assertThat(duplicate.status()).isEqualTo(409);
    JsonNode found = duplicate.json().get("duplicates").get(0);
    assertThat(found.get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(found.get("code").asString()).isEqualTo(first.json().get("code").asString());
    assertThat(found.get("reason").asString()).isEqualTo("phone");
    assertThat(customerCount()).isEqualTo(before);

    Map<String, Object> anyway = person(unique("Someone else"), phone);
    anyway.put("duplicateReason", "Shared family phone");
    ApiClient.Response saved = admin.post("/api/v1/customers", anyway);
    assertThat(saved.status()).isEqualTo(201);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform_audit_entry where action = 'SAVED_DESPITE_DUPLICATES' "
                        + "and record_id = ? and changes like '%Shared family phone%'")
                .param(saved.json().get("id").asString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aCourseConsultantSeesOnlyTheirOwnCustomersAndMayNotChangeOthers() {
    OrgUnit centre = staff.unit(staff.root());
    UserAccount consultant = staff.user(centre.id(), "COURSE_CONSULTANT");
    UserAccount colleague = staff.user(centre.id(), "COURSE_CONSULTANT");
    ApiClient admin = staff.admin();
    Map<String, Object> body = person(unique("Colleague's"), mobile());
    body.put("ownerId", colleague.id().toString());
    ApiClient.Response others = admin.post("/api/v1/customers", body);
    String othersId = others.json().get("id").asString();

    ApiClient asConsultant = staff.as(consultant);
    ApiClient.Response own =
        asConsultant.post("/api/v1/customers", person(unique("Own"), mobile()));
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    assertThat(own.json().get("ownerId").asString()).isEqualTo(consultant.id().toString());
    assertThat(asConsultant.get("/api/v1/customers/" + own.json().get("id").asString()).status())
        .isEqualTo(200);

    assertThat(asConsultant.get("/api/v1/customers/" + othersId).status()).isEqualTo(404);
    assertThat(
            asConsultant.get("/api/v1/customers/" + others.json().get("code").asString()).status())
        .isEqualTo(404);
    ApiClient.Response patch =
        asConsultant.patch(
            "/api/v1/customers/" + othersId, Map.of("name", "Taken over"), others.header("ETag"));
    assertThat(patch.status()).isEqualTo(403);
    assertThat(admin.get("/api/v1/customers/" + othersId).json().get("name").asString())
        .isEqualTo(body.get("name"));
  }

  @Test
  void aCentrePrincipalSeesTheCustomersOfTheirSubtreeOnly() {
    OrgUnit centre = staff.unit(staff.root());
    OrgUnit team = staff.unit(centre);
    OrgUnit elsewhere = staff.unit(staff.root());
    UserAccount principal = staff.user(centre.id(), "CENTRE_PRINCIPAL");
    UserAccount inTeam = staff.user(team.id(), "COURSE_CONSULTANT");
    UserAccount outside = staff.user(elsewhere.id(), "COURSE_CONSULTANT");
    String teamCustomer =
        staff
            .as(inTeam)
            .post("/api/v1/customers", person(unique("Team"), mobile()))
            .json()
            .get("id")
            .asString();
    String otherCustomer =
        staff
            .as(outside)
            .post("/api/v1/customers", person(unique("Elsewhere"), mobile()))
            .json()
            .get("id")
            .asString();

    ApiClient asPrincipal = staff.as(principal);
    assertThat(asPrincipal.get("/api/v1/customers/" + teamCustomer).status()).isEqualTo(200);
    assertThat(asPrincipal.get("/api/v1/customers/" + otherCustomer).status()).isEqualTo(404);
  }

  @Test
  void deletingIsSoftNeedsTheVersionAndIsRefusedWhileTheCustomerHasOrders() {
    ApiClient admin = staff.admin();
    ApiClient.Response created =
        admin.post("/api/v1/customers", person(unique("Delete"), mobile()));
    String id = created.json().get("id").asString();
    ApiClient.Response withOrders =
        admin.post("/api/v1/customers", person(unique("Orders"), mobile()));
    CustomerOrdersGuard.WITH_ORDERS.add(UUID.fromString(withOrders.json().get("id").asString()));

    assertThat(admin.delete("/api/v1/customers/" + id, null).status()).isEqualTo(428);
    assertThat(admin.delete("/api/v1/customers/" + id, "\"99\"").status()).isEqualTo(412);
    ApiClient.Response refused =
        admin.delete(
            "/api/v1/customers/" + withOrders.json().get("id").asString(),
            withOrders.header("ETag"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("detail").asString()).contains("orders");
    assertThat(admin.get("/api/v1/customers/" + withOrders.json().get("id").asString()).status())
        .isEqualTo(200);

    assertThat(admin.delete("/api/v1/customers/" + id, created.header("ETag")).status())
        .isEqualTo(204);
    assertThat(admin.get("/api/v1/customers/" + id).status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from customer_customer where id = ? and deleted_at is not null")
                .param(UUID.fromString(id))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform_audit_entry where action = 'DELETE' and record_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aManagerTransfersAllCustomersOfOneOwnerButNotToAnInactiveUser() {
    OrgUnit centre = staff.unit(staff.root());
    UserAccount leaving = staff.user(centre.id(), "COURSE_CONSULTANT");
    UserAccount successor = staff.user(centre.id(), "COURSE_CONSULTANT");
    UserAccount inactive = staff.user(centre.id(), "COURSE_CONSULTANT");
    UserAccount principal = staff.user(centre.id(), "CENTRE_PRINCIPAL");
    ApiClient asLeaving = staff.as(leaving);
    for (int i = 0; i < 3; i++) {
      assertThat(asLeaving.post("/api/v1/customers", person(unique("Transfer"), mobile())).status())
          .isEqualTo(201);
    }
    jdbc.sql("update identity_user set active = false where id = ?").param(inactive.id()).update();

    ApiClient asPrincipal = staff.as(principal);
    ApiClient.Response refused =
        asPrincipal.post(
            "/api/v1/customers/transfers",
            Map.of("fromOwnerId", leaving.id().toString(), "toOwnerId", inactive.id().toString()));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsKey("toOwnerId");
    assertThat(ownedBy(leaving.id())).isEqualTo(3);

    ApiClient.Response moved =
        asPrincipal.post(
            "/api/v1/customers/transfers",
            Map.of("fromOwnerId", leaving.id().toString(), "toOwnerId", successor.id().toString()));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("moved").asInt()).isEqualTo(3);
    assertThat(ownedBy(leaving.id())).isZero();
    assertThat(ownedBy(successor.id())).isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform_audit_entry where action = 'TRANSFER' and record_id = ?")
                .param(leaving.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    assertThat(
            staff
                .as(leaving)
                .post(
                    "/api/v1/customers/transfers",
                    Map.of(
                        "fromOwnerId",
                        successor.id().toString(),
                        "toOwnerId",
                        leaving.id().toString()))
                .status())
        .isEqualTo(403);
  }

  @Test
  void contactsOfAnOrganizationAreAddedChangedAndRemoved() {
    ApiClient admin = staff.admin();
    Map<String, Object> body = person(unique("Acme Training Ltd"), mobile());
    body.put("kind", "ORGANIZATION");
    String id = admin.post("/api/v1/customers", body).json().get("id").asString();

    ApiClient.Response bad =
        admin.post(
            "/api/v1/customers/" + id + "/contacts", Map.of("name", "Li Lei", "phone", "nope"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(errors(bad)).containsKey("phone");

    ApiClient.Response added =
        admin.post(
            "/api/v1/customers/" + id + "/contacts",
            Map.of(
                "name",
                "Li Lei",
                "title",
                "HR manager",
                "phone",
                "138 0013 8001",
                "email",
                "Li.Lei@Acme.CN"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("phone").asString()).isEqualTo("+8613800138001");
    assertThat(added.json().get("email").asString()).isEqualTo("li.lei@acme.cn");
    String contact = "/api/v1/customers/" + id + "/contacts/" + added.json().get("id").asString();

    assertThat(admin.patch(contact, Map.of("title", "Director"), null).status()).isEqualTo(428);
    ApiClient.Response unknown =
        admin.patch(contact, Map.of("rank", "Director"), added.header("ETag"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(errors(unknown)).containsKey("rank");
    ApiClient.Response changed =
        admin.patch(contact, Map.of("title", "Director"), added.header("ETag"));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("title").asString()).isEqualTo("Director");
    assertThat(changed.json().get("phone").asString()).isEqualTo("+8613800138001");
    JsonNode customer = admin.get("/api/v1/customers/" + id).json();
    assertThat(customer.get("contacts").get(0).get("name").asString()).isEqualTo("Li Lei");

    assertThat(admin.delete(contact, added.header("ETag")).status()).isEqualTo(412);
    assertThat(admin.delete(contact, changed.header("ETag")).status()).isEqualTo(204);
    assertThat(admin.get("/api/v1/customers/" + id).json().get("contacts").size()).isZero();
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = new HashMap<>(person(unique("Bad input"), mobile()));
    body.put(field, value);
    return body;
  }

  private void assertRefused(ApiClient client, Map<String, Object> body, String field) {
    ApiClient.Response response = client.post("/api/v1/customers", body);
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(errors(response)).as(response.body()).containsKey(field);
  }

  private ApiClient.Response postWithKey(ApiClient client, Map<String, Object> body, String key) {
    return client.send(
        client
            .builder("/api/v1/customers")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .writeValueAsString(body))));
  }

  private long customerCount() {
    return jdbc.sql("select count(*) from customer_customer").query(Long.class).single();
  }

  private long ownedBy(UUID owner) {
    return jdbc.sql("select count(*) from customer_customer where owner_id = ?")
        .param(owner)
        .query(Long.class)
        .single();
  }

  static Map<String, String> errors(ApiClient.Response response) {
    Map<String, String> errors = new HashMap<>();
    JsonNode list = response.json().get("errors");
    if (list != null) {
      list.forEach(e -> errors.put(e.get("field").asString(), e.get("rule").asString()));
    }
    return errors;
  }
}
