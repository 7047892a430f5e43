package io.pyra.integration.web;

import io.pyra.integration.importing.ImportJob;
import io.pyra.platform.error.Problems;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the import pages show of a job: formatted times, the progress bar's width step, the message.
 */
@Component
class ImportPages {

  static final List<String> MODES = List.of(ImportJob.GOOD_ROWS, ImportJob.ALL_OR_NOTHING);

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Problems problems;
  private final ZoneId zone;

  ImportPages(Problems problems, @Value("${pyra.time-zone:UTC}") String zone) {
    this.problems = problems;
    this.zone = ZoneId.of(zone);
  }

  /** One import as the pages show it. */
  record Summary(
      UUID id,
      String fileName,
      String entity,
      String status,
      String mode,
      boolean dryRun,
      boolean active,
      boolean finished,
      int totalRows,
      int processedRows,
      int percent,
      int widthStep,
      int created,
      int updated,
      int skipped,
      int errors,
      String message,
      String createdAt,
      String finishedAt,
      String state) {

    /**
     * Whether the bar and the counts show real progress of this run: not while it waits or starts,
     * nor on the progress page of a file that was only dry-run.
     */
    public boolean measured() {
      return RUNNING_STATE.equals(state) || DONE_STATE.equals(state);
    }

    public boolean resumable() {
      return !dryRun && (ImportJob.INTERRUPTED.equals(status) || ImportJob.FAILED.equals(status));
    }
  }

  Summary summary(ImportJob job) {
    return summary(job, Locale.ENGLISH);
  }

  /** The run waits for its turn (queued). */
  static final String WAITING_STATE = "waiting";

  /** The run started and has not finished a chunk yet. */
  static final String STARTING_STATE = "starting";

  /** The run has finished chunks: the bar and the counts show them. */
  static final String RUNNING_STATE = "running";

  /** The file was uploaded or dry-run only: nothing was imported yet. */
  static final String NOT_RUN_STATE = "not-run";

  /** The import completed, failed or was interrupted: the counts are what it did. */
  static final String DONE_STATE = "done";

  static String state(ImportJob job) {
    return switch (job.status()) {
      case ImportJob.QUEUED -> WAITING_STATE;
      case ImportJob.VALIDATING, ImportJob.RUNNING ->
          job.processedRows() > 0 ? RUNNING_STATE : STARTING_STATE;
      case ImportJob.READY, ImportJob.VALIDATED -> NOT_RUN_STATE;
      default -> DONE_STATE;
    };
  }

  Summary summary(ImportJob job, Locale locale) {
    int percent = job.percent();
    String message = job.message() == null ? null : problems.messageOf(job.message(), locale);
    return new Summary(
        job.id(),
        job.fileName(),
        job.entity(),
        job.status(),
        job.mode(),
        job.dryRun(),
        job.active(),
        job.finished() || ImportJob.VALIDATED.equals(job.status()),
        job.totalRows(),
        job.processedRows(),
        percent,
        percent / 5 * 5,
        job.createdCount(),
        job.updatedCount(),
        job.skippedCount(),
        job.errorCount(),
        message,
        format(job.createdAt()),
        format(job.finishedAt()),
        state(job));
  }

  static String mode(String mode) {
    return ImportJob.ALL_OR_NOTHING.equalsIgnoreCase(mode)
        ? ImportJob.ALL_OR_NOTHING
        : ImportJob.GOOD_ROWS;
  }

  private String format(Instant instant) {
    return instant == null ? null : WHEN.format(instant.atZone(zone));
  }
}
