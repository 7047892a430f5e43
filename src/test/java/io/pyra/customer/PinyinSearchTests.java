package io.pyra.customer;

import static io.pyra.customer.CustomerListApiTests.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.directory.NamePinyinBackfill;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The global search finds Chinese names by their pinyin: in full, spaced or not, and by initials;
 * each test's customers live in a unit of their own, which the searches filter by.
 */
@PyraIntegrationTest
class PinyinSearchTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired NamePinyinBackfill backfill;
  FindFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new FindFixtures(orgUnits, users, roles, jdbc);
  }

  @Test
  void findsWangXiaomingByFullPinyinSpacedOrNotAndByInitials() {
    OrgUnit unit = fixtures.unit(fixtures.root().id());
    String code = create("王小明", unit);
    String other = create("李雷", unit);
    String in = "&orgUnitId=" + unit.id();

    for (String typed :
        new String[] {"wang", "Wang", "wangxiaoming", "wang xiaoming", "wxm", "WXM"}) {
      assertThat(codes(admin(), "q=" + typed + in)).as(typed).containsExactly(code);
    }
    assertThat(codes(admin(), "q=lilei" + in)).containsExactly(other);
    assertThat(codes(admin(), "q=ll" + in)).isEmpty(); // two letters search the start of names only
    for (String unrelated : new String[] {"zhang", "xiaomingwang", "wxn", "wangxiaohong"}) {
      assertThat(codes(admin(), "q=" + unrelated + in)).as(unrelated).isEmpty();
    }
  }

  @Test
  void aCharacterWithTwoReadingsIsFoundByEither() {
    OrgUnit unit = fixtures.unit(fixtures.root().id());
    String code = create("曾小明", unit);
    String in = "&orgUnitId=" + unit.id();

    assertThat(codes(admin(), "q=zengxiaoming" + in)).containsExactly(code);
    assertThat(codes(admin(), "q=cengxiaoming" + in)).containsExactly(code);
    assertThat(codes(admin(), "q=zxm" + in)).containsExactly(code);
  }

  @Test
  void aRenamedCustomerIsFoundByItsNewPinyinOnly() {
    OrgUnit unit = fixtures.unit(fixtures.root().id());
    String code = create("王小明", unit);
    ApiClient.Response read = admin().get("/api/v1/customers/" + code);
    ApiClient.Response renamed =
        admin()
            .patch(
                "/api/v1/customers/" + read.json().get("id").asString(),
                Map.of("name", "赵敏"),
                read.header("ETag"));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    String in = "&orgUnitId=" + unit.id();

    assertThat(codes(admin(), "q=zhaomin" + in)).containsExactly(code);
    assertThat(codes(admin(), "q=wangxiaoming" + in)).isEmpty();
  }

  @Test
  void rowsWrittenWithoutTheKeyAreFoundAfterTheBackfill() {
    OrgUnit unit = fixtures.unit(fixtures.root().id());
    // written as a row without the key, as before the column existed
    var wang = fixtures.customer("王小明", fixtures.admin(), unit.id());
    var latin = fixtures.customer("Wang Xiaoming", fixtures.admin(), unit.id());
    assertThat(pinyinOf(wang.id())).isNull();
    String in = "&orgUnitId=" + unit.id();
    assertThat(codes(admin(), "q=wxm" + in)).isEmpty();

    assertThat(backfill.run()).isGreaterThanOrEqualTo(2);

    assertThat(pinyinOf(wang.id())).isEqualTo("wangxiaoming wxm");
    assertThat(pinyinOf(latin.id())).isEmpty();
    assertThat(codes(admin(), "q=wxm" + in)).containsExactly(wang.code());
    assertThat(codes(admin(), "q=wangxiaoming" + in))
        .containsExactlyInAnyOrder(wang.code(), latin.code());
    // done once: a second run finds nothing left to do
    assertThat(backfill.run()).isZero();
  }

  private String pinyinOf(java.util.UUID id) {
    return jdbc.sql("select name_pinyin from customer_customer where id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private String create(String name, OrgUnit unit) {
    Map<String, Object> body = new HashMap<>(CustomerStaff.person(name, null));
    body.put("orgUnitId", unit.id().toString());
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("code").asString();
  }

  private ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }
}
