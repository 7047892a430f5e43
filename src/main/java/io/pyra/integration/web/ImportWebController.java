package io.pyra.integration.web;

import io.pyra.integration.importing.ImportFileException;
import io.pyra.integration.importing.ImportJob;
import io.pyra.integration.importing.ImportJobs;
import io.pyra.integration.importing.ImportService;
import io.pyra.integration.importing.ImportWords;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The user's imports: the list, the upload form, opening one at the step it stands, its errors as
 * CSV.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAuthority('customer.import')")
class ImportWebController {

  private final ImportService imports;
  private final ImportJobs jobs;
  private final ImportPages pages;
  private final Problems problems;
  private final ImportWords words;

  ImportWebController(
      ImportService imports,
      ImportJobs jobs,
      ImportPages pages,
      Problems problems,
      ImportWords words) {
    this.words = words;
    this.imports = imports;
    this.jobs = jobs;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("imports", imports.mine().stream().map(pages::summary).toList());
    return "integration/imports/list";
  }

  @GetMapping("/new")
  String uploadForm(
      @RequestParam(name = "too-large", required = false) String tooLarge,
      @RequestParam(required = false) String malformed,
      Locale locale,
      Model model) {
    if (tooLarge != null) {
      model.addAttribute("error", problems.messageOf("imports.too-large", locale));
    } else if (malformed != null) {
      model.addAttribute("error", problems.messageOf("imports.malformed", locale));
    }
    return upload(model, "customers", ImportJob.GOOD_ROWS);
  }

  @PostMapping
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "entity", defaultValue = "customers") String entity,
      @RequestParam(name = "mode", defaultValue = ImportJob.GOOD_ROWS) String mode,
      @RequestParam(name = "timeZone", required = false) String timeZone,
      @RequestParam(name = "currency", required = false) String currency,
      @RequestParam(name = "assignee", required = false) String assignee,
      @RequestParam(name = "team", required = false) String team,
      Locale locale,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("error", problems.messageOf("imports.file.required", locale));
      return upload(model, entity, mode);
    }
    ImportJob job;
    try (InputStream in = file.getInputStream()) {
      job = imports.upload(file.getOriginalFilename(), in, entity);
      if ((timeZone != null && !timeZone.isBlank()) || (currency != null && !currency.isBlank())) {
        imports.options(job.id(), timeZone, currency);
      }
      imports.caseOptions(job.id(), assignee, team);
    } catch (ImportFileException e) {
      model.addAttribute("error", problems.messageOf(e.messageKey(), locale, e.args()));
      return upload(model, entity, mode);
    } catch (BusinessRuleException e) {
      model.addAttribute("error", problems.message(e.violations().getFirst(), locale));
      return upload(model, entity, mode);
    }
    return "redirect:"
        + UriComponentsBuilder.fromPath("/imports/{id}/mapping")
            .queryParam("mode", ImportPages.mode(mode))
            .buildAndExpand(job.id())
            .toUriString();
  }

  /** Opens an import at the step it stands: mapping, dry run or progress. */
  @GetMapping("/{id}")
  String open(@PathVariable UUID id) {
    ImportJob job = imports.get(id);
    if (ImportJob.READY.equals(job.status())) {
      return "redirect:/imports/" + id + "/mapping";
    }
    if (job.dryRun() && !ImportJob.INTERRUPTED.equals(job.status())) {
      return "redirect:/imports/" + id + "/dry-run";
    }
    return "redirect:/imports/" + id + "/progress";
  }

  @GetMapping(value = "/{id}/errors.csv", produces = "text/csv")
  void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    ImportErrorsCsv.write(imports.get(id), jobs, response);
  }

  /** The rejected rows as uploaded, with the reason, to fix and import again. */
  @GetMapping(value = "/{id}/rejected.csv", produces = "text/csv")
  void rejected(@PathVariable UUID id, Locale locale, HttpServletResponse response)
      throws IOException {
    ImportJob job = imports.get(id);
    ImportRejectedCsv.write(job, imports.header(job), jobs, words, locale, response);
  }

  private String upload(Model model, String entity, String mode) {
    model.addAttribute(
        "entity",
        ImportService.ENTITIES.contains(entity) ? entity : ImportService.ENTITIES.getFirst());
    model.addAttribute("mode", ImportPages.mode(mode));
    model.addAttribute("modes", ImportPages.MODES);
    return "integration/imports/new";
  }
}
