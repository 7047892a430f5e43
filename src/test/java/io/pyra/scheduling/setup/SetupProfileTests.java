package io.pyra.scheduling.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Configuration profiles (issue 17): a technician adds one (a code taken is a 422 naming the code,
 * a long text a 422 naming its field), changes it with If-Match (stale: 412), takes it out of use;
 * the pages list and edit them; a teacher may not.
 */
@PyraIntegrationTest
class SetupProfileTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  SetupFixtures fixtures;
  UserAccount technician;
  UserAccount teacher;

  @BeforeEach
  void setUp() {
    fixtures = new SetupFixtures(orgUnits, users, roles, jdbc, events, transactions, port);
    OrgUnit centre = fixtures.org.branch();
    technician = fixtures.user(centre, "TECHNICIAN");
    teacher = fixtures.user(centre, "TEACHER");
  }

  @Test
  void aTechnicianKeepsProfilesOverTheApi() {
    ApiClient api = fixtures.api(technician);
    String code = SetupFixtures.code("WIN11");
    ApiClient.Response created = api.post("/api/v1/setup-profiles", SetupFixtures.profile(code));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.json().get("software").asString())
        .isEqualTo("Microsoft Office 2021\nAdobe Reader 2024\nChrome 130");
    assertThat(created.header("ETag")).isEqualTo("\"0\"");

    // the code is taken, whatever its case
    ApiClient.Response duplicate =
        api.post("/api/v1/setup-profiles", SetupFixtures.profile(code.toLowerCase()));
    assertThat(duplicate.status()).isEqualTo(422);
    assertThat(duplicate.refusedFields()).containsEntry("code", "unique");
    assertThat(duplicate.body()).contains(code);

    Map<String, Object> tooLong = SetupFixtures.profile(SetupFixtures.code("LONG"));
    tooLong.put("securityPolicy", "p".repeat(2001));
    ApiClient.Response refused = api.post("/api/v1/setup-profiles", tooLong);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.refusedFields()).containsKey("securityPolicy");
    Map<String, Object> unnamed = SetupFixtures.profile(SetupFixtures.code("NONAME"));
    unnamed.put("name", " ");
    unnamed.put("software", "x\n".repeat(101));
    ApiClient.Response incomplete = api.post("/api/v1/setup-profiles", unnamed);
    assertThat(incomplete.refusedFields())
        .containsEntry("name", "required")
        .containsEntry("software", "lines");

    Map<String, Object> change = SetupFixtures.profile(code);
    change.put("operatingSystem", "Windows 11 Pro 24H2");
    ApiClient.Response changed = api.put("/api/v1/setup-profiles/" + id, change, "\"0\"");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("operatingSystem").asString()).isEqualTo("Windows 11 Pro 24H2");
    ApiClient.Response stale = api.put("/api/v1/setup-profiles/" + id, change, "\"0\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(api.put("/api/v1/setup-profiles/" + id, change).status()).isEqualTo(428);

    ApiClient.Response off =
        SetupRequestTests.postIfMatch(
            api, "/api/v1/setup-profiles/" + id + "/deactivation", Map.of(), "\"1\"");
    assertThat(off.status()).isEqualTo(200);
    assertThat(off.json().get("active").asBoolean()).isFalse();
    assertThat(api.get("/api/v1/setup-profiles").body()).doesNotContain(code);
    assertThat(api.get("/api/v1/setup-profiles?inactive=true").body()).contains(code);

    assertThat(fixtures.api(teacher).get("/api/v1/setup-profiles").status()).isEqualTo(403);
  }

  @Test
  void theProfilePagesListAddAndEditThem() {
    PageClient pages = fixtures.pages(technician);
    assertThat(pages.get("/setup-profiles/new").status()).isEqualTo(200);
    String code = SetupFixtures.code("LINUX");
    PageClient.Page saved =
        pages.post(
            "/setup-profiles",
            Map.of(
                "code", code,
                "name", "Python course",
                "operatingSystem", "Ubuntu 24.04",
                "software", "Python 3.12\nVS Code 1.95",
                "securityPolicy", "Firewall on"));
    assertThat(saved.status()).isEqualTo(302);
    PageClient.Page list = pages.get("/setup-profiles");
    assertThat(list.document().select("#profile-" + code + " td").eachText())
        .startsWith(code, "Python course", "Ubuntu 24.04");

    PageClient.Page duplicate =
        pages.post(
            "/setup-profiles",
            Map.of("code", code, "name", "Again", "operatingSystem", "Ubuntu 24.04"));
    assertThat(duplicate.status()).isEqualTo(422);
    assertThat(duplicate.document().select("#code-error").text())
        .isEqualTo("The code " + code + " is taken by another profile.");

    String id =
        jdbc.sql("select id from scheduling_setup_profile where code = :c")
            .param("c", code)
            .query(java.util.UUID.class)
            .single()
            .toString();
    PageClient.Page stale =
        pages.post(
            "/setup-profiles/" + id,
            Map.of("version", "7", "name", "Python course", "operatingSystem", "Ubuntu 24.10"));
    assertThat(stale.status()).isEqualTo(409);
    PageClient.Page edited =
        pages.post(
            "/setup-profiles/" + id,
            Map.of("version", "0", "name", "Python course", "operatingSystem", "Ubuntu 24.10"));
    assertThat(edited.status()).isEqualTo(302);
    assertThat(pages.get("/setup-profiles").document().select("#profile-" + code).text())
        .contains("Ubuntu 24.10");
    assertThat(fixtures.pages(teacher).get("/setup-profiles").status()).isEqualTo(403);
  }
}
