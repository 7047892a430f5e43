package io.pyra.sales.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.taxonomy.TaxonomyPage;
import io.pyra.platform.taxonomy.TermNode;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.sales.catalogue.ProductCategories;
import io.pyra.sales.catalogue.ProductCategory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
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

/**
 * The product category tree: seen by everyone who reads the catalogue, edited (names in both
 * languages, order, parent, active flag) by those who manage it.
 */
@Controller
@RequestMapping("/catalogue/categories")
class ProductCategoryWebController {

  static final TaxonomyPage PAGE =
      new TaxonomyPage(
          "/catalogue/categories",
          "productCategory",
          true,
          "product-categories",
          "new-category",
          "category-",
          "category-form",
          "categoryForm",
          "parent",
          true,
          true,
          ProductCategories.MAX_DEPTH);

  private final ProductCategories categories;
  private final TermPages pages;
  private final Problems problems;

  ProductCategoryWebController(ProductCategories categories, TermPages pages, Problems problems) {
    this.categories = categories;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('catalogue.read')")
  String list(Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("nodes", categories.nodes());
    return "sales/categories/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  String createForm(@RequestParam(required = false) String parent, Model model, Locale locale) {
    ProductCategoryForm form = new ProductCategoryForm();
    form.setParent(parent);
    return edit(form, null, model, locale);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  String create(
      @Valid @ModelAttribute("categoryForm") ProductCategoryForm form,
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
          ProductCategory category = categories.create(form.toCommand());
          redirect.addFlashAttribute(
              "success",
              problems.messageOf("productCategory.saved", locale, category.name(locale)));
          return "redirect:/catalogue/categories";
        },
        () -> edit(form, null, model, locale));
  }

  @GetMapping("/{code}/edit")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  String editForm(@PathVariable String code, Model model, Locale locale) {
    TermNode<ProductCategory> node = categories.node(code);
    return edit(ProductCategoryForm.of(node.term(), node.parentCode()), node.term(), model, locale);
  }

  @PostMapping("/{code}/edit")
  @PreAuthorize("hasAuthority('catalogue.manage')")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("categoryForm") ProductCategoryForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    ProductCategory category = categories.getByCode(code);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          ProductCategory saved = categories.update(category.id(), form.toCommand());
          redirect.addFlashAttribute(
              "success", problems.messageOf("productCategory.saved", locale, saved.name(locale)));
          return "redirect:/catalogue/categories";
        },
        () -> edit(form, category, model, locale));
  }

  private String edit(
      ProductCategoryForm form, ProductCategory category, Model model, Locale locale) {
    model.addAttribute("page", PAGE);
    model.addAttribute("categoryForm", form);
    model.addAttribute("category", category);
    List<List<String>> parents =
        categories.nodes().stream()
            .filter(n -> category == null || !n.term().id().equals(category.id()))
            .map(n -> List.of(n.term().code(), "— ".repeat(n.depth()) + n.term().name(locale)))
            .toList();
    model.addAttribute("parentOptions", parents);
    return "sales/categories/edit";
  }
}
