package io.pyra.integration.web;

import io.pyra.integration.importing.ImportJob;
import io.pyra.integration.importing.ImportJobs;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import as the API shows it: status, counts, progress and the first errors. */
public record ImportView(
    UUID id,
    String entity,
    String fileName,
    String format,
    String status,
    String mode,
    boolean dryRun,
    int totalRows,
    int processedRows,
    int progress,
    int created,
    int updated,
    int skipped,
    int errors,
    int lastCommittedRow,
    String message,
    Instant createdAt,
    Instant finishedAt,
    List<ErrorView> firstErrors) {

  /** One error: the row (the header is row 1), the column, the rule and the reason. */
  public record ErrorView(
      int row, String column, String field, String rule, String message, boolean fatal) {}

  static ImportView of(ImportJob job, String message, List<ImportJobs.ErrorView> errors) {
    return new ImportView(
        job.id(),
        job.entity(),
        job.fileName(),
        job.format(),
        job.status(),
        job.mode(),
        job.dryRun(),
        job.totalRows(),
        job.processedRows(),
        job.percent(),
        job.createdCount(),
        job.updatedCount(),
        job.skippedCount(),
        job.errorCount(),
        job.lastCommittedRow(),
        message,
        job.createdAt(),
        job.finishedAt(),
        errors.stream()
            .map(
                e ->
                    new ErrorView(
                        e.rowNumber(), e.columnName(), e.field(), e.rule(), e.message(), e.fatal()))
            .toList());
  }
}
