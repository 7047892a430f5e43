package io.pyra.support.web;

import io.pyra.platform.error.Problems;
import io.pyra.platform.taxonomy.TaxonomyPage;
import io.pyra.platform.taxonomy.TermNode;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.support.taxonomy.RootCause;
import io.pyra.support.taxonomy.RootCauses;
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
 * The root cause tree: seen by whoever reads cases or configures support, edited (names in both
 * languages, order, parent, active flag) with {@code support.configure}.
 */
@Controller
@RequestMapping("/support/root-causes")
class RootCauseWebController {

  static final String PATH = "/support/root-causes";

  static final TaxonomyPage PAGE =
      new TaxonomyPage(
          PATH,
          "rootCause",
          true,
          "root-causes",
          "new-root-cause",
          "root-cause-",
          "root-cause-form",
          "termForm",
          "parent",
          true,
          true,
          RootCauses.MAX_DEPTH);

  private final RootCauses terms;
  private final TermPages pages;
  private final Problems problems;

  RootCauseWebController(RootCauses terms, TermPages pages, Problems problems) {
    this.terms = terms;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  @PreAuthorize("hasAnyAuthority('case.read', 'support.configure')")
  String list(Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("nodes", terms.nodes());
    return "support/taxonomy/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAuthority('support.configure')")
  String createForm(@RequestParam(required = false) String parent, Model model, Locale locale) {
    CaseTermForm form = new CaseTermForm();
    form.setParent(parent);
    return edit(form, null, model, locale);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAuthority('support.configure')")
  String create(
      @Valid @ModelAttribute("termForm") CaseTermForm form,
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
          RootCause term = terms.create(form.toCommand());
          redirect.addFlashAttribute(
              "success", problems.messageOf("rootCause.saved", locale, term.name(locale)));
          return "redirect:" + PATH;
        },
        () -> edit(form, null, model, locale));
  }

  @GetMapping("/{code}/edit")
  @PreAuthorize("hasAuthority('support.configure')")
  String editForm(@PathVariable String code, Model model, Locale locale) {
    TermNode<RootCause> node = terms.node(code);
    return edit(CaseTermForm.of(node.term(), node.parentCode()), node.term(), model, locale);
  }

  @PostMapping("/{code}/edit")
  @PreAuthorize("hasAuthority('support.configure')")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("termForm") CaseTermForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    RootCause term = terms.getByCode(code);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          RootCause saved = terms.update(term.id(), form.toCommand());
          redirect.addFlashAttribute(
              "success", problems.messageOf("rootCause.saved", locale, saved.name(locale)));
          return "redirect:" + PATH;
        },
        () -> edit(form, term, model, locale));
  }

  private String edit(CaseTermForm form, RootCause term, Model model, Locale locale) {
    model.addAttribute("page", PAGE);
    model.addAttribute("termForm", form);
    model.addAttribute("term", term);
    List<List<String>> parents =
        terms.nodes().stream()
            .filter(n -> term == null || !n.term().id().equals(term.id()))
            .map(n -> List.of(n.term().code(), "— ".repeat(n.depth()) + n.term().name(locale)))
            .toList();
    model.addAttribute("parentOptions", parents);
    return "support/taxonomy/edit";
  }
}
