package io.pyra.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer list says how many customers match, among those the user may see, and numbers its
 * first pages. Every expected figure is counted from the customers the test writes.
 */
@PyraIntegrationTest
class CustomerCountTests {

  private static final int PAGE_SIZE = 50;

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  FindFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new FindFixtures(orgUnits, users, roles, jdbc);
  }

  @Test
  void theCountCoversWhatTheUserMaySeeAndTheFilters() {
    String family = FindFixtures.unique("Count");
    OrgUnit mine = fixtures.unit(fixtures.root().id());
    OrgUnit theirs = fixtures.unit(fixtures.root().id());
    var frontDesk = fixtures.user(mine.id(), "FRONT_DESK");
    List<LifecycleStage> stages =
        List.of(
            LifecycleStage.NEW,
            LifecycleStage.ACTIVE,
            LifecycleStage.NEW,
            LifecycleStage.LOST,
            LifecycleStage.NEW,
            LifecycleStage.ACTIVE,
            LifecycleStage.NEW);
    for (int i = 0; i < stages.size(); i++) {
      fixtures.customer(
          family + " Mine " + i,
          fixtures.admin(),
          mine.id(),
          stages.get(i),
          null,
          List.of(),
          List.of(),
          List.of(),
          Map.of());
    }
    int theirsCount = 3;
    for (int i = 0; i < theirsCount; i++) {
      fixtures.customer(family + " Theirs " + i, fixtures.admin(), theirs.id());
    }
    long newOfMine = stages.stream().filter(s -> s == LifecycleStage.NEW).count();

    PageClient desk = new PageClient(port).signIn(frontDesk.username(), FindFixtures.PASSWORD);
    assertThat(count(desk, "/customers?q=" + family)).isEqualTo(stages.size() + " customers");
    assertThat(count(desk, "/customers?q=" + family + "&stage=NEW"))
        .isEqualTo(newOfMine + " customers");
    assertThat(count(desk, "/customers?q=" + family + "&stage=INACTIVE")).isEqualTo("0 customers");

    PageClient admin = admin();
    assertThat(count(admin, "/customers?q=" + family))
        .isEqualTo((stages.size() + theirsCount) + " customers");
    assertThat(count(admin, "/customers?q=" + family + "&orgUnitId=" + theirs.id()))
        .isEqualTo(theirsCount + " customers");
    assertThat(count(admin, "/customers?q=" + family + "&stage=LOST")).isEqualTo("1 customer");
    assertThat(count(admin, "/customers?q=" + family + "&orgUnitId=" + mine.id() + "&stage=LOST"))
        .isEqualTo("1 customer");
    assertThat(count(admin, "/customers?q=" + family + "&orgUnitId=" + theirs.id() + "&stage=NEW"))
        .isEqualTo("0 customers");
    // the htmx fragment of a filter change carries the count too
    Document fragment =
        admin.get("/customers?q=" + family + "&stage=NEW", Map.of("HX-Request", "true")).document();
    assertThat(fragment.select("#customer-count").text()).isEqualTo(newOfMine + " customers");

    var manager =
        new OrgFixtures(orgUnits, users, roles)
            .member(fixtures.root().id())
            .roles("MANAGEMENT")
            .speaking("zh-CN")
            .create();
    PageClient chinese =
        new PageClient(port).language("zh-CN").signIn(manager.username(), FindFixtures.PASSWORD);
    assertThat(count(chinese, "/customers?q=" + family))
        .isEqualTo("共 " + (stages.size() + theirsCount) + " 位客户");
  }

  @Test
  void theFirstPagesAreNumberedAndEachShowsItsShareOfTheCustomers() {
    String family = FindFixtures.unique("Pages");
    OrgUnit unit = fixtures.unit(fixtures.root().id());
    int total = 2 * PAGE_SIZE + 7;
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      codes.add(
          fixtures
              .customer(String.format("%s %03d", family, i), fixtures.admin(), unit.id())
              .code());
    }
    int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
    PageClient admin = admin();

    Document first = admin.get("/customers?q=" + family + "&sort=name").document();
    assertThat(first.select("#customer-count").text()).isEqualTo(total + " customers");
    assertThat(first.select("#page-numbers .page-number").eachText())
        .containsExactly(numbers(pages));
    assertThat(first.select("#page-numbers .active .page-number").text()).isEqualTo("1");
    assertThat(first.select("#more-pages")).isEmpty();
    assertThat(first.select("#customer-table .customer-code").eachText())
        .containsExactlyElementsOf(codes.subList(0, PAGE_SIZE));

    String secondUrl = first.select("#page-numbers .page-number").get(1).attr("href");
    Document second = admin.get(secondUrl).document();
    assertThat(second.select("#page-numbers .active .page-number").text()).isEqualTo("2");
    assertThat(second.select("#customer-table .customer-code").eachText())
        .containsExactlyElementsOf(codes.subList(PAGE_SIZE, 2 * PAGE_SIZE));
    assertThat(second.select("#previous-page")).hasSize(1);

    // the keyset "next" of page 2 is page 3, and says so
    Document third = admin.get(second.select("#next-page").attr("href")).document();
    assertThat(third.select("#page-numbers .active .page-number").text()).isEqualTo("3");
    assertThat(third.select("#customer-table .customer-code").eachText())
        .containsExactlyElementsOf(codes.subList(2 * PAGE_SIZE, total));
    assertThat(third.select("#next-page")).isEmpty();
  }

  private static String[] numbers(int pages) {
    String[] numbers = new String[pages];
    for (int i = 0; i < pages; i++) {
      numbers[i] = String.valueOf(i + 1);
    }
    return numbers;
  }

  private static String count(PageClient client, String path) {
    PageClient.Page page = client.get(path);
    assertThat(page.status()).as(path).isEqualTo(200);
    return page.document().select("#customer-count").text();
  }

  private PageClient admin() {
    return new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }
}
