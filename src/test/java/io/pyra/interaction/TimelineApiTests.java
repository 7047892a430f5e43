package io.pyra.interaction;

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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class TimelineApiTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TimelineTestData data;
  UserAccount consultant;
  UUID customer;
  Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @BeforeEach
  void setUp() {
    data = new TimelineTestData(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = data.unit(data.root());
    consultant = data.user(branch.id(), "FRONT_DESK");
    customer = data.customer("Timeline", consultant);
  }

  @Test
  void mergesRecordsAndTasksNewestFirstAndPagesAcrossBothWithTheCursor() {
    List<String> expected = new ArrayList<>();
    // newest first: record 1h ago, task done 2h ago, record 3h ago, task created 4h ago (the one
    // done), …
    data.record(
        customer,
        consultant,
        "COURSE_INQUIRY",
        now.minus(1, ChronoUnit.HOURS),
        "Asked for spring classes");
    data.task(
        UUID.randomUUID(),
        customer,
        consultant,
        "Call back about prices",
        now.minus(4, ChronoUnit.HOURS),
        now.plus(1, ChronoUnit.DAYS),
        "DONE",
        now.minus(2, ChronoUnit.HOURS));
    data.record(
        customer,
        consultant,
        "PRICE_INQUIRY",
        now.minus(3, ChronoUnit.HOURS),
        "Asked for the price");
    data.task(
        customer,
        consultant,
        "Send the brochure",
        now.minus(5, ChronoUnit.HOURS),
        now.plus(2, ChronoUnit.DAYS),
        "OPEN");
    data.record(customer, consultant, "VISIT", now.minus(6, ChronoUnit.HOURS), "Walked in");
    expected.addAll(
        List.of(
            "interaction:Asked for spring classes",
            "task:Task done: Call back about prices",
            "interaction:Asked for the price",
            "task:Task: Call back about prices",
            "task:Task: Send the brochure",
            "interaction:Walked in"));

    ApiClient api = data.api(consultant);
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          api.get(
                  "/api/v1/customers/"
                      + customer
                      + "/timeline?limit=2"
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .json();
      assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
      page.get("items")
          .forEach(e -> seen.add(e.get("kind").asString() + ":" + e.get("title").asString()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void anEntryNamesItsTypeInTheReadersLanguageItsAuthorAndItsPage() {
    UUID id =
        data.record(
            customer, consultant, "COMPLAINT", now.minus(1, ChronoUnit.MINUTES), "Room too cold");
    ApiClient api = data.api(consultant);

    JsonNode entry =
        api.get("/api/v1/customers/" + customer + "/timeline").json().get("items").get(0);
    assertThat(entry.get("kind").asString()).isEqualTo("interaction");
    assertThat(entry.get("id").asString()).isEqualTo(id.toString());
    assertThat(entry.get("title").asString()).isEqualTo("Room too cold");
    assertThat(entry.get("summary").asString())
        .contains("Complaint")
        .contains("Phone")
        .contains("Notes of Room too cold");
    assertThat(entry.get("actorName").asString()).isEqualTo(consultant.displayName());
    assertThat(entry.get("url").asString()).isEqualTo("/interactions/" + id);
    assertThat(Instant.parse(entry.get("occurredAt").asString()))
        .isEqualTo(now.minus(1, ChronoUnit.MINUTES));

    ApiClient.Response chinese =
        api.send(
            api.builder("/api/v1/customers/" + customer + "/timeline")
                .header("Accept-Language", "zh-CN")
                .GET());
    assertThat(chinese.json().get("items").get(0).get("summary").asString())
        .contains("投诉")
        .contains("电话");
  }

  @Test
  void entriesOfTheSameInstantComeInOneOrderAcrossPages() {
    Instant same = now.minus(10, ChronoUnit.MINUTES);
    UUID low = UUID.fromString("00000000-0000-7000-8000-" + suffix());
    UUID high = UUID.fromString("f0000000-0000-7000-8000-" + suffix());
    UUID middle = UUID.fromString("80000000-0000-7000-8000-" + suffix());
    data.record(low, customer, consultant, "VISIT", "VISIT", same, "Low", "CN", null);
    data.record(high, customer, consultant, "VISIT", "VISIT", same, "High", "CN", null);
    data.task(
        middle, customer, consultant, "Middle", same, same.plus(1, ChronoUnit.DAYS), "OPEN", null);
    ApiClient api = data.api(consultant);

    List<String> ids = new ArrayList<>();
    String cursor = "";
    for (int i = 0; i < 3; i++) {
      JsonNode page =
          api.get("/api/v1/customers/" + customer + "/timeline?limit=1&cursor=" + cursor).json();
      ids.add(page.get("items").get(0).get("id").asString());
      cursor = page.get("nextCursor").asString();
    }
    assertThat(ids).containsExactly(high.toString(), middle.toString(), low.toString());
  }

  @Test
  void filtersByKind() {
    data.record(customer, consultant, "INQUIRY", now.minus(1, ChronoUnit.HOURS), "A question");
    data.task(
        customer,
        consultant,
        "A task",
        now.minus(2, ChronoUnit.HOURS),
        now.plus(1, ChronoUnit.DAYS),
        "OPEN");
    ApiClient api = data.api(consultant);

    JsonNode tasks =
        api.get("/api/v1/customers/" + customer + "/timeline?kinds=task").json().get("items");
    assertThat(tasks.size()).isEqualTo(1);
    assertThat(tasks.get(0).get("kind").asString()).isEqualTo("task");
    JsonNode records =
        api.get("/api/v1/customers/" + customer + "/timeline?kinds=interaction")
            .json()
            .get("items");
    assertThat(records.size()).isEqualTo(1);
    assertThat(records.get(0).get("title").asString()).isEqualTo("A question");
    assertThat(
            api.get("/api/v1/customers/" + customer + "/timeline?kinds=interaction,task")
                .json()
                .get("items")
                .size())
        .isEqualTo(2);
    assertThat(
            api.get("/api/v1/customers/" + customer + "/timeline?kinds=interaction&kinds=task")
                .json()
                .get("items")
                .size())
        .isEqualTo(2);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    ApiClient api = data.api(consultant);
    String path = "/api/v1/customers/" + customer + "/timeline";

    assertRefused(api.get(path + "?kinds=orders"), "kinds", "orders");
    assertRefused(api.get(path + "?limit=0"), "limit", "between 1 and 100");
    assertRefused(api.get(path + "?limit=101"), "limit", "between 1 and 100");
    assertRefused(api.get(path + "?cursor=not-a-cursor"), "cursor", "Cursor");
  }

  @Test
  void aCustomerTheReaderMayNotSeeIsNotFound() {
    OrgUnit elsewhere = data.unit(data.root());
    UserAccount stranger = data.user(elsewhere.id(), "FRONT_DESK");
    data.record(
        customer, consultant, "INQUIRY", now.minus(1, ChronoUnit.HOURS), "Private question");

    ApiClient.Response hidden =
        data.api(stranger).get("/api/v1/customers/" + customer + "/timeline");
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).doesNotContain("Private question");
    assertThat(
            data.api(stranger).get("/api/v1/customers/" + UUID.randomUUID() + "/timeline").status())
        .isEqualTo(404);
    assertThat(data.admin().get("/api/v1/customers/" + customer + "/timeline").status())
        .isEqualTo(200);
  }

  private static void assertRefused(ApiClient.Response response, String field, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo(field);
    assertThat(error.get("message").asString()).contains(message);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(24);
  }
}
