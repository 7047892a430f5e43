package io.pyra.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.SaveCustomField;
import io.pyra.customer.sector.SectorService;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class CustomerListApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired CustomFieldService fields;
  @Autowired SectorService sectors;
  @Autowired JdbcClient jdbc;
  FindFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new FindFixtures(orgUnits, users, roles, jdbc);
  }

  @Test
  void filtersByStageTagSectorWithSubSectorsAndCustomFields() {
    String family = FindFixtures.unique("Filter");
    UUID admin = fixtures.admin();
    UUID unit = fixtures.root().id();
    UUID budget =
        fields
            .create(
                new SaveCustomField(
                    FindFixtures.unique("budget").toLowerCase(),
                    "Budget",
                    "预算",
                    "NUMBER",
                    false,
                    List.of(),
                    0,
                    null,
                    null))
            .id();
    String budgetCode = fields.get(budget).code();
    UUID level =
        fields
            .create(
                new SaveCustomField(
                    FindFixtures.unique("level").toLowerCase(),
                    "Level",
                    "级别",
                    "CHOICE",
                    false,
                    List.of("Gold", "Silver"),
                    1,
                    null,
                    null))
            .id();
    String levelCode = fields.get(level).code();
    var topSector =
        sectors.tree().stream().filter(s -> s.parentId() == null).findFirst().orElseThrow();
    var subSector =
        sectors.tree().stream()
            .filter(s -> topSector.id().equals(s.parentId()))
            .findFirst()
            .orElseThrow();

    var rich =
        fixtures.customer(
            family + " Rich",
            admin,
            unit,
            LifecycleStage.ACTIVE,
            subSector.id(),
            List.of(),
            List.of(),
            List.of("vip", "school"),
            Map.of(budget, new BigDecimal("50000"), level, "Gold"));
    var poor =
        fixtures.customer(
            family + " Poor",
            admin,
            unit,
            LifecycleStage.ACTIVE,
            null,
            List.of(),
            List.of(),
            List.of("vip"),
            Map.of(budget, new BigDecimal("800"), level, "Silver"));
    var lost =
        fixtures.customer(
            family + " Lost",
            admin,
            unit,
            LifecycleStage.LOST,
            topSector.id(),
            List.of(),
            List.of(),
            List.of("vip", "school"),
            Map.of());

    assertThat(codes(admin(), "q=" + family))
        .containsExactlyInAnyOrder(rich.code(), poor.code(), lost.code());
    assertThat(codes(admin(), "q=" + family + "&stage=active"))
        .containsExactlyInAnyOrder(rich.code(), poor.code());
    assertThat(codes(admin(), "q=" + family + "&tag=vip&tag=school"))
        .containsExactlyInAnyOrder(rich.code(), lost.code());
    assertThat(codes(admin(), "q=" + family + "&sector=" + topSector.code()))
        .containsExactlyInAnyOrder(rich.code(), lost.code());
    assertThat(codes(admin(), "q=" + family + "&sector=" + subSector.code()))
        .containsExactly(rich.code());
    assertThat(codes(admin(), "q=" + family + "&cf." + budgetCode + ".min=1000"))
        .containsExactly(rich.code());
    assertThat(codes(admin(), "q=" + family + "&cf." + budgetCode + ".max=1000"))
        .containsExactly(poor.code());
    assertThat(codes(admin(), "q=" + family + "&cf." + levelCode + "=silver"))
        .containsExactly(poor.code());

    JsonNode item =
        admin()
            .get("/api/v1/customers?q=" + family + "&cf." + levelCode + "=Gold")
            .json()
            .get("items")
            .get(0);
    assertThat(item.get("customFields").get(budgetCode).asString()).isEqualTo("50000");
    assertThat(item.get("sector").asString()).isEqualTo(subSector.code());
    assertThat(item.get("tags").toString()).contains("school", "vip");
  }

  @Test
  void refusesUnknownFiltersWithTheFieldNamed() {
    ApiClient.Response response = admin().get("/api/v1/customers?cf.nosuchfield=1");
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.body()).contains("cf.nosuchfield");
    assertThat(admin().get("/api/v1/customers?stage=sleeping").status()).isEqualTo(422);
    assertThat(admin().get("/api/v1/customers?sort=colour").status()).isEqualTo(422);
    assertThat(admin().get("/api/v1/customers?cursor=garbage").status()).isEqualTo(422);
  }

  @Test
  void pagesThroughEveryCustomerOnceInAStableOrder() {
    String family = FindFixtures.unique("Page");
    UUID admin = fixtures.admin();
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 23; i++) {
      // some names equal, so that the id breaks the tie
      created.add(fixtures.customer(family + " " + (i % 5), admin, fixtures.root().id()).code());
    }
    for (String sort : List.of("name", "-name", "code", "created", "-updated")) {
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        JsonNode page =
            admin()
                .get(
                    "/api/v1/customers?limit=5&sort="
                        + sort
                        + "&q="
                        + family
                        + (cursor == null ? "" : "&cursor=" + cursor))
                .json();
        page.get("items").forEach(i -> seen.add(i.get("code").asString()));
        cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        pages++;
      } while (cursor != null && pages < 20);
      assertThat(seen).as(sort).hasSize(23).doesNotHaveDuplicates();
      assertThat(new HashSet<>(seen)).as(sort).isEqualTo(created);
    }
  }

  @Test
  void neverListsDeletedOrMergedCustomers() {
    String family = FindFixtures.unique("Gone");
    UUID admin = fixtures.admin();
    var kept = fixtures.customer(family + " Kept", admin, fixtures.root().id());
    var deleted = fixtures.customer(family + " Deleted", admin, fixtures.root().id());
    var merged = fixtures.customer(family + " Merged", admin, fixtures.root().id());
    jdbc.sql("update customer_customer set deleted_at = current_timestamp where id = ?")
        .param(deleted.id())
        .update();
    jdbc.sql(
            "update customer_customer set deleted_at = current_timestamp, merged_into_id = ? where id = ?")
        .params(kept.id(), merged.id())
        .update();

    assertThat(codes(admin(), "q=" + family)).containsExactly(kept.code());
  }

  @Test
  void anOwnScopedConsultantSeesOnlyTheirCustomersAndASubtreePrincipalOnlyTheirSubtree() {
    String family = FindFixtures.unique("Scope");
    OrgUnit centre = fixtures.unit(fixtures.root().id());
    OrgUnit team = fixtures.unit(centre.id());
    OrgUnit elsewhere = fixtures.unit(fixtures.root().id());
    var consultant = fixtures.user(team.id(), "COURSE_CONSULTANT");
    var colleague = fixtures.user(team.id(), "COURSE_CONSULTANT");
    var principal = fixtures.user(centre.id(), "CENTRE_PRINCIPAL");
    var outsider = fixtures.user(elsewhere.id(), "COURSE_CONSULTANT");

    var mine = fixtures.customer(family + " Mine", consultant.id(), team.id());
    var colleagues = fixtures.customer(family + " Colleague", colleague.id(), team.id());
    var centres = fixtures.customer(family + " Centre", principal.id(), centre.id());
    var other = fixtures.customer(family + " Other", outsider.id(), elsewhere.id());

    ApiClient asConsultant =
        new ApiClient(port).signIn(consultant.username(), FindFixtures.PASSWORD);
    assertThat(codes(asConsultant, "q=" + family)).containsExactly(mine.code());
    assertThat(codes(asConsultant, "q=" + colleagues.code())).isEmpty();

    ApiClient asPrincipal = new ApiClient(port).signIn(principal.username(), FindFixtures.PASSWORD);
    assertThat(codes(asPrincipal, "q=" + family))
        .containsExactlyInAnyOrder(mine.code(), colleagues.code(), centres.code());
    assertThat(codes(asPrincipal, "q=" + family + "&orgUnitId=" + team.id()))
        .containsExactlyInAnyOrder(mine.code(), colleagues.code());
    assertThat(codes(asPrincipal, "q=" + other.code())).isEmpty();
    String export = asPrincipal.get("/api/v1/customers/export?format=csv&q=" + family).body();
    assertThat(export)
        .contains(mine.code(), colleagues.code(), centres.code())
        .doesNotContain(other.code());

    assertThat(codes(admin(), "q=" + family + "&orgUnitId=" + centre.id()))
        .containsExactlyInAnyOrder(mine.code(), colleagues.code(), centres.code());
    assertThat(codes(admin(), "q=" + family + "&ownerId=" + outsider.id()))
        .containsExactly(other.code());
    // the consultant may not export at all
    assertThat(asConsultant.get("/api/v1/customers/export?format=csv").status()).isEqualTo(403);
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  static List<String> codes(ApiClient client, String query) {
    ApiClient.Response response = client.get("/api/v1/customers?limit=200&" + encodeSpaces(query));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    response.json().get("items").forEach(i -> codes.add(i.get("code").asString()));
    return codes;
  }

  static String encodeSpaces(String query) {
    StringBuilder out = new StringBuilder();
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      out.append(out.isEmpty() ? "" : "&")
          .append(part, 0, eq + 1)
          .append(URLEncoder.encode(part.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out.toString();
  }
}
