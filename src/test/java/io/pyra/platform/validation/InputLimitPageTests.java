package io.pyra.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page form given a value longer than its limit shows the limit on that field and saves nothing.
 */
@PyraIntegrationTest
class InputLimitPageTests {

  @LocalServerPort int port;
  private static final String PASSWORD = "Sunny-Garden-42";

  @Autowired JdbcClient jdbc;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired OrgUnitService orgUnits;

  @Test
  void aSectorNameOverTheLimitIsShownOnTheFieldInsteadOfAServerError() {
    PageClient admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    admin.get("/admin/sectors/new");
    String code = code("S");

    PageClient.Page page =
        admin.post(
            "/admin/sectors/new",
            Map.of(
                "code",
                code,
                "nameEn",
                "x".repeat(201),
                "nameZh",
                "行业",
                "sortOrder",
                "100",
                "version",
                ""));

    assertThat(page.status()).isEqualTo(200);
    Document form = page.document();
    assertThat(form.select("#nameEn-error").text()).isEqualTo("At most 200 characters.");
    assertThat(form.select("#nameEn").hasClass("is-invalid")).isTrue();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM customer_sector WHERE code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aRoleDescriptionAndCustomFieldChoicesOverTheLimitAreShownInChinese() {
    PageClient admin = chineseAdministrator();
    admin.get("/admin/roles/new");
    String role = code("R");
    PageClient.Page rolePage =
        admin.post(
            "/admin/roles/new",
            new HashMap<>(
                Map.of(
                    "code", role, "name", "Coach", "description", "d".repeat(501), "version", "")));

    assertThat(rolePage.status()).isEqualTo(200);
    assertThat(rolePage.document().select("#description-error").text()).isEqualTo("最多 500 个字符。");

    admin.get("/admin/customer-fields/new");
    String field = code("f").toLowerCase();
    PageClient.Page fieldPage =
        admin.post(
            "/admin/customer-fields/new",
            Map.of(
                "code",
                field,
                "labelEn",
                "Level",
                "labelZh",
                "级别",
                "type",
                "CHOICE",
                "choices",
                ("c".repeat(99) + "\n").repeat(31),
                "position",
                "100",
                "version",
                ""));

    assertThat(fieldPage.status()).isEqualTo(200);
    assertThat(fieldPage.document().select("#choices-error").text()).isEqualTo("最多 3000 个字符。");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM customer_field WHERE code = ?")
                .param(field)
                .query(Long.class)
                .single())
        .isZero();
  }

  private PageClient chineseAdministrator() {
    String username = "zh" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new SaveUser(
            username,
            "管理员 " + username,
            username + "@example.com",
            null,
            orgUnits.tree().get(0).id(),
            null,
            "zh-CN",
            Set.of(roles.byCode("ADMINISTRATOR").id()),
            true,
            PASSWORD,
            null));
    return new PageClient(port).signIn(username, PASSWORD);
  }

  private static String code(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
