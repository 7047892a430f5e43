package io.pyra.integration.web;

import io.pyra.integration.importing.ImportFileException;
import io.pyra.integration.importing.ImportJob;
import io.pyra.integration.importing.ImportJobs;
import io.pyra.integration.importing.ImportService;
import io.pyra.integration.importing.ImportWords;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.validation.InputLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports through the API: upload with mapping, dry run or commit in the background, status,
 * errors.
 */
@Tag(name = "Imports")
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAuthority('customer.import')")
class ImportRestController {

  private final ImportService imports;
  private final ImportJobs jobs;
  private final Problems problems;
  private final InputLimits limits;
  private final ImportWords words;

  ImportRestController(
      ImportService imports,
      ImportJobs jobs,
      Problems problems,
      InputLimits limits,
      ImportWords words) {
    this.words = words;
    this.imports = imports;
    this.jobs = jobs;
    this.problems = problems;
    this.limits = limits;
  }

  /**
   * The text fields of an upload with their limits (the mapping is kept in a column of 8,000
   * characters).
   */
  record UploadFields(
      @Size(max = 20) String entity,
      @Size(max = ImportService.KEPT_TEXT_MAX) String mapping,
      @Size(max = 20) String mode,
      @Size(max = 60) String timeZone,
      @Size(max = 10) String currency,
      @Size(max = 100) String assignee,
      @Size(max = 100) String team) {}

  @Operation(
      summary =
          "Upload a CSV, XLSX or vCard file and start its dry run or import in the background")
  @PostMapping(consumes = "multipart/form-data")
  ResponseEntity<ImportView> create(
      @RequestParam("file") MultipartFile file,
      @Parameter(
              description = "What the file holds; any other word is refused (422 naming entity)",
              schema =
                  @Schema(
                      allowableValues = {
                        "customers",
                        "contacts",
                        "orders",
                        "payments",
                        "products",
                        "opportunities",
                        "cases"
                      },
                      defaultValue = "customers",
                      maxLength = 20))
          @RequestParam(name = "entity", defaultValue = "customers")
          String entity,
      @Parameter(schema = @Schema(maxLength = ImportService.KEPT_TEXT_MAX))
          @RequestParam(name = "mapping", required = false)
          String mapping,
      @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
      @Parameter(schema = @Schema(maxLength = 20))
          @RequestParam(name = "mode", defaultValue = "GOOD_ROWS")
          String mode,
      @Parameter(
              description =
                  "Orders, payments and cases: the time zone of times without an offset (default: the company's)",
              schema = @Schema(maxLength = 60))
          @RequestParam(name = "timeZone", required = false)
          String timeZone,
      @Parameter(
              description =
                  "Orders, payments and products: the ISO 4217 currency of rows without one (default: the base currency)",
              schema = @Schema(maxLength = 10))
          @RequestParam(name = "currency", required = false)
          String currency,
      @Parameter(
              description =
                  "Cases: the username of the user the imported cases are given to (default: the importer, or nobody when a team is named)",
              schema = @Schema(maxLength = 100))
          @RequestParam(name = "assignee", required = false)
          String assignee,
      @Parameter(
              description =
                  "Cases: the code of the org unit (team) that works the imported cases; its business calendar counts their SLA (default: the assignee's unit)",
              schema = @Schema(maxLength = 100))
          @RequestParam(name = "team", required = false)
          String team,
      Locale locale)
      throws IOException {
    limits.check(new UploadFields(entity, mapping, mode, timeZone, currency, assignee, team));
    Map<String, String> columns =
        mapping == null || mapping.isBlank() ? null : imports.parseMapping(mapping);
    ImportJob job;
    try (InputStream in = file.getInputStream()) {
      job = imports.upload(file.getOriginalFilename(), in, entity);
    }
    if (timeZone != null || currency != null) {
      imports.options(job.id(), timeZone, currency);
    }
    imports.caseOptions(job.id(), assignee, team);
    job = imports.start(job.id(), columns, mode, dryRun, locale);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/imports/" + job.id()))
        .body(view(job, locale));
  }

  @Operation(
      summary = "Start the import of an uploaded (and dry-run) file, or resume an interrupted one")
  @PostMapping("/{id}/commit")
  ResponseEntity<ImportView> commit(
      @PathVariable UUID id,
      @RequestParam(name = "mode", defaultValue = "GOOD_ROWS") String mode,
      Locale locale) {
    ImportJob job = imports.get(id);
    job = imports.start(id, imports.mapping(job), mode, false, locale);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/imports/" + id))
        .body(view(job, locale));
  }

  @Operation(summary = "An import's status, counts, progress and first errors")
  @GetMapping("/{id}")
  ImportView get(@PathVariable UUID id, Locale locale) {
    return view(imports.get(id), locale);
  }

  @Operation(summary = "The rows of an import with their action (CREATE, UPDATE, SKIP, ERROR)")
  @GetMapping("/{id}/rows")
  List<ImportJobs.RowView> rows(
      @PathVariable UUID id,
      @RequestParam(name = "action", defaultValue = "") String action,
      @RequestParam(name = "offset", defaultValue = "0") int offset,
      @RequestParam(name = "limit", defaultValue = "100") int limit) {
    imports.get(id);
    return jobs.rowPage(id, action, Math.max(0, offset), Math.clamp(limit, 1, 1000));
  }

  @Operation(summary = "All errors of an import as CSV: row, column, reason")
  @GetMapping(value = "/{id}/errors.csv", produces = "text/csv")
  void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    ImportErrorsCsv.write(imports.get(id), jobs, response);
  }

  @Operation(
      summary =
          "The rejected rows as uploaded (same header and cells) with a reason column, as CSV"
              + " (UTF-8 with BOM, the upload's delimiter), to fix and import again")
  @GetMapping(value = "/{id}/rejected.csv", produces = "text/csv")
  void rejected(@PathVariable UUID id, Locale locale, HttpServletResponse response)
      throws IOException {
    ImportJob job = imports.get(id);
    ImportRejectedCsv.write(job, imports.header(job), jobs, words, locale, response);
  }

  @ExceptionHandler(ImportFileException.class)
  ProblemDetail refused(ImportFileException e, Locale locale) {
    String field = e.messageKey().startsWith("import.mapping") ? "mapping" : "file";
    String rule = e.messageKey().substring(e.messageKey().lastIndexOf('.') + 1);
    ProblemDetail problem =
        problems.invalid(
            HttpStatus.UNPROCESSABLE_CONTENT,
            List.of(new RuleViolation(field, rule, e.messageKey(), e.args())),
            locale);
    problem.setDetail(problems.messageOf(e.messageKey(), locale, e.args()));
    return problem;
  }

  private ImportView view(ImportJob job, Locale locale) {
    String message = job.message() == null ? null : problems.messageOf(job.message(), locale);
    return ImportView.of(job, message, jobs.firstErrors(job.id(), 20));
  }
}
