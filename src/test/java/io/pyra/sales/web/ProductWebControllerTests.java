package io.pyra.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.pyra.identity.security.WebSliceSecurity;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.Slice;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.sales.catalogue.CreateProduct;
import io.pyra.sales.catalogue.Product;
import io.pyra.sales.catalogue.ProductCategories;
import io.pyra.sales.catalogue.ProductDirectory;
import io.pyra.sales.catalogue.ProductFilter;
import io.pyra.sales.catalogue.ProductFixtures;
import io.pyra.sales.catalogue.ProductRow;
import io.pyra.sales.catalogue.ProductService;
import io.pyra.sales.catalogue.ProductUnit;
import io.pyra.sales.catalogue.UpdateProduct;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The product pages behind the real security chain, with the catalogue mocked: the list as a whole
 * page and as the htmx results, the form's parsing and messages, a stale save, and who may do what.
 */
@WebMvcTest(ProductWebController.class)
@Import({WebSliceSecurity.class, TermPages.class})
class ProductWebControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ProductService products;
  @MockitoBean ProductDirectory directory;
  @MockitoBean ProductCategories categories;

  private final Product ielts = ProductFixtures.product();

  @BeforeEach
  void twoProducts() {
    when(directory.search(any(ProductFilter.class), any(), anyInt()))
        .thenReturn(
            new Slice<>(
                List.of(
                    row("IELTS-7", "IELTS band 7", "12800.000000", true),
                    row("TOEFL-100", "TOEFL 100", null, false)),
                "next-cursor"));
    when(categories.nodes()).thenReturn(List.of());
    when(products.get(ielts.id())).thenReturn(ielts);
    when(products.categoryOf(ielts)).thenReturn(Optional.empty());
    when(products.baseCurrency()).thenReturn("CNY");
  }

  @Test
  void showsTheProductsInTheWholePage() throws Exception {
    String html =
        mvc.perform(get("/catalogue/products").with(WebSliceSecurity.staff("catalogue.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/products/list"))
            .andExpect(header().string("Vary", "HX-Request"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("nav")).isNotEmpty();
    assertThat(page.select("h1").text()).isEqualTo("Products, courses and services");
    assertThat(page.select("#product-table tbody tr").eachAttr("data-code"))
        .containsExactly("IELTS-7", "TOEFL-100");
    assertThat(page.select("tr[data-code=IELTS-7] .product-list-price").text())
        .isEqualTo("12,800.00 CNY");
    assertThat(page.select("tr[data-code=IELTS-7] .product-category").text())
        .isEqualTo("Exam preparation");
    assertThat(page.select("tr[data-code=IELTS-7] .product-unit").text()).isEqualTo("Course");
    assertThat(page.select("tr[data-code=TOEFL-100] .product-list-price").text()).isEmpty();
    assertThat(page.select("#next-page").attr("href")).contains("cursor=next-cursor");
    assertThat(page.select("#product-filter")).hasSize(1);
  }

  @Test
  void answersAnHtmxRequestWithTheResultsAloneAndPassesTheFilter() throws Exception {
    String html =
        mvc.perform(
                get("/catalogue/products")
                    .param("q", "ielts")
                    .param("category", "COURSES")
                    .param("active", "true")
                    .header("HX-Request", "true")
                    .with(WebSliceSecurity.staff("catalogue.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/products/list :: results"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).doesNotContain("<nav class=\"sidebar").doesNotContain("<html");
    Document fragment = Jsoup.parseBodyFragment(html);
    assertThat(fragment.select("#results #product-table tbody tr")).hasSize(2);
    assertThat(fragment.select("#next-page").attr("href"))
        .contains("q=ielts", "category=COURSES", "active=true", "cursor=next-cursor");
    verify(directory).search(new ProductFilter("ielts", null, "COURSES", true), null, 50);
  }

  @Test
  void showsTheChinesePageInChinese() throws Exception {
    String html =
        mvc.perform(
                get("/catalogue/products")
                    .header("Accept-Language", "zh-CN")
                    .with(WebSliceSecurity.staff("catalogue.read")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("h1").text()).isEqualTo("产品、课程与服务");
    assertThat(page.select("tr[data-code=IELTS-7] .product-category").text()).isEqualTo("考试辅导");
    assertThat(page.select("tr[data-code=IELTS-7] .product-unit").text()).isEqualTo("课程");
  }

  @Test
  void offersANewProductOnlyToThoseWhoManageTheCatalogue() throws Exception {
    assertThat(list("catalogue.read").select("#new-product")).isEmpty();
    assertThat(list("catalogue.read", "catalogue.manage").select("#new-product")).hasSize(1);
  }

  @Test
  void refusesTheListToStaffWithoutCatalogueRead() throws Exception {
    mvc.perform(get("/catalogue/products").with(WebSliceSecurity.staff("customer.read")))
        .andExpect(status().isForbidden());
  }

  @Test
  void refusesTheFormToStaffWhoOnlyRead() throws Exception {
    mvc.perform(get("/catalogue/products/new").with(WebSliceSecurity.staff("catalogue.read")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/catalogue/products/new")
                .param("code", "X1")
                .with(WebSliceSecurity.staff("catalogue.read"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    verify(products, never()).create(any());
  }

  @Test
  void showsAProductWithItsPricesAndValidity() throws Exception {
    String html =
        mvc.perform(
                get("/catalogue/products/{id}", ielts.id())
                    .with(WebSliceSecurity.staff("catalogue.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/products/detail"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("#product-name").text()).isEqualTo("IELTS preparation, band 7");
    assertThat(page.select("#product-code").text()).isEqualTo("IELTS-7");
    assertThat(page.select("#product-list-price").text()).isEqualTo("12,800.00 CNY");
    assertThat(page.select("#product-unit-cost").text()).isEqualTo("5,000.00 CNY");
    assertThat(page.select("#product-validity").text())
        .isEqualTo("from 2026-01-01 until 2026-12-31");
    assertThat(page.select("#product-category").text()).isEqualTo("(none)");
    assertThat(page.select("#edit-product")).isEmpty();
  }

  @Test
  void createsAProductFromTheFormAndSaysSo() throws Exception {
    when(products.create(any())).thenReturn(ielts);

    mvc.perform(
            post("/catalogue/products/new")
                .param("code", "IELTS-7")
                .param("name", "IELTS preparation, band 7")
                .param("category", "EXAM_PREPARATION")
                .param("unit", "COURSE")
                .param("listPrice", "12,800.50")
                .param("unitCost", " 5000 ")
                .param("currency", "cny")
                .param("active", "true")
                .param("validFrom", "2026-01-01")
                .param("validTo", "")
                .param("description", "Evenings")
                .with(WebSliceSecurity.staff("catalogue.read", "catalogue.manage"))
                .with(csrf()))
        .andExpect(redirectedUrl("/catalogue/products/" + ielts.id()))
        .andExpect(flash().attribute("success", "Product IELTS preparation, band 7 saved."));

    ArgumentCaptor<CreateProduct> command = ArgumentCaptor.forClass(CreateProduct.class);
    verify(products).create(command.capture());
    assertThat(command.getValue().listPrice()).isEqualByComparingTo("12800.50");
    assertThat(command.getValue().unitCost()).isEqualByComparingTo("5000");
    assertThat(command.getValue().validFrom()).hasToString("2026-01-01");
    assertThat(command.getValue().validTo()).isNull();
    assertThat(command.getValue().category()).isEqualTo("EXAM_PREPARATION");
    assertThat(command.getValue().active()).isTrue();
  }

  @Test
  void showsAPriceThatIsNotANumberNextToItsFieldAndSavesNothing() throws Exception {
    String html =
        mvc.perform(
                post("/catalogue/products/new")
                    .param("code", "IELTS-7")
                    .param("name", "IELTS")
                    .param("unit", "COURSE")
                    .param("listPrice", "twelve")
                    .param("validTo", "31/12/2026")
                    .with(WebSliceSecurity.staff("catalogue.read", "catalogue.manage"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/products/edit"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("#listPrice-error").text())
        .isEqualTo("The list price must be a number, such as 1200 or 99.50.");
    assertThat(page.select("#validTo-error").text())
        .isEqualTo("The last day offered must be a date.");
    assertThat(page.select("input[name=listPrice]").val()).isEqualTo("twelve");
    verify(products, never()).create(any());
  }

  @Test
  void aStaleSaveShowsTheConflictAndOverwritesNothing() throws Exception {
    when(products.update(eq(ielts.id()), any(UpdateProduct.class)))
        .thenThrow(new StaleVersionException("product", 3, 4));

    String html =
        mvc.perform(
                post("/catalogue/products/{id}/edit", ielts.id())
                    .param("code", "IELTS-7")
                    .param("name", "IELTS renamed")
                    .param("unit", "COURSE")
                    .param("currency", "CNY")
                    .param("version", "3")
                    .with(WebSliceSecurity.staff("catalogue.read", "catalogue.manage"))
                    .with(csrf()))
            .andExpect(status().isConflict())
            .andExpect(view().name("sales/products/edit"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select(".alert-danger").text()).isNotBlank();
    assertThat(page.select("input[name=name]").val()).isEqualTo("IELTS renamed");
    assertThat(page.select("input[name=version]").val()).isEqualTo("3");
  }

  @Test
  void theEditFormCarriesTheVersionAndTheValuesRead() throws Exception {
    String html =
        mvc.perform(
                get("/catalogue/products/{id}/edit", ielts.id())
                    .with(WebSliceSecurity.staff("catalogue.read", "catalogue.manage")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("input[name=version]").val()).isEqualTo("0");
    assertThat(page.select("input[name=listPrice]").val()).isEqualTo("12800");
    assertThat(page.select("select[name=unit] option[selected]").val()).isEqualTo("COURSE");
    assertThat(page.select("#product-form").attr("action"))
        .isEqualTo("/catalogue/products/" + ielts.id() + "/edit");
    verify(products, never()).update(any(), isNull());
  }

  private Document list(String... permissions) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/catalogue/products").with(WebSliceSecurity.staff(permissions)))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static ProductRow row(String code, String name, String price, boolean active) {
    return new ProductRow(
        UUID.randomUUID(),
        code,
        name,
        "EXAM_PREPARATION",
        new LocalizedName("Exam preparation", "考试辅导"),
        ProductUnit.COURSE,
        price == null ? null : new BigDecimal(price),
        null,
        "CNY",
        active,
        null,
        null,
        2);
  }
}
