package io.pyra.integration.importing;

import io.pyra.platform.error.Problems;
import io.pyra.sales.SalesImportApi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides and writes one chunk of payment rows: each row names a stored order by its number; a due
 * date adds an instalment of the amount, a paid date a payment of it (no more than what is
 * outstanding). An instalment or payment the order already holds (same day, amount and method) is
 * skipped, so a file imported twice adds nothing the second time.
 */
@Component
class PaymentChunk {

  private final SalesImportApi sales;
  private final Problems problems;

  PaymentChunk(SalesImportApi sales, Problems problems) {
    this.sales = sales;
    this.problems = problems;
  }

  private record Parsed(
      SourceRow row,
      String number,
      LocalDate dueOn,
      Instant paidAt,
      LocalDate paidOn,
      BigDecimal amount,
      String method,
      List<RowOutcome.Problem> problems) {}

  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, SalesImportContext context) {
    List<Parsed> parsed = new ArrayList<>(rows.size());
    rows.forEach(row -> parsed.add(parse(row, plan, context)));
    return new PreparedChunk(
        rows.size(), rows.getLast().number(), false, () -> decide(parsed, plan, context), rows);
  }

  private Parsed parse(SourceRow row, ColumnPlan plan, SalesImportContext context) {
    List<RowOutcome.Problem> found = new ArrayList<>();
    String number = OrderLineChunk.cell(row, plan, "orderNumber");
    if (number == null) {
      found.add(problem(plan, "orderNumber", "required", "import.sales.number-missing", context));
    }
    String amountText = OrderLineChunk.cell(row, plan, "amount");
    BigDecimal amount = SalesCells.decimal(amountText);
    if (amount == null
        || amount.signum() <= 0
        || amount.scale() > 6
        || amount.precision() - amount.scale() > 15) {
      found.add(problem(plan, "amount", "amount", "import.sales.amount", context, amountText));
      amount = null;
    }
    String dueText = OrderLineChunk.cell(row, plan, "dueDate");
    LocalDate dueOn = SalesCells.day(dueText);
    if (dueText != null && dueOn == null) {
      found.add(problem(plan, "dueDate", "date", "import.sales.date", context, dueText));
    }
    String paidText = OrderLineChunk.cell(row, plan, "paidDate");
    // a day alone is that day (at the start of it in the company's zone); a time, the day there
    LocalDate paidDay =
        paidText != null && paidText.length() <= 10 ? SalesCells.day(paidText) : null;
    Instant paidAt =
        paidDay != null
            ? paidDay.atStartOfDay(context.companyZone).toInstant()
            : SalesCells.moment(paidText, context.zone);
    LocalDate paidOn =
        paidDay != null
            ? paidDay
            : paidAt == null ? null : LocalDate.ofInstant(paidAt, context.companyZone);
    if (paidText != null && paidAt == null) {
      found.add(problem(plan, "paidDate", "date", "import.sales.date", context, paidText));
    }
    if (dueText == null && paidText == null) {
      found.add(problem(plan, "paidDate", "required", "import.sales.payment-dates", context));
    }
    String methodText = OrderLineChunk.cell(row, plan, "method");
    String method = methodText == null ? "OTHER" : methodText.toUpperCase(Locale.ROOT);
    if (!SalesImportApi.METHODS.contains(method)) {
      found.add(
          problem(
              plan,
              "method",
              "method",
              "import.sales.method",
              context,
              methodText,
              String.join(", ", SalesImportApi.METHODS)));
    }
    return new Parsed(row, number, dueOn, paidAt, paidOn, amount, method, found);
  }

  private record Decision(List<RowOutcome> outcomes, Runnable writer) implements ChunkDecision {

    @Override
    public boolean overtakenBy(Footprint written) {
      return true;
    }

    @Override
    public Footprint write() {
      writer.run();
      return Footprint.NONE;
    }
  }

  private Decision decide(List<Parsed> parsed, ColumnPlan plan, SalesImportContext context) {
    Map<String, SalesImportApi.StoredOrder> orders =
        sales.ordersSeenBy(
            parsed.stream().map(Parsed::number).filter(n -> n != null).distinct().toList(),
            new io.pyra.identity.UserId(context.actorId));
    Map<String, SalesImportApi.StoredSchedule> schedules = sales.schedules(orders.keySet());
    Map<String, Set<String>> instalmentKeys = new HashMap<>();
    Map<String, Set<String>> paymentKeys = new HashMap<>();
    Map<String, Integer> seqs = new HashMap<>();
    Map<String, BigDecimal> paid = new HashMap<>();
    schedules.forEach(
        (id, s) -> {
          instalmentKeys.put(id, new HashSet<>(s.instalments()));
          paymentKeys.put(id, new HashSet<>(s.payments()));
          seqs.put(id, s.lastSeq());
        });
    orders.values().forEach(o -> paid.put(o.number(), o.paid()));
    List<RowOutcome> outcomes = new ArrayList<>(parsed.size());
    List<SalesImportApi.NewInstalment> instalments = new ArrayList<>();
    List<SalesImportApi.NewPayment> payments = new ArrayList<>();
    for (Parsed p : parsed) {
      int number = p.row().number();
      if (!p.problems().isEmpty()) {
        outcomes.add(new RowOutcome(number, RowOutcome.ERROR, p.number(), p.problems()));
        continue;
      }
      SalesImportApi.StoredOrder order = orders.get(p.number());
      if (order == null) {
        outcomes.add(
            new RowOutcome(
                number,
                RowOutcome.ERROR,
                p.number(),
                List.of(
                    problem(
                        plan,
                        "orderNumber",
                        "order-unknown",
                        "import.sales.order-unknown",
                        context,
                        p.number()))));
        continue;
      }
      String id = order.number();
      boolean added = false;
      SalesImportApi.NewPayment payment = null;
      if (p.paidAt() != null) {
        LocalDate paidOn = p.paidOn();
        String key = SalesImportApi.StoredSchedule.paymentKey(paidOn, p.amount(), p.method());
        if (!paymentKeys.get(id).contains(key)) {
          BigDecimal outstanding = order.amount().subtract(paid.get(id));
          if (p.amount().compareTo(outstanding) > 0) {
            outcomes.add(
                new RowOutcome(
                    number,
                    RowOutcome.ERROR,
                    p.number(),
                    List.of(
                        problem(
                            plan,
                            "amount",
                            "overpaid",
                            "import.sales.overpaid",
                            context,
                            p.amount().toPlainString(),
                            outstanding
                                .max(BigDecimal.ZERO)
                                .stripTrailingZeros()
                                .toPlainString()))));
            continue;
          }
          payment =
              new SalesImportApi.NewPayment(
                  id,
                  p.amount(),
                  p.paidAt(),
                  paidOn,
                  p.method(),
                  new io.pyra.identity.UserId(context.actorId));
          paymentKeys.get(id).add(key);
          paid.merge(id, p.amount(), BigDecimal::add);
        }
      }
      if (p.dueOn() != null) {
        String key = SalesImportApi.StoredSchedule.instalmentKey(p.dueOn(), p.amount());
        if (instalmentKeys.get(id).add(key)) {
          int seq = seqs.merge(id, 1, Integer::sum);
          instalments.add(new SalesImportApi.NewInstalment(id, seq, p.dueOn(), p.amount()));
          added = true;
        }
      }
      if (payment != null) {
        payments.add(payment);
        added = true;
      }
      outcomes.add(
          new RowOutcome(
              number, added ? RowOutcome.CREATE : RowOutcome.SKIP, p.number(), List.of()));
    }
    return new Decision(outcomes, () -> sales.writePayments(instalments, payments));
  }

  private RowOutcome.Problem problem(
      ColumnPlan plan,
      String field,
      String rule,
      String key,
      SalesImportContext context,
      Object... args) {
    String column = null;
    for (ColumnPlan.Column c : plan.columns()) {
      if (c.field().equals(field)) {
        column = c.name();
      }
    }
    return new RowOutcome.Problem(
        column, field, rule, problems.messageOf(key, context.locale, args), true);
  }
}
