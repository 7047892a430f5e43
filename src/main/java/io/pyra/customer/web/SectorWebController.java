package io.pyra.customer.web;

import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import io.pyra.platform.taxonomy.TaxonomyPage;
import io.pyra.platform.taxonomy.TermPages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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

/** The administrator edits the sector taxonomy: sectors and sub-sectors, in both languages. */
@Controller
@RequestMapping("/admin/sectors")
@PreAuthorize("hasAuthority('customer.configure')")
class SectorWebController {

  private static final TaxonomyPage PAGE =
      new TaxonomyPage(
          "/admin/sectors",
          "sector",
          false,
          "sectors",
          "new-sector",
          null,
          "sector-form",
          "sectorForm",
          "parentId",
          false,
          false,
          2);

  private final SectorService sectors;
  private final TermPages pages;
  private final MessageSource messages;

  SectorWebController(SectorService sectors, TermPages pages, MessageSource messages) {
    this.sectors = sectors;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("nodes", sectors.hierarchy().nodes());
    return "customer/sectors/list";
  }

  @GetMapping("/new")
  String createForm(@RequestParam(name = "parent", required = false) UUID parentId, Model model) {
    SectorForm form = new SectorForm();
    form.setParentId(parentId);
    return edit(form, null, model);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("sectorForm") SectorForm form,
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
          Sector sector = sectors.create(form.toCommand());
          redirect.addFlashAttribute(
              "success",
              messages.getMessage("sector.saved", new Object[] {sector.name(locale)}, locale));
          return "redirect:/admin/sectors";
        },
        () -> edit(form, null, model));
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    Sector sector = sectors.get(id);
    return edit(SectorForm.of(sector), sector, model);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("sectorForm") SectorForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Sector sector = sectors.get(id);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          sectors.update(id, form.toCommand());
          redirect.addFlashAttribute(
              "success",
              messages.getMessage("sector.saved", new Object[] {form.getNameEn()}, locale));
          return "redirect:/admin/sectors";
        },
        () -> edit(form, sector, model));
  }

  private String edit(SectorForm form, Sector sector, Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("sectorForm", form);
    model.addAttribute("sector", sector);
    model.addAttribute(
        "parentOptions",
        sectors.tree().stream()
            .filter(s -> s.parentId() == null)
            .filter(s -> sector == null || !s.id().equals(sector.id()))
            .map(s -> List.of(s.id().toString(), s.nameEn() + " / " + s.nameZh()))
            .toList());
    return "customer/sectors/edit";
  }
}
