package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.platform.bulk.BulkRows;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries an import's rows through reading, deciding and writing, chunk by chunk, in the file's
 * order.
 */
@Component
class ChunkPipeline {

  private static final Object END = new Object();
  private static final int WRITE_ATTEMPTS = 5;

  private final ImportJobs jobs;
  private final BulkRows bulk;
  private final TransactionTemplate tx;
  private final TransactionTemplate readOnly;
  private final int chunkSize;

  ChunkPipeline(
      ImportJobs jobs,
      BulkRows bulk,
      PlatformTransactionManager transactions,
      @Value("${pyra.import.chunk-size:5000}") int chunkSize) {
    this.jobs = jobs;
    this.bulk = bulk;
    this.tx = new TransactionTemplate(transactions);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.chunkSize = chunkSize;
  }

  /**
   * One pass over the file after {@code afterRow}, as a pipeline of four threads: a reader parses
   * the file into the next chunks of rows; a preparer reads and normalizes their cells (pure
   * computation); a decider reads what the next chunk's rows match and decides them, on a read of
   * its own; the calling thread writes the current chunk with the job's progress in one
   * transaction. So parsing, deciding and the database's writing overlap on two cores. The order
   * stays the file's: a chunk decided while an earlier one was being written is decided again, in
   * the writing transaction, when that earlier chunk wrote anything the decision rests on; and a
   * chunk whose customers someone else saved after they were read is rolled back and decided again
   * on what they saved (the update checks each customer's version), so no one's change is lost.
   */
  void run(
      TabularFile file,
      int afterRow,
      int alreadyProcessed,
      Function<List<SourceRow>, PreparedChunk> prepare,
      UUID importId,
      boolean write) {
    run(file, afterRow, alreadyProcessed, prepare, row -> true, importId, write);
  }

  /**
   * As above, cutting a chunk only before a row {@code mayCutBefore} allows (asked once for every
   * row, in the file's order, before it joins a chunk): an order import keeps each order's rows in
   * one chunk.
   */
  void run(
      TabularFile file,
      int afterRow,
      int alreadyProcessed,
      Function<List<SourceRow>, PreparedChunk> prepare,
      java.util.function.Predicate<SourceRow> mayCutBefore,
      UUID importId,
      boolean write) {
    BlockingQueue<Object> read = new ArrayBlockingQueue<>(2);
    BlockingQueue<Object> prepared = new ArrayBlockingQueue<>(2);
    BlockingQueue<Object> decided = new ArrayBlockingQueue<>(1);
    WrittenChunks written = new WrittenChunks();
    SecurityContext security = SecurityContextHolder.getContext();
    Thread reader =
        stage(
            "import-reader-" + importId,
            security,
            read,
            () -> {
              List<SourceRow> chunk = new ArrayList<>(chunkSize);
              file.rows(
                  afterRow,
                  row -> {
                    if (mayCutBefore.test(row) && chunk.size() >= chunkSize) {
                      hand(read, List.copyOf(chunk));
                      chunk.clear();
                    }
                    chunk.add(row);
                  });
              if (!chunk.isEmpty()) {
                hand(read, List.copyOf(chunk));
              }
              hand(read, END);
            });
    Thread preparer =
        stage(
            "import-preparer-" + importId,
            security,
            prepared,
            () -> {
              while (true) {
                Object next = take(read);
                if (!(next instanceof List<?> rows)) {
                  hand(prepared, next);
                  return;
                }
                @SuppressWarnings("unchecked")
                List<SourceRow> chunk = (List<SourceRow>) rows;
                hand(prepared, prepare.apply(chunk));
              }
            });
    Thread decider =
        stage(
            "import-decider-" + importId,
            security,
            decided,
            () -> {
              while (true) {
                Object next = take(prepared);
                if (!(next instanceof PreparedChunk chunk)) {
                  hand(decided, next);
                  return;
                }
                int seen = written.committed();
                ChunkDecision decision =
                    chunk.decidableAhead() ? readOnly.execute(status -> chunk.decide()) : null;
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
            footprint =
                tx.execute(
                    status -> {
                      bulk.commitWithoutWaiting();
                      ChunkDecision decision = ahead.decision();
                      if (again || decision == null || written.overtake(decision, ahead.seen())) {
                        decision = ahead.chunk().decide();
                      }
                      Footprint wrote = write ? decision.write() : Footprint.NONE;
                      List<RowOutcome> outcomes = decision.outcomes();
                      jobs.rows(importId, outcomes, ahead.chunk().rows(), decision.rowsInRuns());
                      jobs.progress(
                          importId,
                          done,
                          count(outcomes, RowOutcome.CREATE),
                          count(outcomes, RowOutcome.UPDATE),
                          count(outcomes, RowOutcome.SKIP),
                          count(outcomes, RowOutcome.ERROR),
                          write ? ahead.chunk().lastRow() : 0);
                      return wrote;
                    });
          } catch (CustomerImportApi.ChangedMeanwhile e) {
            // someone saved a customer of this chunk after it was read: decided again on what they
            // saved
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
      preparer.interrupt();
      decider.interrupt();
    }
  }

  /**
   * A chunk with the decision made ahead of its writing (none if it could not be), and the commits
   * it saw.
   */
  private record Ahead(PreparedChunk chunk, ChunkDecision decision, int seen) {}

  /**
   * Starts one stage of the pipeline on a thread of its own, with the importing user's security
   * context. Parsing and deciding keep a core busy for long stretches: as virtual threads they
   * would hold their carriers meanwhile, and the writing thread would wait for one. A failure is
   * handed on in place of the stage's output (the stage is its queue's only producer), so the
   * writing thread fails with it.
   */
  private static Thread stage(
      String name, SecurityContext security, BlockingQueue<Object> output, Runnable work) {
    return Thread.ofPlatform()
        .daemon()
        .name(name)
        .start(
            () -> {
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
