package io.pyra.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The catalogue's pages in the whole application: the sidebar entries, adding a product with the
 * form, its page, a stale save shown as a conflict, and the category tree in both languages.
 */
@PyraIntegrationTest
class ProductPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  private PageClient admin;
  private String prefix;

  @BeforeEach
  void signIn() {
    admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    prefix = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
  }

  @Test
  void theAdministratorAddsAProductWithTheFormAndFindsItInTheList() {
    Document form = admin.get("/catalogue/products/new").document();
    assertThat(form.select("select[name=category] option").eachAttr("value"))
        .contains("COURSES", "BUSINESS_ENGLISH", "CONSULTING");
    assertThat(form.select("input[name=currency]").val()).isEqualTo("CNY");

    PageClient.Page saved = admin.post("/catalogue/products/new", fields(prefix + "-BE", "0"));

    assertThat(saved.status()).isEqualTo(302);
    String path = URI.create(saved.location()).getPath();
    assertThat(path).startsWith("/catalogue/products/");
    Document detail = admin.get(path).document();
    assertThat(detail.select(".alert-success").text())
        .isEqualTo("Product Business English B2 saved.");
    assertThat(detail.select("#product-code").text()).isEqualTo(prefix + "-BE");
    assertThat(detail.select("#product-category").text()).isEqualTo("Business English");
    assertThat(detail.select("#product-list-price").text()).isEqualTo("8,800.00 CNY");

    Document list = admin.get("/catalogue/products?q=" + prefix).document();
    assertThat(list.select("#nav-products")).hasSize(1);
    assertThat(list.select("#nav-product-categories")).hasSize(1);
    assertThat(list.select("#product-table tbody tr").eachAttr("data-code"))
        .containsExactly(prefix + "-BE");
    assertThat(
            admin
                .get(
                    "/catalogue/products?category=COURSES&q=" + prefix,
                    Map.of("HX-Request", "true"))
                .body())
        .contains(prefix + "-BE")
        .doesNotContain("<html");
  }

  @Test
  void aStaleSaveIsShownAsAConflictAndOverwritesNothing() {
    admin.get("/catalogue/products/new");
    PageClient.Page saved = admin.post("/catalogue/products/new", fields(prefix + "-ST", null));
    String path = URI.create(saved.location()).getPath();
    admin.get(path + "/edit");
    assertThat(admin.post(path + "/edit", fields(prefix + "-ST", "0")).status()).isEqualTo(302);

    Map<String, String> late = fields(prefix + "-ST", "0");
    late.put("name", "Overwritten");
    PageClient.Page stale = admin.post(path + "/edit", late);

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.document().select(".alert-danger").text()).isNotBlank();
    assertThat(admin.get(path).document().select("#product-name").text())
        .isEqualTo("Business English B2");
  }

  @Test
  void aDuplicateCodeIsShownNextToTheCodeField() {
    admin.get("/catalogue/products/new");
    admin.post("/catalogue/products/new", fields(prefix + "-DUP", null));

    PageClient.Page again =
        admin.post(
            "/catalogue/products/new", fields(prefix.toLowerCase(Locale.ROOT) + "-dup", null));

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.document().select("#code-error").text())
        .isEqualTo(
            "The code "
                + prefix.toLowerCase(Locale.ROOT)
                + "-dup is already used by another product.");
  }

  @Test
  void aConsultantSeesTheCatalogueAndTheTreeInChineseButCannotChangeThem() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    String username =
        org.member(org.branch()).roles("COURSE_CONSULTANT").speaking("zh-CN").create().username();
    PageClient consultant =
        new PageClient(port).language("zh-CN").signIn(username, OrgFixtures.PASSWORD);

    Document tree = consultant.get("/catalogue/categories").document();
    assertThat(tree.select("h1").text()).isEqualTo("产品类别");
    assertThat(tree.select("#category-ENGLISH td").first().text()).isEqualTo("English");
    assertThat(tree.select("#new-category")).isEmpty();
    Document list = consultant.get("/catalogue/products").document();
    assertThat(list.select("#new-product")).isEmpty();
    assertThat(consultant.get("/catalogue/products/new").status()).isEqualTo(403);
    assertThat(consultant.get("/catalogue/categories/COURSES/edit").status()).isEqualTo(403);
  }

  private static Map<String, String> fields(String code, String version) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", code);
    fields.put("name", "Business English B2");
    fields.put("category", "BUSINESS_ENGLISH");
    fields.put("unit", "COURSE");
    fields.put("listPrice", "8800");
    fields.put("unitCost", "3000.5");
    fields.put("currency", "CNY");
    fields.put("active", "true");
    fields.put("validFrom", "");
    fields.put("validTo", "");
    fields.put("description", "");
    if (version != null) {
      fields.put("version", version);
    }
    return fields;
  }
}
