package io.pyra.integration.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportJobTests {

  @Test
  void isActiveWhileQueuedValidatingOrRunning() {
    assertThat(job(ImportJob.QUEUED, 0, 0).active()).isTrue();
    assertThat(job(ImportJob.VALIDATING, 10, 3).active()).isTrue();
    assertThat(job(ImportJob.RUNNING, 10, 3).active()).isTrue();
    assertThat(job(ImportJob.READY, 0, 0).active()).isFalse();
    assertThat(job(ImportJob.VALIDATED, 10, 10).active()).isFalse();
    assertThat(job(ImportJob.INTERRUPTED, 10, 3).active()).isFalse();
  }

  @Test
  void isFinishedOnlyWhenCompletedOrFailed() {
    assertThat(job(ImportJob.COMPLETED, 10, 10).finished()).isTrue();
    assertThat(job(ImportJob.FAILED, 10, 2).finished()).isTrue();
    assertThat(job(ImportJob.INTERRUPTED, 10, 3).finished()).isFalse();
    assertThat(job(ImportJob.VALIDATED, 10, 10).finished()).isFalse();
  }

  @Test
  void showsProgressAsAShareOfTheRows() {
    assertThat(job(ImportJob.RUNNING, 200, 50).percent()).isEqualTo(25);
    assertThat(job(ImportJob.QUEUED, 0, 0).percent()).isZero();
  }

  @Test
  void showsAFinishedOrValidatedImportAsWhole() {
    assertThat(job(ImportJob.FAILED, 200, 50).percent()).isEqualTo(100);
    assertThat(job(ImportJob.VALIDATED, 200, 0).percent()).isEqualTo(100);
  }

  @Test
  void neverShowsMoreThanAllTheRows() {
    assertThat(job(ImportJob.RUNNING, 10, 12).percent()).isEqualTo(100);
  }

  private static ImportJob job(String status, int totalRows, int processedRows) {
    return new ImportJob(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Li Lei",
        "customer",
        "customers.csv",
        "csv",
        "stored.csv",
        "name,phone",
        "{}",
        ImportJob.GOOD_ROWS,
        false,
        status,
        totalRows,
        processedRows,
        0,
        0,
        0,
        0,
        0,
        null,
        Instant.now(),
        null);
  }
}
