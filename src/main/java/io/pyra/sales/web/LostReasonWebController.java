package io.pyra.sales.web;

import io.pyra.platform.taxonomy.TaxonomyPage;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.sales.pipeline.LostReason;
import io.pyra.sales.pipeline.LostReasons;
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

/** The administrator edits the reasons a deal is lost, in both languages. */
@Controller
@RequestMapping("/settings/lost-reasons")
@PreAuthorize("hasAuthority('pipeline.manage')")
class LostReasonWebController {

  private static final String PATH = "/settings/lost-reasons";

  private static final TaxonomyPage PAGE =
      new TaxonomyPage(
          PATH,
          "lostReason",
          true,
          "lostReasons",
          "new-lost-reason",
          "lost-reason-",
          "lost-reason-form",
          "termForm",
          "parent",
          true,
          false,
          1);

  private final LostReasons terms;
  private final TermPages pages;
  private final MessageSource messages;

  LostReasonWebController(LostReasons terms, TermPages pages, MessageSource messages) {
    this.terms = terms;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("nodes", terms.hierarchy().nodes());
    return "sales/lost-reasons/list";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(name = "parent", required = false) String parent, Model model) {
    LostReasonForm form = new LostReasonForm();
    form.setParent(parent);
    return edit(form, null, model);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("termForm") LostReasonForm form,
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
          LostReason term = terms.create(form.toCommand());
          redirect.addFlashAttribute(
              "success",
              messages.getMessage("lostReason.saved", new Object[] {term.name(locale)}, locale));
          return "redirect:" + PATH;
        },
        () -> edit(form, null, model));
  }

  @GetMapping("/{code}/edit")
  String editForm(@PathVariable String code, Model model) {
    LostReason term = terms.getByCode(code);
    String parent = terms.find(term.parentId()).map(LostReason::code).orElse(null);
    return edit(LostReasonForm.of(term, parent), term, model);
  }

  @PostMapping("/{code}/edit")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("termForm") LostReasonForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    LostReason term = terms.getByCode(code);
    form.setCode(term.code());
    if (form.getParent() == null) {
      form.setParent(terms.find(term.parentId()).map(LostReason::code).orElse(null));
    }
    return pages.save(
        result,
        locale,
        response,
        () -> {
          terms.update(term.id(), form.toCommand());
          redirect.addFlashAttribute(
              "success",
              messages.getMessage("lostReason.saved", new Object[] {form.getNameEn()}, locale));
          return "redirect:" + PATH;
        },
        () -> edit(form, term, model));
  }

  private String edit(LostReasonForm form, LostReason term, Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("termForm", form);
    model.addAttribute("term", term);
    model.addAttribute("parentOptions", List.of());
    return "sales/lost-reasons/edit";
  }
}
