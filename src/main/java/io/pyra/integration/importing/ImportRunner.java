package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.platform.PhoneNumbers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs imports in the background in chunks (see {@link ChunkPipeline}): each chunk's rows are
 * written and recorded with the job's progress and last committed row in ONE transaction, so an
 * interrupted import holds whole chunks only and resumes after the last one.
 */
@Component
class ImportRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final ImportJobs jobs;
  private final CustomerChunk customerChunk;
  private final ContactChunk contactChunk;
  private final CustomerImportApi customers;
  private final ChunkPipeline pipeline;
  private final OpportunityImportRunner opportunities;
  private final JsonMapper json;
  private final Set<UUID> running = ConcurrentHashMap.newKeySet();

  private final PhoneNumbers phoneNumbers;
  private final SalesImportRun sales;
  private final CaseImportRun cases;

  ImportRunner(
      CaseImportRun cases,
      SalesImportRun sales,
      ImportJobs jobs,
      CustomerChunk customerChunk,
      ContactChunk contactChunk,
      CustomerImportApi customers,
      ChunkPipeline pipeline,
      JsonMapper json,
      PhoneNumbers phoneNumbers,
      OpportunityImportRunner opportunities) {
    this.opportunities = opportunities;
    this.cases = cases;
    this.sales = sales;
    this.phoneNumbers = phoneNumbers;
    this.pipeline = pipeline;
    this.jobs = jobs;
    this.customerChunk = customerChunk;
    this.contactChunk = contactChunk;
    this.customers = customers;
    this.json = json;
  }

  /**
   * Imports that were running when the server stopped are marked interrupted; the same command
   * resumes them.
   */
  @EventListener(ApplicationReadyEvent.class)
  void markInterrupted() {
    for (ImportJob job :
        jobs.withStatus(ImportJob.QUEUED, ImportJob.VALIDATING, ImportJob.RUNNING)) {
      jobs.finish(job.id(), ImportJob.INTERRUPTED, null);
    }
  }

  boolean isRunning(UUID id) {
    return running.contains(id);
  }

  void launch(UUID id, Locale locale) {
    SecurityContext security = SecurityContextHolder.getContext();
    if (!running.add(id)) {
      return;
    }
    Thread.ofPlatform()
        .daemon()
        .name("import-" + id)
        .start(
            () -> {
              SecurityContextHolder.setContext(security);
              try {
                run(id, locale);
              } catch (ImportFileException e) {
                jobs.finish(id, ImportJob.FAILED, e.messageKey());
              } catch (RuntimeException e) {
                log.warn("import {} failed", id, e);
                jobs.finish(id, ImportJob.FAILED, "import.failed");
              } finally {
                running.remove(id);
                SecurityContextHolder.clearContext();
              }
            });
  }

  private void run(UUID id, Locale locale) {
    ImportJob job = jobs.find(id).orElseThrow();
    if ("opportunities".equals(job.entity())) {
      opportunities.run(job, locale);
      return;
    }
    TabularFile file = TabularFile.open(Path.of(job.storedFile()), job.format(), phoneNumbers);
    List<CustomerImportApi.FieldInfo> fields = customers.customFields();
    Map<String, String> mapping =
        json.readValue(
            job.mapping(), new TypeReference<java.util.LinkedHashMap<String, String>>() {});
    ColumnPlan plan = ColumnPlan.of(file.header(), mapping, job.entity(), fields);
    int[] total = {job.totalRows()};
    if (total[0] == 0) {
      file.rows(0, r -> total[0]++);
    }
    if (ImportTargets.SALES_FIELDS.containsKey(job.entity())) {
      sales.run(job, file, plan, total[0], locale);
      return;
    }
    if ("cases".equals(job.entity())) {
      cases.run(job, file, plan, total[0], locale);
      return;
    }
    CustomerChunk.Context context =
        new CustomerChunk.Context(
            job.createdBy(),
            job.createdByName(),
            id,
            locale,
            fields,
            "contacts".equals(job.entity()) ? null : customers.codedValues());
    if (job.dryRun()) {
      jobs.start(id, ImportJob.VALIDATING, total[0], true);
      pass(file, 0, 0, plan, job.entity(), context, false);
      jobs.finish(id, ImportJob.VALIDATED, null);
      return;
    }
    boolean resume = job.lastCommittedRow() > 0;
    if (ImportJob.ALL_OR_NOTHING.equals(job.mode()) && !resume) {
      jobs.start(id, ImportJob.VALIDATING, total[0], true);
      pass(file, 0, 0, plan, job.entity(), context, false);
      ImportJob checked = jobs.find(id).orElseThrow();
      if (checked.errorCount() > 0) {
        jobs.finish(id, ImportJob.FAILED, "import.all-or-nothing.refused");
        return;
      }
    }
    jobs.start(id, ImportJob.RUNNING, total[0], !resume);
    ImportJob current = jobs.find(id).orElseThrow();
    pass(
        file,
        current.lastCommittedRow(),
        current.processedRows(),
        plan,
        job.entity(),
        context,
        true);
    jobs.finish(id, ImportJob.COMPLETED, null);
  }

  private void pass(
      TabularFile file,
      int afterRow,
      int alreadyProcessed,
      ColumnPlan plan,
      String entity,
      CustomerChunk.Context context,
      boolean write) {
    // the phones and e-mails the pass's rows gave, with their first rows: a value repeated in a
    // later chunk is reported as one repeated within a chunk. A pass resumed after its last
    // committed row first reads the rows before it again (parsed only, no database round trip
    // per row), so it reports what the interrupted run would have reported.
    SeenKeys seen = new SeenKeys();
    if (afterRow > 0 && !"contacts".equals(entity)) {
      file.rows(
          0,
          row -> {
            if (row.number() <= afterRow) {
              customerChunk.remember(row, plan, context, seen);
            }
          });
    }
    pipeline.run(
        file,
        afterRow,
        alreadyProcessed,
        rows -> prepare(rows, plan, entity, context, seen),
        context.importId,
        write);
  }

  private PreparedChunk prepare(
      List<SourceRow> rows,
      ColumnPlan plan,
      String entity,
      CustomerChunk.Context context,
      SeenKeys seen) {
    return "contacts".equals(entity)
        ? contactChunk.prepare(rows, plan, context)
        : customerChunk.prepare(rows, plan, context, seen);
  }
}
