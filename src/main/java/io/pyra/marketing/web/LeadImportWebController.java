package io.pyra.marketing.web;

import io.pyra.marketing.lead.LeadImport;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page that imports leads from a CSV file: all or nothing; the rows with a problem (row,
 * column, reason) or looking like stored customers or leads are listed, and nothing is saved.
 */
@Controller
@PreAuthorize("hasAuthority('lead.write')")
class LeadImportWebController {

  private final LeadImport imports;
  private final Problems problems;

  LeadImportWebController(LeadImport imports, Problems problems) {
    this.imports = imports;
    this.problems = problems;
  }

  @GetMapping("/leads/import")
  String form(Model model) {
    return page(model);
  }

  @PostMapping("/leads/import")
  String run(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean allowDuplicates,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response)
      throws IOException {
    LeadImport.Result result;
    try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
      result = imports.run(in, allowDuplicates);
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      model.addAttribute("fileError", problems.message(e.violations().get(0), locale));
      return page(model);
    }
    if (!result.problems().isEmpty()) {
      response.setStatus(422);
      model.addAttribute(
          "rowErrors",
          result.problems().stream()
              .map(
                  p ->
                      problems.messageOf(
                          "lead.import.row",
                          locale,
                          p.row(),
                          p.column(),
                          problems.messageOf(p.messageKey(), locale, p.args())))
              .toList());
      return page(model);
    }
    if (result.imported() == 0 && !result.duplicates().isEmpty()) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("duplicateRows", result.duplicates());
      return page(model);
    }
    redirect.addFlashAttribute(
        "success", problems.messageOf("lead.import.done", locale, result.imported()));
    return "redirect:/leads?source=IMPORT";
  }

  private String page(Model model) {
    model.addAttribute("maxRows", LeadImport.MAX_ROWS);
    model.addAttribute("columns", List.copyOf(LeadImport.COLUMNS));
    return "marketing/leads/import";
  }
}
