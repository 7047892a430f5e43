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
    Thread.ofVirtual().name("import-" + id).start(() -> {
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
   * One pass over the file after {@code afterRow}. A reader thread parses and normalizes the next
   * chunks (pure computation) while this thread decides and writes the current one, each chunk in
   * its own transaction with the job's progress; so the file's parsing and the database's writing
   * overlap on two cores, and the order of decisions stays the file's order.
   */
  private void pass(TabularFile file, int afterRow, int alreadyProcessed, ColumnPlan plan, String entity,
      CustomerChunk.Context context, boolean write) {
    BlockingQueue<Object> prepared = new ArrayBlockingQueue<>(2);
    SecurityContext security = SecurityContextHolder.getContext();
    Thread reader = Thread.ofVirtual().name("import-reader-" + context.importId).start(() -> {
      SecurityContextHolder.setContext(security);
      try {
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
      } catch (RuntimeException e) {
        if (!(e.getCause() instanceof InterruptedException)) {
          prepared.clear();
          hand(prepared, e);
        }
      } finally {
        SecurityContextHolder.clearContext();
      }
    });
    try {
      int processed = alreadyProcessed;
      while (true) {
        Object next = prepared.take();
        if (next == END) {
          break;
        }
        if (next instanceof RuntimeException e) {
          throw e;
        }
        PreparedChunk chunk = (PreparedChunk) next;
        int done = processed + chunk.size();
        tx.executeWithoutResult(status -> {
          bulk.commitWithoutWaiting();
          List<RowOutcome> outcomes = chunk.decide(write);
          jobs.rows(context.importId, outcomes);
          jobs.progress(context.importId, done, count(outcomes, RowOutcome.CREATE), count(outcomes, RowOutcome.UPDATE),
              count(outcomes, RowOutcome.SKIP), count(outcomes, RowOutcome.ERROR), write ? chunk.lastRow() : 0);
        });
        processed = done;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } finally {
      reader.interrupt();
    }
  }

  private static final Object END = new Object();

  private PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, String entity, CustomerChunk.Context context) {
    return "contacts".equals(entity)
        ? new PreparedChunk(rows.size(), rows.getLast().number(), write -> contactChunk.process(rows, plan, context, write))
        : customerChunk.prepare(rows, plan, context);
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
