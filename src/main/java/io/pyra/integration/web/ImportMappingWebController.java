package io.pyra.integration.web;

import io.pyra.customer.CustomerImportApi;
import io.pyra.integration.importing.ImportFileException;
import io.pyra.integration.importing.ImportJob;
import io.pyra.integration.importing.ImportService;
import io.pyra.integration.importing.ImportTargets;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.error.Problems;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * The column mapping of an uploaded file: one field per column, suggested from the header or taken
 * from a saved mapping; saved under a name on request; then the dry run or the import starts.
 */
@Controller
@RequestMapping("/imports/{id}/mapping")
@PreAuthorize("hasAuthority('customer.import')")
class ImportMappingWebController {

  private final ImportService imports;
  private final CustomerImportApi customers;
  private final Problems problems;

  ImportMappingWebController(
      ImportService imports, CustomerImportApi customers, Problems problems) {
    this.imports = imports;
    this.customers = customers;
    this.problems = problems;
  }

  /** One field a column can fill, with its label in the page's language. */
  record Target(String value, String label) {}

  /** One column of the file: its name, its first value, the field it fills now. */
  record Column(int index, String name, String sample, String target) {}

  @GetMapping
  String form(
      @PathVariable UUID id,
      @RequestParam(required = false) UUID saved,
      @RequestParam(required = false) String mode,
      Locale locale,
      Model model) {
    ImportJob job = imports.get(id);
    Map<String, String> mapping =
        saved == null ? imports.mapping(job) : imports.savedMapping(saved);
    List<String> header = imports.header(job);
    List<String> targets = header.stream().map(c -> mapping.getOrDefault(c, "")).toList();
    ImportMappingForm form = new ImportMappingForm();
    form.setTargets(new ArrayList<>(targets));
    form.setMode(ImportPages.mode(mode == null ? job.mode() : mode));
    return page(job, form, saved, locale, model);
  }

  @PostMapping
  String start(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ImportMappingForm form,
      BindingResult result,
      Locale locale,
      Model model) {
    ImportJob job = imports.get(id);
    if (result.hasErrors()) {
      return page(job, form, null, locale, model);
    }
    List<String> header = imports.header(job);
    Map<String, String> mapping = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String target = i < form.getTargets().size() ? form.getTargets().get(i) : null;
      if (target != null && !target.isBlank()) {
        mapping.put(header.get(i), target);
      }
    }
    boolean dryRun = !"import".equals(form.getRun());
    try {
      imports.start(id, mapping, ImportPages.mode(form.getMode()), dryRun, locale);
    } catch (ImportFileException e) {
      model.addAttribute("error", problems.messageOf(e.messageKey(), locale, e.args()));
      return page(job, form, null, locale, model);
    }
    imports.saveMapping(form.getSaveAs(), job.entity(), mapping);
    return "redirect:/imports/" + id + (dryRun ? "/dry-run" : "/progress");
  }

  private String page(
      ImportJob job, ImportMappingForm form, UUID saved, Locale locale, Model model) {
    List<String> header = imports.header(job);
    List<String> sample = imports.firstRow(job);
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String target = i < form.getTargets().size() ? form.getTargets().get(i) : "";
      columns.add(new Column(i, header.get(i), i < sample.size() ? sample.get(i) : "", target));
    }
    model.addAttribute("job", job);
    model.addAttribute("form", form);
    model.addAttribute("columns", columns);
    model.addAttribute("targets", targets(job.entity(), locale));
    model.addAttribute("modes", ImportPages.MODES);
    model.addAttribute("savedMappings", imports.savedMappings(job.entity()));
    model.addAttribute("saved", saved);
    return "integration/imports/mapping";
  }

  private List<Target> targets(String entity, Locale locale) {
    Map<String, CustomerImportApi.FieldInfo> custom = new LinkedHashMap<>();
    customers.customFields().forEach(f -> custom.put(ImportTargets.CUSTOM + f.code(), f));
    return imports.fields(entity).stream()
        .map(
            field -> {
              CustomerImportApi.FieldInfo info = custom.get(field);
              if (info != null) {
                String label =
                    new LocalizedName(info.labelEn(), info.labelZh()).inOrEnglish(locale);
                return new Target(field, label == null || label.isBlank() ? info.code() : label);
              }
              return new Target(field, problems.messageOf("imports.target." + field, locale));
            })
        .toList();
  }
}
