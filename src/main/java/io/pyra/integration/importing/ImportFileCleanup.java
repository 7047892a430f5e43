package io.pyra.integration.importing;

import io.pyra.platform.SqlTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploaded files nobody needs any more: a finished import's at once (its outcome and errors
 * are in the database), a dry run's or an interrupted import's after {@code pyra.import.keep-files}
 * (a week by default; until then it can still be committed or resumed). Runs every hour on one
 * node.
 */
@Component
public class ImportFileCleanup {

  private static final Logger log = LoggerFactory.getLogger(ImportFileCleanup.class);

  private final JdbcClient jdbc;
  private final ImportRunner runner;
  private final Duration keep;

  ImportFileCleanup(
      JdbcClient jdbc, ImportRunner runner, @Value("${pyra.import.keep-files:P7D}") Duration keep) {
    this.jdbc = jdbc;
    this.runner = runner;
    this.keep = keep;
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
  @SchedulerLock(name = "integration.import-file-cleanup", lockAtMostFor = "PT30M")
  public void onSchedule() {
    clean();
  }

  /** Deletes the files no import needs any more; how many. */
  public int clean() {
    record Stored(java.util.UUID id, String storedFile) {}
    List<Stored> done =
        jdbc.sql(
                """
            select id, stored_file from integration_import
             where status in ('COMPLETED', 'FAILED')
                or (status in ('VALIDATED', 'INTERRUPTED') and created_at < ?)""")
            .param(SqlTime.utc(Instant.now().minus(keep)))
            .query(Stored.class)
            .list();
    int deleted = 0;
    for (Stored stored : done) {
      if (runner.isRunning(stored.id())) {
        continue;
      }
      try {
        OpportunitySet.deleteParts(Path.of(stored.storedFile()));
        if (Files.deleteIfExists(Path.of(stored.storedFile()))) {
          deleted++;
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        log.warn(
            "could not delete the uploaded file of import {}: {}", stored.id(), e.getMessage());
      }
    }
    return deleted;
  }
}
