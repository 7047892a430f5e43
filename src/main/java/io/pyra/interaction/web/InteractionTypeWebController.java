package io.pyra.interaction.web;

import io.pyra.interaction.type.InteractionType;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.interaction.type.TypeNode;
import io.pyra.platform.error.Problems;
import io.pyra.platform.taxonomy.TaxonomyPage;
import io.pyra.platform.taxonomy.TermPages;
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
 * The administrator edits the contact record types: the tree, names in both languages, the
 * return-visit flag.
 */
@Controller
@RequestMapping("/admin/interaction-types")
@PreAuthorize("hasAuthority('interaction.configure')")
class InteractionTypeWebController {

  private static final TaxonomyPage PAGE =
      new TaxonomyPage(
          "/admin/interaction-types",
          "interaction.type",
          true,
          "interaction-types",
          "new-type",
          "type-",
          "type-form",
          "typeForm",
          "parent",
          true,
          true,
          Integer.MAX_VALUE);

  private final InteractionTypeService types;
  private final TermPages pages;
  private final Problems problems;

  InteractionTypeWebController(InteractionTypeService types, TermPages pages, Problems problems) {
    this.types = types;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("types", types.tree());
    return "interaction/types/list";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(required = false) String parent, Model model, Locale locale) {
    InteractionTypeForm form = new InteractionTypeForm();
    form.setParent(parent);
    return edit(form, null, model, locale);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("typeForm") InteractionTypeForm form,
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
          InteractionType type = types.create(form.command());
          redirect.addFlashAttribute(
              "success", problems.messageOf("interaction.type.saved", locale, type.name(locale)));
          return "redirect:/admin/interaction-types";
        },
        () -> edit(form, null, model, locale));
  }

  @GetMapping("/{code}/edit")
  String editForm(@PathVariable String code, Model model, Locale locale) {
    InteractionType type = types.get(code);
    String parent = types.find(type.parentId()).map(InteractionType::code).orElse(null);
    return edit(InteractionTypeForm.of(type, parent), type, model, locale);
  }

  @PostMapping("/{code}/edit")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("typeForm") InteractionTypeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    InteractionType type = types.get(code);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          InteractionType saved = types.update(code, form.command());
          redirect.addFlashAttribute(
              "success", problems.messageOf("interaction.type.saved", locale, saved.name(locale)));
          return "redirect:/admin/interaction-types";
        },
        () -> edit(form, type, model, locale));
  }

  private String edit(InteractionTypeForm form, InteractionType type, Model model, Locale locale) {
    model.addAttribute("page", PAGE);
    model.addAttribute("typeForm", form);
    model.addAttribute("type", type);
    List<List<String>> parents =
        types.tree().stream()
            .filter(n -> type == null || !n.type().id().equals(type.id()))
            .map(n -> List.of(n.type().code(), label(n, locale)))
            .toList();
    model.addAttribute("parentOptions", parents);
    return "interaction/types/edit";
  }

  static String label(TypeNode node, Locale locale) {
    return "— ".repeat(node.depth()) + node.type().name(locale);
  }
}
