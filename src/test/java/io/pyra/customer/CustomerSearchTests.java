package io.pyra.customer;

import static io.pyra.customer.CustomerListApiTests.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import io.pyra.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PyraIntegrationTest
class CustomerSearchTests {

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
  void findsLatinNamesByAnyPartAndChineseNamesByTheirStart() {
    String tag = FindFixtures.unique("q");
    String latin = "Zhang Wei " + tag;
    // a Chinese name unique to this test: a rare surname and given name, then a unique number
    String chinese = "鲍" + "伟明" + ThreadLocalRandom.current().nextInt(100000, 999999);
    var zhang = fixtures.customer(latin, fixtures.admin(), fixtures.root().id());
    var bao = fixtures.customer(chinese, fixtures.admin(), fixtures.root().id());

    assertThat(codes(admin(), "q=zhang wei " + tag.toLowerCase())).containsExactly(zhang.code());
    assertThat(codes(admin(), "q=" + tag)).containsExactly(zhang.code());
    assertThat(codes(admin(), "q=zhang")).contains(zhang.code());
    assertThat(codes(admin(), "q=" + chinese)).containsExactly(bao.code());
    assertThat(codes(admin(), "q=鲍伟")).contains(bao.code());
    assertThat(codes(admin(), "q=鲍")).contains(bao.code());
  }

  @Test
  void findsAMisspelledNameOnPostgreSql() {
    String tag = FindFixtures.unique("").toLowerCase();
    var zhang = fixtures.customer("Zhang Weiming " + tag, fixtures.admin(), fixtures.root().id());
    List<String> found = codes(admin(), "q=Zhnag Weiming " + tag);
    if (TestDatabase.isPostgres()) {
      assertThat(found).contains(zhang.code());
    } else {
      // H2 matches parts of names only
      assertThat(found).doesNotContain(zhang.code());
    }
  }

  @Test
  void findsByCodePhoneInAnyFormatAndEmail() {
    String digits = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    String email = "li." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    var li =
        fixtures.customer(
            FindFixtures.unique("Li Na "),
            fixtures.admin(),
            fixtures.root().id(),
            LifecycleStage.NEW,
            null,
            List.of("+86139" + digits),
            List.of(email),
            List.of(),
            Map.of());
    String national = "139" + digits;

    assertThat(codes(admin(), "q=" + li.code())).containsExactly(li.code());
    assertThat(codes(admin(), "q=" + li.code().toLowerCase())).containsExactly(li.code());
    for (String written :
        List.of(
            national,
            national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7),
            "+86 "
                + national.substring(0, 3)
                + "-"
                + national.substring(3, 7)
                + "-"
                + national.substring(7),
            "86" + national)) {
      assertThat(codes(admin(), "q=" + written)).as(written).containsExactly(li.code());
    }
    assertThat(codes(admin(), "q=" + email.toUpperCase())).containsExactly(li.code());
    assertThat(codes(admin(), "q=" + email.substring(0, 8))).isEmpty();
  }

  @Test
  void theSearchPageAndTheSuggestionsShowMatchesThatLinkToTheCustomer() {
    String name = "Wang Fang " + FindFixtures.unique("s");
    var wang = fixtures.customer(name, fixtures.admin(), fixtures.root().id());
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);

    Document results = pages.get("/search?q=" + name.replace(' ', '+')).document();
    assertThat(results.select(".search-result").text()).contains(name, wang.code());
    assertThat(results.select(".search-result").attr("href")).isEqualTo("/customers/" + wang.id());

    Document suggestions =
        pages
            .get("/search/suggest?q=" + name.replace(' ', '+'), Map.of("HX-Request", "true"))
            .document();
    assertThat(suggestions.select(".search-suggestion").attr("href"))
        .isEqualTo("/customers/" + wang.id());
    assertThat(suggestions.select("html > body > main")).isEmpty();

    Document list = pages.get("/customers?q=" + name.replace(' ', '+')).document();
    assertThat(list.select("#customer-table .customer-name").text()).isEqualTo(name);
    assertThat(list.select("#new-customer")).hasSize(1);
    Document fragment =
        pages
            .get("/customers?q=" + name.replace(' ', '+'), Map.of("HX-Request", "true"))
            .document();
    assertThat(fragment.select("#results .customer-code").text()).isEqualTo(wang.code());
    assertThat(fragment.select("#customer-filter")).isEmpty();
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }
}
