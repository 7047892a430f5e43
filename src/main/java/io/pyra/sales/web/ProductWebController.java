package io.pyra.sales.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.query.Slice;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.sales.catalogue.Product;
import io.pyra.sales.catalogue.ProductCategories;
import io.pyra.sales.catalogue.ProductCategory;
import io.pyra.sales.catalogue.ProductDirectory;
import io.pyra.sales.catalogue.ProductFilter;
import io.pyra.sales.catalogue.ProductRow;
import io.pyra.sales.catalogue.ProductService;
import io.pyra.sales.catalogue.ProductUnit;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalogue's products, courses and services: a list searched by code or name and filtered by
 * category and active flag (keyset paging, the results alone for htmx), a product's page, and one
 * form to add or change a product (administrators).
 */
@Controller
@RequestMapping("/catalogue/products")
class ProductWebController {

  private static final int PAGE_SIZE = 50;
  private static final String LIST = "/catalogue/products";

  private final ProductService products;
  private final ProductDirectory directory;
  private final ProductCategories categories;
  private final TermPages pages;
  private final Problems problems;

  ProductWebController(
      ProductService products,
      ProductDirectory directory,
      ProductCategories categories,
      TermPages pages,
      Problems problems) {
    this.products = products;
    this.directory = directory;
    this.categories = categories;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('catalogue.read')")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String active,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    ProductFilter filter = new ProductFilter(q, null, category, flag(active));
    Slice<ProductRow> slice;
    try {
      slice = directory.search(filter, cursor, PAGE_SIZE);
    } catch (BusinessRuleException e) {
      // a cursor mangled in the address bar: start from the first page
      cursor = null;
      slice = directory.search(filter, null, PAGE_SIZE);
    }
    model.addAttribute("filter", filter);
    model.addAttribute("products", slice.items());
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : listUrl(filter, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : listUrl(filter, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "sales/products/list :: results";
    }
    model.addAttribute("categoryOptions", categoryOptions(locale));
    return "sales/products/list";
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('catalogue.read')")
  String detail(@PathVariable UUID id, Model model, Locale locale) {
    Product product = products.get(id);
    model.addAttribute("product", product);
    model.addAttribute(
        "categoryName", products.categoryOf(product).map(c -> c.name(locale)).orElse(null));
    return "sales/products/detail";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  String createForm(Model model, Locale locale) {
    ProductForm form = new ProductForm();
    form.setUnit(ProductUnit.COURSE.name());
    form.setCurrency(products.baseCurrency());
    return edit(form, null, model, locale);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  String create(
      @Valid @ModelAttribute("productForm") ProductForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return pages.save(
        result,
        locale,
        response,
        () -> {
          Product product = products.create(form.create());
          redirect.addFlashAttribute(
              "success", problems.messageOf("product.saved", locale, product.name()));
          return "redirect:/catalogue/products/" + product.id();
        },
        () -> edit(form, null, model, locale));
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    Product product = products.get(id);
    String category = products.categoryOf(product).map(ProductCategory::code).orElse(null);
    return edit(ProductForm.of(product, category), product, model, locale);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("productForm") ProductForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Product product = products.get(id);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          Product saved = products.update(id, form.update());
          redirect.addFlashAttribute(
              "success", problems.messageOf("product.saved", locale, saved.name()));
          return "redirect:/catalogue/products/" + saved.id();
        },
        () -> edit(form, product, model, locale));
  }

  private String edit(ProductForm form, Product product, Model model, Locale locale) {
    model.addAttribute("productForm", form);
    model.addAttribute("product", product);
    model.addAttribute("categoryOptions", categoryOptions(locale));
    model.addAttribute(
        "unitOptions",
        Arrays.stream(ProductUnit.values())
            .map(u -> List.of(u.name(), problems.messageOf("product.unit." + u.name(), locale)))
            .toList());
    return "sales/products/edit";
  }

  /** The categories as [code, name indented by depth] pairs, for a select. */
  private List<List<String>> categoryOptions(Locale locale) {
    return categories.nodes().stream()
        .map(n -> List.of(n.term().code(), "— ".repeat(n.depth()) + n.term().name(locale)))
        .toList();
  }

  private static Boolean flag(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> null;
    };
  }

  private static String listUrl(ProductFilter filter, String cursor) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(LIST);
    if (filter.text() != null) {
      url.queryParam("q", filter.text());
    }
    if (filter.category() != null) {
      url.queryParam("category", filter.category());
    }
    if (filter.active() != null) {
      url.queryParam("active", filter.active());
    }
    if (cursor != null) {
      url.queryParam("cursor", cursor);
    }
    return url.encode().build().toUriString();
  }
}
