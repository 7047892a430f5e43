package io.pyra.sales.web;

import io.pyra.platform.taxonomy.TaxonomyPage;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.sales.pipeline.SalesSource;
import io.pyra.sales.pipeline.SalesSources;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
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

/** The administrator edits where opportunities come from, in both languages. */
@Controller
@RequestMapping("/settings/sources")
@PreAuthorize("hasAuthority('pipeline.manage')")
class SalesSourceWebController {

  private static final String PATH = "/settings/sources";

  private static final TaxonomyPage PAGE =
      new TaxonomyPage(
          PATH,
          "salesSource",
          true,
          "salesSources",
          "new-sales-source",
          "sales-source-",
          "sales-source-form",
          "termForm",
          "parent",
          true,
          false,
          2);

  private final SalesSources terms;
  private final TermPages pages;
  private final MessageSource messages;

  SalesSourceWebController(SalesSources terms, TermPages pages, MessageSource messages) {
    this.terms = terms;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("nodes", terms.hierarchy().nodes());
    return "sales/sources/list";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(name = "parent", required = false) String parent, Model model) {
    SalesSourceForm form = new SalesSourceForm();
    form.setParent(parent);
    return edit(form, null, model);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("termForm") SalesSourceForm form,
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
          SalesSource term = terms.create(form.toCommand());
          redirect.addFlashAttribute(
              "success",
              messages.getMessage("salesSource.saved", new Object[] {term.name(locale)}, locale));
          return "redirect:" + PATH;
        },
        () -> edit(form, null, model));
  }

  @GetMapping("/{code}/edit")
  String editForm(@PathVariable String code, Model model) {
    SalesSource term = terms.getByCode(code);
    String parent = terms.find(term.parentId()).map(SalesSource::code).orElse(null);
    return edit(SalesSourceForm.of(term, parent), term, model);
  }

  @PostMapping("/{code}/edit")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("termForm") SalesSourceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    SalesSource term = terms.getByCode(code);
    form.setCode(term.code());
    if (form.getParent() == null) {
      form.setParent(terms.find(term.parentId()).map(SalesSource::code).orElse(null));
    }
    return pages.save(
        result,
        locale,
        response,
        () -> {
          terms.update(term.id(), form.toCommand());
          redirect.addFlashAttribute(
              "success",
              messages.getMessage("salesSource.saved", new Object[] {form.getNameEn()}, locale));
          return "redirect:" + PATH;
        },
        () -> edit(form, term, model));
  }

  private String edit(SalesSourceForm form, SalesSource term, Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("termForm", form);
    model.addAttribute("term", term);
    model.addAttribute(
        "parentOptions",
        terms.hierarchy().terms().stream()
            .filter(t -> t.parentId() == null)
            .filter(t -> term == null || !t.id().equals(term.id()))
            .map(t -> List.of(t.code(), t.nameEn() + " / " + t.nameZh()))
            .toList());
    return "sales/sources/edit";
  }
}
