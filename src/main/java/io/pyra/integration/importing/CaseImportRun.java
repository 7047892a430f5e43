package io.pyra.integration.importing;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.support.CaseImportApi;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs an import of past cases (entity {@code cases}) with the customer import's machinery: a dry
 * run checks every row; all or nothing checks the whole file first and writes nothing when a row
 * has an error; a commit writes chunk by chunk with the job's progress and resumes after the last
 * committed chunk. Times without an offset are read in the import's zone (the company's by
 * default).
 */
@Component
class CaseImportRun {

  private final ImportJobs jobs;
  private final ChunkPipeline pipeline;
  private final CaseChunk chunk;
  private final CaseImportApi cases;
  private final String companyZone;

  CaseImportRun(
      ImportJobs jobs,
      ChunkPipeline pipeline,
      CaseChunk chunk,
      CaseImportApi cases,
      @Value("${pyra.time-zone:Asia/Shanghai}") String companyZone) {
    this.jobs = jobs;
    this.pipeline = pipeline;
    this.chunk = chunk;
    this.cases = cases;
    this.companyZone = companyZone;
  }

  void run(ImportJob job, TabularFile file, ColumnPlan plan, int total, Locale locale) {
    if (job.dryRun()) {
      jobs.start(job.id(), ImportJob.VALIDATING, total, true);
      pass(job, file, plan, 0, 0, locale, false);
      jobs.finish(job.id(), ImportJob.VALIDATED, null);
      return;
    }
    boolean resume = job.lastCommittedRow() > 0;
    if (ImportJob.ALL_OR_NOTHING.equals(job.mode()) && !resume) {
      jobs.start(job.id(), ImportJob.VALIDATING, total, true);
      pass(job, file, plan, 0, 0, locale, false);
      if (jobs.find(job.id()).orElseThrow().errorCount() > 0) {
        jobs.finish(job.id(), ImportJob.FAILED, "import.all-or-nothing.refused");
        return;
      }
    }
    jobs.start(job.id(), ImportJob.RUNNING, total, !resume);
    ImportJob current = jobs.find(job.id()).orElseThrow();
    pass(job, file, plan, current.lastCommittedRow(), current.processedRows(), locale, true);
    jobs.finish(job.id(), ImportJob.COMPLETED, null);
  }

  private void pass(
      ImportJob job,
      TabularFile file,
      ColumnPlan plan,
      int afterRow,
      int alreadyProcessed,
      Locale locale,
      boolean write) {
    CaseChunk.Pass pass =
        new CaseChunk.Pass(
            new UserId(job.createdBy()),
            job.createdByName(),
            job.id(),
            assignment(job),
            zone(job),
            locale);
    pipeline.run(
        file, afterRow, alreadyProcessed, rows -> chunk.prepare(rows, plan, pass), job.id(), write);
  }

  /** The team and assignee kept at the upload; the importer and their unit when none was kept. */
  private CaseImportApi.Assignment assignment(ImportJob job) {
    ImportJobs.CaseOptions kept = jobs.caseOptions(job.id());
    if (kept.caseTeamId() == null) {
      return cases.assignment(null, null);
    }
    return new CaseImportApi.Assignment(
        UserId.ofNullable(kept.caseAssigneeId()), new OrgUnitId(kept.caseTeamId()));
  }

  private ZoneId zone(ImportJob job) {
    String zone = jobs.options(job.id()).timeZone();
    return ZoneId.of(zone == null ? companyZone : zone);
  }
}
