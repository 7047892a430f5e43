package io.pyra.integration.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.integration.importing.ImportFileException;
import io.pyra.integration.importing.ImportJob;
import io.pyra.integration.importing.ImportJobs;
import io.pyra.integration.importing.ImportService;
import io.pyra.integration.importing.RowOutcome;
import io.pyra.platform.error.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A running or finished import: the dry run's outcome per row, and the import's progress, polled by
 * htmx every second while it runs (the fragment comes back without its trigger once it ends).
 */
@Controller
@RequestMapping("/imports/{id}")
@PreAuthorize("hasAuthority('customer.import')")
class ImportRunWebController {

  static final int PAGE_SIZE = 50;
  static final List<String> ACTIONS =
      List.of(RowOutcome.CREATE, RowOutcome.UPDATE, RowOutcome.SKIP, RowOutcome.ERROR);

  private final ImportService imports;
  private final ImportJobs jobs;
  private final ImportPages pages;
  private final Problems problems;

  ImportRunWebController(
      ImportService imports, ImportJobs jobs, ImportPages pages, Problems problems) {
    this.imports = imports;
    this.jobs = jobs;
    this.pages = pages;
    this.problems = problems;
  }

  /**
   * A row of the dry run or the import with its errors and the stored customer it was matched to
   * (code, name, and the key it was found by), if any.
   */
  record Row(
      int number,
      int lastRow,
      String action,
      String label,
      String matchedCode,
      String matchedName,
      String matchedBy,
      List<ImportJobs.ErrorView> errors) {}

  @GetMapping("/dry-run")
  String dryRun(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "0") int page,
      HtmxRequest htmx,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    ImportJob job = imports.get(id);
    String filter = ACTIONS.contains(action) ? action : "";
    int current = Math.max(0, page);
    model.addAttribute("job", pages.summary(job, locale));
    model.addAttribute("action", filter);
    model.addAttribute("actions", ACTIONS);
    model.addAttribute("modes", ImportPages.MODES);
    model.addAttribute("page", current);
    if (!job.active()) {
      List<ImportJobs.RowView> views = jobs.rowPage(id, filter, current * PAGE_SIZE, PAGE_SIZE + 1);
      model.addAttribute("rows", rows(id, views.subList(0, Math.min(PAGE_SIZE, views.size()))));
      model.addAttribute("hasNext", views.size() > PAGE_SIZE);
    }
    response.addHeader("Vary", "HX-Request");
    return htmx.isHtmxRequest()
        ? "integration/imports/dry-run :: outcome"
        : "integration/imports/dry-run";
  }

  @GetMapping("/progress")
  String progress(
      @PathVariable UUID id,
      HtmxRequest htmx,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    model.addAttribute("job", pages.summary(imports.get(id), locale));
    response.addHeader("Vary", "HX-Request");
    return htmx.isHtmxRequest()
        ? "integration/imports/progress :: progress"
        : "integration/imports/progress";
  }

  /** Imports the (dry-run) file with its mapping, or resumes an interrupted import. */
  @PostMapping("/commit")
  String commit(
      @PathVariable UUID id,
      @RequestParam(defaultValue = ImportJob.GOOD_ROWS) String mode,
      Locale locale,
      RedirectAttributes redirect) {
    ImportJob job = imports.get(id);
    try {
      imports.start(id, imports.mapping(job), ImportPages.mode(mode), false, locale);
    } catch (ImportFileException e) {
      redirect.addFlashAttribute("error", problems.messageOf(e.messageKey(), locale, e.args()));
    }
    return "redirect:/imports/" + id + "/progress";
  }

  private List<Row> rows(UUID id, List<ImportJobs.RowView> views) {
    if (views.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<ImportJobs.ErrorView>> errors = new LinkedHashMap<>();
    for (ImportJobs.ErrorView e :
        jobs.errors(id, views.getFirst().rowNumber(), views.getLast().rowNumber())) {
      errors.computeIfAbsent(e.rowNumber(), n -> new ArrayList<>()).add(e);
    }
    return views.stream()
        .map(
            v ->
                new Row(
                    v.rowNumber(),
                    v.lastRow(),
                    v.action(),
                    v.label(),
                    v.matchedCode(),
                    v.matchedName(),
                    v.matchedBy(),
                    errors.getOrDefault(v.rowNumber(), List.of())))
        .toList();
  }
}
