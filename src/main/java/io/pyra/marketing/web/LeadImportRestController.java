package io.pyra.marketing.web;

import io.pyra.marketing.lead.LeadImport;
import io.pyra.platform.error.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CSV import of leads over the API, all or nothing: 200 with the number imported; 422 with each
 * broken cell (row, column, message) and nothing imported; 409 with the rows that look like stored
 * customers or leads (or an earlier row) unless {@code allowDuplicates=true}.
 */
@Tag(name = "Leads")
@RestController
@RequestMapping("/api/v1/leads/import")
@PreAuthorize("hasAuthority('lead.write')")
class LeadImportRestController {

  /** What an import recorded, and the rows it recorded despite likely duplicates. */
  record LeadImportResult(int imported, List<Map<String, Object>> duplicates) {}

  private final LeadImport imports;
  private final Problems problems;

  LeadImportRestController(LeadImport imports, Problems problems) {
    this.imports = imports;
    this.problems = problems;
  }

  @Operation(
      summary =
          "Import leads from a CSV file (UTF-8, comma separated, header line; columns name, phone,"
              + " phone_other, email, source, campaign, interest, centre, notes, consent_email,"
              + " consent_sms, consent_phone; at most 2000 rows), all or nothing")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> run(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean allowDuplicates,
      Locale locale)
      throws IOException {
    LeadImport.Result result;
    try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
      result = imports.run(in, allowDuplicates);
    }
    if (!result.problems().isEmpty()) {
      ProblemDetail problem =
          problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "import-rows", "lead.import.failed", locale);
      problem.setProperty(
          "rows",
          result.problems().stream()
              .map(
                  p -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("row", p.row());
                    row.put("column", p.column());
                    row.put("message", problems.messageOf(p.messageKey(), locale, p.args()));
                    return row;
                  })
              .toList());
      return ResponseEntity.unprocessableContent().body(problem);
    }
    List<Map<String, Object>> duplicates =
        result.duplicates().stream().map(LeadImportRestController::describe).toList();
    if (result.imported() == 0 && !duplicates.isEmpty()) {
      ProblemDetail problem =
          problems.of(
              HttpStatus.CONFLICT,
              "duplicates",
              "lead.import.duplicatesFound",
              locale,
              duplicates.size());
      problem.setProperty("rows", duplicates);
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    return ResponseEntity.ok(new LeadImportResult(result.imported(), duplicates));
  }

  static Map<String, Object> describe(LeadImport.RowDuplicate duplicate) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("row", duplicate.row());
    row.put("name", duplicate.name());
    if (duplicate.sameAsRow() != null) {
      row.put("sameAsRow", duplicate.sameAsRow());
    }
    row.put("matches", duplicate.matches().stream().map(LeadProblemAdvice::describe).toList());
    return row;
  }
}
