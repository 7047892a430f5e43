package io.pyra.integration.importing;

import io.pyra.platform.PhoneNumbers;
import io.pyra.customer.CustomerImportApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs imports in the background (one virtual thread each) in chunks: each chunk's rows are
 * decided, written and recorded with the job's progress and last committed row in ONE
 * transaction, so an interrupted import holds whole chunks only and resumes after the last one.
 */
@Component
class ImportRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final ImportJobs jobs;
  private final CustomerChunk customerChunk;
  private final ContactChunk contactChunk;
  private final CustomerImportApi customers;
  private final TransactionTemplate tx;
  private final TransactionTemplate readOnly;
  private final JsonMapper json;
  private final int chunkSize;
  private final Set<UUID> running = ConcurrentHashMap.newKeySet();

  private final BulkCustomerSql bulk;

  private final PhoneNumbers phoneNumbers;

  ImportRunner(ImportJobs jobs, CustomerChunk customerChunk, ContactChunk contactChunk, CustomerImportApi customers,
      PlatformTransactionManager transactions, JsonMapper json, BulkCustomerSql bulk,
      @Value("${pyra.import.chunk-size:5000}") int chunkSize, PhoneNumbers phoneNumbers) {
    this.phoneNumbers = phoneNumbers;
    this.bulk = bulk;
    this.jobs = jobs;
    this.customerChunk = customerChunk;
    this.contactChunk = contactChunk;
    this.customers = customers;
    this.tx = new TransactionTemplate(transactions);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.json = json;
    this.chunkSize = chunkSize;
  }

  /** Imports that were running when the server stopped are marked interrupted; the same command resumes them. */
  @EventListener(ApplicationReadyEvent.class)
  void markInterrupted() {
    for (ImportJob job : jobs.withStatus(ImportJob.QUEUED, ImportJob.VALIDATING, ImportJob.RUNNING)) {
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
    Thread.ofPlatform().daemon().name("import-" + id).start(() -> {
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
    TabularFile file = TabularFile.open(Path.of(job.storedFile()), job.format(), phoneNumbers);
    List<CustomerImportApi.FieldInfo> fields = customers.customFields();
    Map<String, String> mapping = json.readValue(job.mapping(), new TypeReference<java.util.LinkedHashMap<String, String>>() {});
    ColumnPlan plan = ColumnPlan.of(file.header(), mapping, job.entity(), fields);
    int[] total = {job.totalRows()};
    if (total[0] == 0) {
      file.rows(0, r -> total[0]++);
    }
    CustomerChunk.Context context = new CustomerChunk.Context(job.createdBy(), job.createdByName(), id, locale, fields);
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
    pass(file, current.lastCommittedRow(), current.processedRows(), plan, job.entity(), context, true);
    jobs.finish(id, ImportJob.COMPLETED, null);
  }

  /**
   * One pass over the file after {@code afterRow}, as a pipeline of three threads: a reader parses and
   * normalizes the next chunks (pure computation); a decider reads what the next chunk's rows match and
   * decides them, on a read of its own; this thread writes the current chunk with the job's progress in
   * one transaction. So parsing, deciding and the database's writing overlap on two cores. The order
   * stays the file's: a chunk decided while an earlier one was being written is decided again, in the
   * writing transaction, when that earlier chunk wrote anything the decision rests on; and a chunk whose
   * customers someone else saved after they were read is rolled back and decided again on what they
   * saved (the update checks each customer's version), so no one's change is lost.
   */
  private void pass(TabularFile file, int afterRow, int alreadyProcessed, ColumnPlan plan, String entity,
      CustomerChunk.Context context, boolean write) {
    BlockingQueue<Object> prepared = new ArrayBlockingQueue<>(2);
    BlockingQueue<Object> decided = new ArrayBlockingQueue<>(1);
    WrittenChunks written = new WrittenChunks();
    SecurityContext security = SecurityContextHolder.getContext();
    Thread reader = stage("import-reader-" + context.importId, security, prepared, () -> {
      List<SourceRow> chunk = new ArrayList<>(chunkSize);
      file.rows(afterRow, row -> {
        chunk.add(row);
        if (chunk.size() >= chunkSize) {
          hand(prepared, prepare(List.copyOf(chunk), plan, entity, context));
          chunk.clear();
        }
      });
      if (!chunk.isEmpty()) {
        hand(prepared, prepare(List.copyOf(chunk), plan, entity, context));
      }
      hand(prepared, END);
    });
    Thread decider = stage("import-decider-" + context.importId, security, decided, () -> {
      while (true) {
        Object next = take(prepared);
        if (!(next instanceof PreparedChunk chunk)) {
          hand(decided, next);
          return;
        }
        int seen = written.committed();
        ChunkDecision decision = chunk.decidableAhead() ? readOnly.execute(status -> chunk.decide()) : null;
        hand(decided, new Ahead(chunk, decision, seen));
      }
    });
    try {
      int processed = alreadyProcessed;
      while (true) {
        Object next = take(decided);
        if (next == END) {
          break;
        }
        if (next instanceof RuntimeException e) {
          throw e;
        }
        Ahead ahead = (Ahead) next;
        int done = processed + ahead.chunk().size();
        Footprint footprint = null;
        for (int attempt = 1; footprint == null; attempt++) {
          boolean again = attempt > 1;
          try {
            footprint = tx.execute(status -> {
              bulk.commitWithoutWaiting();
              ChunkDecision decision = ahead.decision();
              if (again || decision == null || written.overtake(decision, ahead.seen())) {
                decision = ahead.chunk().decide();
              }
              Footprint wrote = write ? decision.write() : Footprint.NONE;
              List<RowOutcome> outcomes = decision.outcomes();
              jobs.rows(context.importId, outcomes);
              jobs.progress(context.importId, done, count(outcomes, RowOutcome.CREATE),
                  count(outcomes, RowOutcome.UPDATE), count(outcomes, RowOutcome.SKIP),
                  count(outcomes, RowOutcome.ERROR), write ? ahead.chunk().lastRow() : 0);
              return wrote;
            });
          } catch (BulkCustomerSql.CustomerChangedMeanwhile e) {
            // someone saved a customer of this chunk after it was read: decided again on what they saved
            if (attempt == WRITE_ATTEMPTS) {
              throw e;
            }
          }
        }
        written.add(footprint);
        processed = done;
      }
    } finally {
      reader.interrupt();
      decider.interrupt();
    }
  }

  /** A chunk with the decision made ahead of its writing (none if it could not be), and the commits it saw. */
  private record Ahead(PreparedChunk chunk, ChunkDecision decision, int seen) {}

  /**
   * Starts one stage of the pipeline on a thread of its own (parsing and deciding keep a core busy for
   * long stretches, so they are not virtual threads, which would hold their carrier meanwhile) with the importing user's security context;
   * a failure is handed on in place of the stage's output (the stage is its queue's only producer), so
   * the writing thread fails with it.
   */
  private static Thread stage(String name, SecurityContext security, BlockingQueue<Object> output, Runnable work) {
    return Thread.ofPlatform().daemon().name(name).start(() -> {
      SecurityContextHolder.setContext(security);
      try {
        work.run();
      } catch (RuntimeException e) {
        if (!(e.getCause() instanceof InterruptedException)) {
          output.clear();
          output.offer(e);
        }
      } finally {
        SecurityContextHolder.clearContext();
      }
    });
  }

  private static final Object END = new Object();
  private static final int WRITE_ATTEMPTS = 5;

  private PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, String entity, CustomerChunk.Context context) {
    return "contacts".equals(entity) ? contactChunk.prepare(rows, plan, context) : customerChunk.prepare(rows, plan, context);
  }

  private static Object take(BlockingQueue<Object> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
  }

  private static void hand(BlockingQueue<Object> queue, Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int count(List<RowOutcome> outcomes, String action) {
    return (int) outcomes.stream().filter(o -> o.action().equals(action)).count();
  }
}
