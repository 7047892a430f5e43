package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.identity.UserId;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the import of a sales pipeline set (entity {@code opportunities}) like the customer import:
 * a dry run checks every pipeline row against the stored records and what the set would create; a
 * commit first writes the set's offices, users, products and accounts that are missing (one
 * transaction), then the pipeline's rows chunk by chunk with the job's progress, resuming after the
 * last committed chunk.
 */
@Component
class OpportunityImportRunner {

  private final ImportJobs jobs;
  private final ChunkPipeline pipeline;
  private final OpportunityReferences references;
  private final OpportunityChunk chunk;
  private final JsonMapper json;
  private final TransactionTemplate tx;

  OpportunityImportRunner(
      ImportJobs jobs,
      ChunkPipeline pipeline,
      OpportunityReferences references,
      OpportunityChunk chunk,
      JsonMapper json,
      PlatformTransactionManager transactions) {
    this.jobs = jobs;
    this.pipeline = pipeline;
    this.references = references;
    this.chunk = chunk;
    this.json = json;
    this.tx = new TransactionTemplate(transactions);
  }

  void run(ImportJob job, Locale locale) {
    OpportunitySet set = OpportunitySet.open(Path.of(job.storedFile()), job.format());
    TabularFile file = set.pipeline();
    Map<String, String> mapping =
        json.readValue(job.mapping(), new TypeReference<LinkedHashMap<String, String>>() {});
    ColumnPlan plan = ColumnPlan.of(file.header(), mapping, job.entity(), List.of());
    int[] total = {job.totalRows()};
    if (total[0] == 0) {
      file.rows(0, r -> total[0]++);
    }
    UserId actor = new UserId(job.createdBy());
    OpportunityReferences.Parts parts = references.read(set, null);
    if (job.dryRun()) {
      jobs.start(job.id(), ImportJob.VALIDATING, total[0], true);
      pass(file, 0, 0, plan, references.resolve(withCurrency(parts)), actor, locale, false, job);
      jobs.finish(job.id(), ImportJob.VALIDATED, null);
      return;
    }
    boolean resume = job.lastCommittedRow() > 0;
    if (ImportJob.ALL_OR_NOTHING.equals(job.mode()) && !resume) {
      jobs.start(job.id(), ImportJob.VALIDATING, total[0], true);
      pass(file, 0, 0, plan, references.resolve(withCurrency(parts)), actor, locale, false, job);
      if (jobs.find(job.id()).orElseThrow().errorCount() > 0) {
        jobs.finish(job.id(), ImportJob.FAILED, "import.all-or-nothing.refused");
        return;
      }
    }
    jobs.start(job.id(), ImportJob.RUNNING, total[0], !resume);
    CustomerImportApi.ImportRun run =
        new CustomerImportApi.ImportRun(job.id(), actor, job.createdByName());
    OpportunityReferences.Resolved resolved =
        tx.execute(status -> references.write(withCurrency(parts), run));
    ImportJob current = jobs.find(job.id()).orElseThrow();
    pass(
        file,
        current.lastCommittedRow(),
        current.processedRows(),
        plan,
        resolved,
        actor,
        locale,
        true,
        job);
    jobs.finish(job.id(), ImportJob.COMPLETED, null);
  }

  /** The products of the set priced in the base currency (the file names none). */
  private OpportunityReferences.Parts withCurrency(OpportunityReferences.Parts parts) {
    String currency = references.baseCurrency();
    return new OpportunityReferences.Parts(
        parts.accounts(),
        parts.products().stream()
            .map(
                p ->
                    new io.pyra.sales.ImportedProduct(
                        p.name(), p.series(), p.listPrice(), currency))
            .toList(),
        parts.agents());
  }

  private void pass(
      TabularFile file,
      int afterRow,
      int alreadyProcessed,
      ColumnPlan plan,
      OpportunityReferences.Resolved resolved,
      UserId actor,
      Locale locale,
      boolean write,
      ImportJob job) {
    OpportunityChunk.Pass pass = new OpportunityChunk.Pass(resolved, actor, locale);
    pipeline.run(
        file, afterRow, alreadyProcessed, rows -> chunk.prepare(rows, plan, pass), job.id(), write);
  }
}
