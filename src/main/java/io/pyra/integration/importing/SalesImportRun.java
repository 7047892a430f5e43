package io.pyra.integration.importing;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.sales.SalesImportApi;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import of order lines, products or payments with the customer import's machinery (dry
 * run, all or nothing, chunks committed with the job's progress, resume after the last committed
 * row), and ends a committed run with one audit record counting what it did.
 */
@Component
class SalesImportRun {

  private final ImportJobs jobs;
  private final ChunkPipeline pipeline;
  private final OrderLineChunk orders;
  private final ProductChunk products;
  private final PaymentChunk payments;
  private final SalesImportApi sales;
  private final IdentityApi identity;
  private final TransactionTemplate tx;
  private final String companyZone;

  SalesImportRun(
      ImportJobs jobs,
      ChunkPipeline pipeline,
      OrderLineChunk orders,
      ProductChunk products,
      PaymentChunk payments,
      SalesImportApi sales,
      IdentityApi identity,
      PlatformTransactionManager transactions,
      @Value("${pyra.time-zone:Asia/Shanghai}") String companyZone) {
    this.jobs = jobs;
    this.pipeline = pipeline;
    this.orders = orders;
    this.products = products;
    this.payments = payments;
    this.sales = sales;
    this.identity = identity;
    this.tx = new TransactionTemplate(transactions);
    this.companyZone = companyZone;
  }

  void run(ImportJob job, TabularFile file, ColumnPlan plan, int total, Locale locale) {
    if (job.dryRun()) {
      jobs.start(job.id(), ImportJob.VALIDATING, total, true);
      pass(job, file, plan, 0, 0, context(job, locale, file, plan), false);
      jobs.finish(job.id(), ImportJob.VALIDATED, null);
      return;
    }
    boolean resume = job.lastCommittedRow() > 0;
    if (ImportJob.ALL_OR_NOTHING.equals(job.mode()) && !resume) {
      jobs.start(job.id(), ImportJob.VALIDATING, total, true);
      pass(job, file, plan, 0, 0, context(job, locale, file, plan), false);
      if (jobs.find(job.id()).orElseThrow().errorCount() > 0) {
        jobs.finish(job.id(), ImportJob.FAILED, "import.all-or-nothing.refused");
        return;
      }
    }
    jobs.start(job.id(), ImportJob.RUNNING, total, !resume);
    ImportJob current = jobs.find(job.id()).orElseThrow();
    SalesImportContext context = context(job, locale, file, plan);
    pass(job, file, plan, current.lastCommittedRow(), current.processedRows(), context, true);
    ImportJob done = jobs.find(job.id()).orElseThrow();
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("rows", done.processedRows());
    counts.put("created", done.createdCount());
    counts.put("updated", done.updatedCount());
    counts.put("skipped", done.skippedCount());
    counts.put("errors", done.errorCount());
    if ("orders".equals(job.entity())) {
      counts.put("ordersCreated", context.created.get());
      counts.put("ordersReplaced", context.replaced.get());
      counts.put("ordersUnchanged", context.unchanged.get());
      counts.put("ordersRefused", context.refused.get());
      counts.put("customersCreated", context.customersCreated.get());
      counts.put("productsCreated", context.productsCreated.get());
    }
    tx.executeWithoutResult(status -> sales.audit(context.run(), job.entity(), counts));
    jobs.finish(job.id(), ImportJob.COMPLETED, null);
  }

  private void pass(
      ImportJob job,
      TabularFile file,
      ColumnPlan plan,
      int afterRow,
      int alreadyProcessed,
      SalesImportContext context,
      boolean write) {
    Function<List<SourceRow>, PreparedChunk> prepare =
        switch (job.entity()) {
          case "products" -> rows -> products.prepare(rows, plan, context);
          case "payments" -> rows -> payments.prepare(rows, plan, context);
          default -> rows -> orders.prepare(rows, plan, context);
        };
    Predicate<SourceRow> cutter =
        "orders".equals(job.entity()) ? orders.cutter(plan, context) : row -> true;
    pipeline.run(file, afterRow, alreadyProcessed, prepare, cutter, job.id(), write);
  }

  private SalesImportContext context(
      ImportJob job, Locale locale, TabularFile file, ColumnPlan plan) {
    ImportJobs.Options options = jobs.options(job.id());
    UserSummary actor = identity.user(new UserId(job.createdBy())).orElse(null);
    SalesImportContext context =
        new SalesImportContext(
            job.createdBy(),
            job.createdByName(),
            actor == null ? null : OrgUnitId.valueOrNull(actor.orgUnitId()),
            job.id(),
            locale,
            ZoneId.of(options.timeZone() == null ? companyZone : options.timeZone()),
            ZoneId.of(companyZone),
            options.currency(),
            sales.baseCurrency());
    if ("orders".equals(job.entity())) {
      int numbers =
          plan.columns().stream()
              .filter(c -> c.field().equals("orderNumber"))
              .mapToInt(ColumnPlan.Column::index)
              .findFirst()
              .orElse(-1);
      ImportJobs.OrderRows found =
          jobs.orderRows(job.id()).filter(o -> o.column() == numbers).orElse(null);
      context.grouped = found != null;
      if (found != null) {
        context.lastRowOf.putAll(found.scattered());
      } else {
        file.rows(0, row -> orders.remember(row, plan, context));
      }
    }
    return context;
  }
}
