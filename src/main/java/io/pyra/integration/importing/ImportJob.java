package io.pyra.integration.importing;

import java.time.Instant;
import java.util.UUID;

/** One import: the uploaded file, its mapping, where it stands and what it did so far. */
public record ImportJob(
    UUID id,
    UUID createdBy,
    String createdByName,
    String entity,
    String fileName,
    String format,
    String storedFile,
    String headers,
    String mapping,
    String mode,
    boolean dryRun,
    String status,
    int totalRows,
    int processedRows,
    int createdCount,
    int updatedCount,
    int skippedCount,
    int errorCount,
    int lastCommittedRow,
    String message,
    Instant createdAt,
    Instant finishedAt) {

  public static final String READY = "READY";
  public static final String QUEUED = "QUEUED";
  public static final String VALIDATING = "VALIDATING";
  public static final String VALIDATED = "VALIDATED";
  public static final String RUNNING = "RUNNING";
  public static final String COMPLETED = "COMPLETED";
  public static final String FAILED = "FAILED";
  public static final String INTERRUPTED = "INTERRUPTED";

  public static final String GOOD_ROWS = "GOOD_ROWS";
  public static final String ALL_OR_NOTHING = "ALL_OR_NOTHING";

  public boolean active() {
    return QUEUED.equals(status) || VALIDATING.equals(status) || RUNNING.equals(status);
  }

  public boolean finished() {
    return COMPLETED.equals(status) || FAILED.equals(status);
  }

  /** Progress in percent of the rows (100 when finished). */
  public int percent() {
    if (finished() || VALIDATED.equals(status)) {
      return 100;
    }
    return totalRows <= 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
  }
}
