package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The known-caller card, over the API and on the page: the customer's latest contact records, and
 * none of the values that later modules will fill (tier, grade, revenue, open cases) shown as if
 * known.
 */
@PyraIntegrationTest
class KnownCallerCardTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  InteractionStaff staff;
  OrgUnit branch;
  UserAccount agent;
  String phone;
  String customerId;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    branch = staff.branch();
    agent = staff.user(branch.id(), "CALL_CENTRE_AGENT");
    phone = InteractionStaff.mobile();
    customerId = staff.customer(agent, phone).get("id").asString();
  }

  @Test
  void theApiCardListsTheLatestFiveContactRecordsNewestFirst() {
    ApiClient api = staff.as(agent);
    Instant start = Instant.now().minus(10, ChronoUnit.DAYS);
    List<String> subjects = new ArrayList<>();
    for (int day = 0; day < 6; day++) {
      Map<String, Object> body =
          record(customerId, "PRICE_INQUIRY", start.plus(day, ChronoUnit.DAYS));
      assertThat(api.post("/api/v1/interactions", body).status()).isEqualTo(201);
      subjects.add((String) body.get("subject"));
    }
    // a colleague of the same branch looks the caller up
    ApiClient colleague = staff.as(staff.user(branch.id(), "CALL_CENTRE_AGENT"));

    JsonNode card =
        colleague.get("/api/v1/customers/lookup?phone=" + phone).json().get("items").get(0);

    JsonNode last = card.get("lastContacts");
    assertThat(last.size()).isEqualTo(5);
    List<String> shown = last.valueStream().map(r -> r.get("subject").asString()).toList();
    assertThat(shown)
        .containsExactly(
            subjects.get(5), subjects.get(4), subjects.get(3), subjects.get(2), subjects.get(1));
    JsonNode newest = last.get(0);
    assertThat(newest.get("type").asString()).isEqualTo("PRICE_INQUIRY");
    assertThat(newest.get("typeName").asString()).isNotBlank();
    assertThat(newest.get("channel").asString()).isEqualTo("PHONE");
    assertThat(newest.get("authorName").asString()).isEqualTo(agent.displayName());
    assertThat(Instant.parse(newest.get("occurredAt").asString()))
        .isAfter(start.plus(4, ChronoUnit.DAYS));
  }

  @Test
  void aCallerWithoutContactRecordsHasAnEmptyListAndNoMadeUpValues() {
    JsonNode card =
        staff.as(agent).get("/api/v1/customers/lookup?phone=" + phone).json().get("items").get(0);

    assertThat(card.get("lastContacts").isArray()).isTrue();
    assertThat(card.get("lastContacts").size()).isZero();
    for (String unknown : List.of("tier", "grade", "lifetimeRevenue", "openCases")) {
      assertThat(card.get(unknown) == null || card.get(unknown).isNull())
          .as(unknown + " in " + card)
          .isTrue();
    }
  }

  @Test
  void theOpenApiSchemaSaysWhichCardValuesAreNotKnownYet() {
    JsonNode card =
        new ApiClient(port)
            .get("/v3/api-docs")
            .json()
            .get("components")
            .get("schemas")
            .get("CustomerCard")
            .get("properties");

    for (String unknown : List.of("lifetimeRevenue", "openCases")) {
      assertThat(card.get(unknown).get("description").asString())
          .as(unknown)
          .contains("always null until");
    }
    for (String value : List.of("tier", "grade")) {
      assertThat(card.get(value).get("description").asString())
          .as(value)
          .contains("null when it has none")
          .contains("value.read");
    }
    assertThat(card.get("lastContacts").get("description").asString())
        .contains("latest contact records");
  }

  @Test
  void thePageCardShowsADashForRevenueAndOpenCasesAndNoTierOrGradeWithoutValueRead() {
    Document page = staff.pages(agent).get("/lookup?phone=" + phone).document();

    // "—", never a 0 or an empty value that would read as counted
    assertThat(page.select("#lookup-cards .customer-card").text()).contains("Stage");
    for (String value : List.of(".card-revenue", ".card-open-cases")) {
      assertThat(page.select("#lookup-cards " + value).text()).as(value).isEqualTo("—");
    }
    // the agent may not see customer value: no tier and no grade at all, not even a dash
    assertThat(page.select("#lookup-cards .card-tier")).isEmpty();
    assertThat(page.select("#lookup-cards .card-grade")).isEmpty();
    assertThat(page.select("#lookup-cards .customer-card").text())
        .doesNotContain("Open cases 0")
        .doesNotContain("Tier")
        .doesNotContain("Grade")
        .contains("Lifetime revenue —")
        .contains("Open cases —");
  }
}
