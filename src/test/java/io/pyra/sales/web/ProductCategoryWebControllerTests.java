package io.pyra.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.pyra.identity.security.WebSliceSecurity;
import io.pyra.platform.taxonomy.TermNode;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.sales.catalogue.ProductCategories;
import io.pyra.sales.catalogue.ProductCategory;
import io.pyra.sales.catalogue.ProductFixtures;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The product category pages: everyone who reads the catalogue sees the tree, managers edit it. */
@WebMvcTest(ProductCategoryWebController.class)
@Import({WebSliceSecurity.class, TermPages.class})
class ProductCategoryWebControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ProductCategories categories;

  @BeforeEach
  void aSmallTree() {
    ProductCategory courses = ProductFixtures.category(null, "COURSES");
    ProductCategory english = ProductFixtures.category(courses.id(), "ENGLISH");
    when(categories.nodes())
        .thenReturn(
            List.of(
                new TermNode<>(courses, null, 0, true), new TermNode<>(english, courses, 1, true)));
  }

  @Test
  void showsTheTreeToAReaderWithoutWaysToChangeIt() throws Exception {
    Document page = page("catalogue.read");

    assertThat(page.select("h1").text()).isEqualTo("Product categories");
    assertThat(page.select("#product-categories tbody tr").eachAttr("data-code"))
        .containsExactly("COURSES", "ENGLISH");
    assertThat(page.select("#category-ENGLISH td").first().hasClass("tree-depth-1")).isTrue();
    assertThat(page.select("#new-category")).isEmpty();
    assertThat(page.select("a.add-below")).isEmpty();
  }

  @Test
  void offersTheEditorToThoseWhoManageTheCatalogue() throws Exception {
    Document page = page("catalogue.read", "catalogue.manage");

    assertThat(page.select("#new-category")).hasSize(1);
    assertThat(page.select("#product-categories tbody tr").eachAttr("data-code"))
        .containsExactly("COURSES", "ENGLISH");
    assertThat(page.select("#category-COURSES a.add-below").attr("href"))
        .isEqualTo("/catalogue/categories/new?parent=COURSES");
  }

  @Test
  void refusesTheFormAndItsSaveToReaders() throws Exception {
    mvc.perform(get("/catalogue/categories/new").with(WebSliceSecurity.staff("catalogue.read")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/catalogue/categories/new")
                .param("code", "KIDS")
                .with(WebSliceSecurity.staff("catalogue.read"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    verify(categories, never()).create(any());
  }

  @Test
  void refusesTheTreeToStaffWithoutCatalogueRead() throws Exception {
    mvc.perform(get("/catalogue/categories").with(WebSliceSecurity.staff("customer.read")))
        .andExpect(status().isForbidden());
  }

  private Document page(String... permissions) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/catalogue/categories").with(WebSliceSecurity.staff(permissions)))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/categories/list"))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
