package io.pyra.support.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.taxonomy.TaxonomyPage;
import io.pyra.platform.taxonomy.TermNode;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.support.knowledge.ArticleCategories;
import io.pyra.support.knowledge.ArticleCategory;
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
 * The article category tree: seen by every reader of the knowledge base, edited (names in both
 * languages, order, parent, active flag) by those who write it.
 */
@Controller
@RequestMapping("/knowledge/categories")
class ArticleCategoryWebController {

  static final TaxonomyPage PAGE =
      new TaxonomyPage(
          "/knowledge/categories",
          "knowledge.category",
          true,
          "article-categories",
          "new-category",
          "category-",
          "category-form",
          "categoryForm",
          "parent",
          true,
          true,
          ArticleCategories.MAX_DEPTH);

  private final ArticleCategories categories;
  private final TermPages pages;
  private final Problems problems;

  ArticleCategoryWebController(ArticleCategories categories, TermPages pages, Problems problems) {
    this.categories = categories;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('knowledge.read')")
  String list(Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("nodes", categories.nodes());
    return "support/knowledge/categories/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAuthority('knowledge.write')")
  String createForm(@RequestParam(required = false) String parent, Model model, Locale locale) {
    ArticleCategoryForm form = new ArticleCategoryForm();
    form.setParent(parent);
    return edit(form, null, model, locale);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAuthority('knowledge.write')")
  String create(
      @Valid @ModelAttribute("categoryForm") ArticleCategoryForm form,
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
          ArticleCategory category = categories.create(form.toCommand());
          redirect.addFlashAttribute(
              "success",
              problems.messageOf("knowledge.category.saved", locale, category.name(locale)));
          return "redirect:/knowledge/categories";
        },
        () -> edit(form, null, model, locale));
  }

  @GetMapping("/{code}/edit")
  @PreAuthorize("hasAuthority('knowledge.write')")
  String editForm(@PathVariable String code, Model model, Locale locale) {
    TermNode<ArticleCategory> node = categories.node(code);
    return edit(ArticleCategoryForm.of(node.term(), node.parentCode()), node.term(), model, locale);
  }

  @PostMapping("/{code}/edit")
  @PreAuthorize("hasAuthority('knowledge.write')")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("categoryForm") ArticleCategoryForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    ArticleCategory category = categories.getByCode(code);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          ArticleCategory saved = categories.update(category.id(), form.toCommand());
          redirect.addFlashAttribute(
              "success",
              problems.messageOf("knowledge.category.saved", locale, saved.name(locale)));
          return "redirect:/knowledge/categories";
        },
        () -> edit(form, category, model, locale));
  }

  private String edit(
      ArticleCategoryForm form, ArticleCategory category, Model model, Locale locale) {
    model.addAttribute("page", PAGE);
    model.addAttribute("categoryForm", form);
    model.addAttribute("category", category);
    List<List<String>> parents =
        categories.nodes().stream()
            .filter(n -> category == null || !n.term().id().equals(category.id()))
            .map(n -> List.of(n.term().code(), "— ".repeat(n.depth()) + n.term().name(locale)))
            .toList();
    model.addAttribute("parentOptions", parents);
    return "support/knowledge/categories/edit";
  }
}
