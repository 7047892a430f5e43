package io.pyra.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PyraIntegrationTest
class TimelinePanelTests {

  private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  TimelineTestData data;
  UserAccount agent;
  UUID customer;
  Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @BeforeEach
  void setUp() {
    data = new TimelineTestData(orgUnits, users, roles, jdbc, port);
    OrgUnit branch = data.unit(data.root());
    agent = data.user(branch.id(), "CALL_CENTRE_AGENT");
    customer = data.customer("Panel", agent);
  }

  @Test
  void theCustomerPageLoadsTheTimelineSection() {
    Document page = data.pages(agent).get("/customers/" + customer).document();

    Element section = page.selectFirst("section#timeline");
    assertThat(section).isNotNull();
    assertThat(section.text()).contains("Timeline");
    assertThat(section.selectFirst("[hx-get]").attr("hx-get"))
        .isEqualTo("/customers/" + customer + "/timeline");
  }

  @Test
  void showsTheNewestEntriesAndAppendsOlderOnesInPlace() {
    for (int i = 1; i <= 25; i++) {
      data.record(customer, agent, "INQUIRY", now.minus(i, ChronoUnit.HOURS), "Call " + i);
    }
    data.task(
        customer,
        agent,
        "Prepare the visit",
        now.minus(90, ChronoUnit.MINUTES),
        now.plus(1, ChronoUnit.DAYS),
        "OPEN");
    PageClient pages = data.pages(agent);

    Document panel = pages.get("/customers/" + customer + "/timeline", HTMX).document();
    List<String> titles = titles(panel);
    assertThat(titles).hasSize(20);
    assertThat(titles.subList(0, 3)).containsExactly("Call 1", "Task: Prepare the visit", "Call 2");
    // every kind starts checked; other modules (sales: payment, refund …) add theirs
    assertThat(panel.select("input.timeline-kind[checked]").eachAttr("value"))
        .contains("interaction", "task")
        .hasSameSizeAs(panel.select("input.timeline-kind"));
    assertThat(panel.selectFirst(".timeline-entry").text())
        .contains("Inquiry")
        .contains(agent.displayName());
    String older = panel.selectFirst("#timeline-older").attr("hx-get");
    assertThat(panel.selectFirst("#timeline-older").attr("hx-target"))
        .isEqualTo("closest .timeline-more");

    Document more = pages.get(older, HTMX).document();
    assertThat(more.select("#timeline-filter")).isEmpty();
    List<String> next = titles(more);
    assertThat(next).hasSize(6);
    assertThat(next.get(0)).isEqualTo("Call 20");
    assertThat(next.get(5)).isEqualTo("Call 25");
    assertThat(more.select("#timeline-older")).isEmpty();
  }

  @Test
  void theKindFilterShowsOnlyTheKindsChecked() {
    data.record(customer, agent, "INQUIRY", now.minus(1, ChronoUnit.HOURS), "A question");
    data.task(
        customer,
        agent,
        "A follow-up",
        now.minus(2, ChronoUnit.HOURS),
        now.plus(1, ChronoUnit.DAYS),
        "OPEN");
    PageClient pages = data.pages(agent);

    Document tasks = pages.get("/customers/" + customer + "/timeline?kinds=task", HTMX).document();
    assertThat(titles(tasks)).containsExactly("Task: A follow-up");
    assertThat(tasks.selectFirst("#timeline-kind-task").hasAttr("checked")).isTrue();
    assertThat(tasks.selectFirst("#timeline-kind-interaction").hasAttr("checked")).isFalse();
    assertThat(tasks.selectFirst("#timeline-filter").attr("hx-trigger")).isEqualTo("change");
  }

  @Test
  void aCustomerTheUserMayNotSeeShowsNoTimeline() {
    data.record(customer, agent, "INQUIRY", now.minus(1, ChronoUnit.HOURS), "Secret");
    UserAccount stranger = data.user(data.unit(data.root()).id(), "CALL_CENTRE_AGENT");

    PageClient.Page page = data.pages(stranger).get("/customers/" + customer + "/timeline", HTMX);
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Secret");
  }

  private static List<String> titles(Document document) {
    List<String> titles = new ArrayList<>();
    document.select(".timeline-entry .timeline-title").forEach(e -> titles.add(e.text()));
    return titles;
  }
}
