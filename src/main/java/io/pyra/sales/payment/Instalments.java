package io.pyra.sales.payment;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment schedule of an order: instalments with due dates whose amounts add up to the order's
 * amount. Without one, the order is due in full on its order day. The whole schedule is replaced at
 * once, against the order's version.
 */
@Service
public class Instalments {

  /** The most instalments one order's schedule has. */
  public static final int MAX = 120;

  /** One instalment as typed: its due day and amount. */
  public record NewInstalment(String dueOn, String amount) {}

  private final JdbcClient jdbc;
  private final PayableOrders orders;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  Instalments(JdbcClient jdbc, PayableOrders orders, CurrentUser currentUser, AuditLog audit) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /** The schedule as stored, by due date; empty when the order has none. */
  @Transactional(readOnly = true)
  public List<Instalment> of(UUID orderId) {
    orders.require(orderId);
    return stored(orderId);
  }

  /** The stored schedule, without a check of the reader (the caller has checked). */
  List<Instalment> stored(UUID orderId) {
    return jdbc.sql(
            "select seq, due_on, amount from sales_instalment where order_id = :order order by due_on, seq")
        .param("order", orderId)
        .query(Instalment.class)
        .list();
  }

  /**
   * Replaces the schedule of the order at {@code version} (else 412, nothing changed); an empty
   * list removes it. Refused (422) when a day or amount is bad, the amounts do not add up to the
   * order's amount, or the order is cancelled or a credit note.
   */
  @Transactional
  public List<Instalment> replace(UUID orderId, long version, List<NewInstalment> schedule) {
    PayableOrder order = orders.lock(orderId);
    if (!currentUser.visibility("payment.write").granted()) {
      throw new AccessRefusedException("payment.write");
    }
    if (order.version() != version) {
      throw new StaleVersionException(PayableOrders.ORDER, version, order.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    if (order.creditNote()) {
      violations.add(
          new RuleViolation("order", "credit-note", "sales.instalment.order.credit-note"));
    } else if (order.cancelled()) {
      violations.add(new RuleViolation("order", "cancelled", "sales.instalment.order.cancelled"));
    }
    if (schedule.size() > MAX) {
      violations.add(new RuleViolation("instalments", "size", "sales.instalment.size", MAX));
      throw new BusinessRuleException(violations);
    }
    List<Instalment> parsed = parse(schedule, violations);
    if (violations.isEmpty() && !parsed.isEmpty()) {
      BigDecimal sum =
          parsed.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(order.amount()) != 0) {
        violations.add(
            new RuleViolation(
                "instalments",
                "sum",
                "sales.instalment.sum",
                Money.shown(sum),
                Money.shown(order.amount()),
                order.currency()));
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    List<Instalment> sorted = new ArrayList<>();
    parsed.stream()
        .sorted(Comparator.comparing(Instalment::dueOn))
        .forEach(p -> sorted.add(new Instalment(sorted.size() + 1, p.dueOn(), p.amount())));
    String before = shown(stored(orderId));
    jdbc.sql("delete from sales_instalment where order_id = :order")
        .param("order", orderId)
        .update();
    for (Instalment instalment : sorted) {
      jdbc.sql(
              "insert into sales_instalment (order_id, seq, due_on, amount) values (:order, :seq, :due, :amount)")
          .param("order", orderId)
          .param("seq", instalment.seq())
          .param("due", instalment.dueOn())
          .param("amount", instalment.amount())
          .update();
    }
    jdbc.sql("update sales_order set version = version + 1, updated_at = :now where id = :order")
        .param("now", SqlTime.utc(Instant.now()))
        .param("order", orderId)
        .update();
    String after = shown(sorted);
    if (!after.equals(before)) {
      audit.appendByCurrentActor(
          "UPDATE",
          "sales_order",
          orderId.toString(),
          List.of(new FieldChange("instalments", before, after)));
    }
    return sorted;
  }

  /** A schedule as the audit log shows it: {@code [1. 2027-01-05 4900, 2. 2027-02-05 4900]}. */
  private static String shown(List<Instalment> schedule) {
    return schedule.stream()
        .map(
            i -> i.seq() + ". " + i.dueOn() + " " + i.amount().stripTrailingZeros().toPlainString())
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  /** The typed instalments read, each bad day or amount added to the violations by its index. */
  private static List<Instalment> parse(
      List<NewInstalment> schedule, List<RuleViolation> violations) {
    List<Instalment> parsed = new ArrayList<>();
    for (int i = 0; i < schedule.size(); i++) {
      NewInstalment typed = schedule.get(i);
      String field = "instalments[" + i + "]";
      LocalDate dueOn = PaymentInputs.day(field + ".dueOn", typed.dueOn(), violations);
      BigDecimal amount = PaymentInputs.amount(field + ".amount", typed.amount(), violations);
      if (dueOn != null && amount != null) {
        parsed.add(new Instalment(0, dueOn, amount));
      }
    }
    return parsed;
  }
}
