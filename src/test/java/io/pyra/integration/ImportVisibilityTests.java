package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.awaitFinished;
import static io.pyra.integration.ImportFixtures.mobile;
import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An import's report (row outcomes, first errors, the errors CSV) never tells the importer about a
 * customer they may not read: a centre principal whose row carries the code, e-mail or phone of
 * another centre's customer learns that such a customer exists in that centre, and nothing of it.
 */
@PyraIntegrationTest
class ImportVisibilityTests {

  private static final String PASSWORD = OrgFixtures.PASSWORD;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  OrgFixtures org;
  OrgUnit centreA;
  OrgUnit centreB;
  ApiClient principalA;
  JsonNode hidden;
  String hiddenPhone;
  String hiddenEmail;
  String hiddenName;

  @BeforeEach
  void setUp() {
    org = new OrgFixtures(orgUnits, users, roles);
    centreA = org.branch();
    centreB = org.branch();
    principalA = as(user(centreA, "CENTRE_PRINCIPAL"));
    hiddenPhone = mobile();
    hiddenEmail = "hidden." + System.nanoTime() + "@b.example";
    hiddenName = "Hidden Holdings " + UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Response created =
        as(user(centreB, "FRONT_DESK"))
            .post(
                "/api/v1/customers",
                Map.of(
                    "kind",
                    "ORGANIZATION",
                    "name",
                    hiddenName,
                    "phones",
                    List.of(Map.of("number", hiddenPhone)),
                    "emails",
                    List.of(Map.of("address", hiddenEmail, "label", "work")),
                    "tags",
                    List.of("secret-tag")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    hidden = created.json();
  }

  @Test
  void rowsMatchingAHiddenCustomerNameItsCentreOnlyAndImportNothing() {
    String csv =
        "Code,Kind,Name,Phone,Email\n"
            + ",PERSON,Walk-in One,"
            + hiddenPhone
            + ",\n"
            + ",PERSON,Walk-in Two,,"
            + hiddenEmail.toUpperCase(Locale.ROOT)
            + "\n"
            + hidden.get("code").asString()
            + ",PERSON,Walk-in Three,,\n";
    long before = customers();

    JsonNode done =
        awaitFinished(
            principalA,
            upload(principalA, "hidden.csv", csv.getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString());

    assertThat(done.get("errors").asInt()).as(done.toString()).isEqualTo(3);
    assertThat(done.get("created").asInt()).isZero();
    assertThat(customers()).isEqualTo(before);
    for (JsonNode error : done.get("firstErrors")) {
      assertThat(error.get("rule").asString()).isEqualTo("hidden-duplicate");
      assertThat(error.toString()).contains(centreB.name());
    }
    String id = done.get("id").asString();
    ApiClient.Response rows = principalA.get("/api/v1/imports/" + id + "/rows");
    ApiClient.Response errors = principalA.get("/api/v1/imports/" + id + "/errors.csv");
    assertThat(errors.status()).isEqualTo(200);
    assertThat(errors.body().lines().skip(1).toList())
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("hidden-duplicate").contains(centreB.name()));
    // the rejected rows come back as the importer typed them, the reason naming only the centre
    ApiClient.Response rejected = principalA.get("/api/v1/imports/" + id + "/rejected.csv");
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.body().lines().skip(1).toList())
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("Walk-in").contains(centreB.name()));
    for (String report : List.of(done.toString(), rows.body(), errors.body(), rejected.body())) {
      assertThat(report)
          .doesNotContain(hidden.get("id").asString())
          .doesNotContain(hiddenName)
          .doesNotContain(hiddenEmail)
          .doesNotContain("secret-tag");
    }
    // the hidden customer is an organization, the rows say PERSON: a "kind cannot change" error
    // would tell
    assertThat(errors.body()).doesNotContain("kind");
    assertThat(done.get("firstErrors").toString()).doesNotContain("kind");
  }

  @Test
  void aContactRowNamingAHiddenCustomerIsAsUnknownAsANonExistentOne() {
    String csv =
        "Customer,Name\n"
            + hiddenName
            + ",Wang Fang\n"
            + "No such company "
            + System.nanoTime()
            + ",Li Na\n";
    String mapping = "{\"Customer\":\"customer\",\"Name\":\"contactName\"}";

    JsonNode done =
        awaitFinished(
            principalA,
            upload(
                    principalA,
                    "contacts.csv",
                    csv.getBytes(StandardCharsets.UTF_8),
                    "entity",
                    "contacts",
                    "mapping",
                    mapping)
                .json()
                .get("id")
                .asString());

    assertThat(done.get("errors").asInt()).as(done.toString()).isEqualTo(2);
    JsonNode errors = done.get("firstErrors");
    assertThat(errors.get(0).get("rule").asString())
        .isEqualTo(errors.get(1).get("rule").asString())
        .isEqualTo("exists");
    assertThat(
            jdbc.sql("select count(*) from customer_contact where customer_id = ?")
                .param(UUID.fromString(hidden.get("id").asString()))
                .query(Integer.class)
                .single())
        .isZero();
  }

  private UserAccount user(OrgUnit unit, String role) {
    return org.member(unit).roles(role).usernameStartingWith("v").create();
  }

  private ApiClient as(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), PASSWORD);
  }

  private long customers() {
    return jdbc.sql("select count(*) from customer_customer").query(Long.class).single();
  }
}
