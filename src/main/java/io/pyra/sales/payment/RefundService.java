package io.pyra.sales.payment;

import io.pyra.customer.CustomerId;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.sales.OrderId;
import io.pyra.sales.RefundId;
import io.pyra.sales.RefundIssued;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance refunds money paid on an order: never more than was paid and not yet refunded, checked
 * while the order's row is locked; the refund, the order's {@code refunded} and version change
 * together, and {@link RefundIssued} goes out through the outbox.
 */
@Service
public class RefundService {

  /** The longest reason a refund keeps. */
  public static final int REASON_MAX = 500;

  private final JdbcClient jdbc;
  private final PayableOrders orders;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  RefundService(
      JdbcClient jdbc,
      PayableOrders orders,
      CurrentUser currentUser,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
  }

  /** The refunds of an order the user may see, oldest first. */
  @Transactional(readOnly = true)
  public List<Refund> list(UUID orderId) {
    orders.require(orderId);
    return jdbc.sql(
            """
            select id, order_id, amount, reason, refunded_at, refunded_on, created_by, created_at
              from sales_refund where order_id = :order order by refunded_at, created_at, id""")
        .param("order", orderId)
        .query(
            (rs, n) ->
                new Refund(
                    rs.getObject("id", UUID.class),
                    rs.getObject("order_id", UUID.class),
                    rs.getBigDecimal("amount"),
                    rs.getString("reason"),
                    rs.getObject("refunded_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("refunded_on", LocalDate.class),
                    rs.getObject("created_by", UUID.class),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /**
   * Issues a refund; refused (422 naming the field, nothing changed) for a bad amount or time, a
   * missing or too long reason, or an amount over what was paid and not yet refunded.
   */
  @Transactional
  public Refund issue(UUID orderId, IssueRefund command) {
    PayableOrder order = orders.lock(orderId);
    if (!currentUser.visibility("payment.write").granted()) {
      throw new AccessRefusedException("payment.write");
    }
    List<RuleViolation> violations = new ArrayList<>();
    BigDecimal amount = PaymentInputs.amount("amount", command.amount(), violations);
    String reason = command.reason() == null ? "" : command.reason().strip();
    if (reason.isEmpty()) {
      violations.add(new RuleViolation("reason", "required", "sales.refund.reason.required"));
    } else if (reason.length() > REASON_MAX) {
      violations.add(
          new RuleViolation("reason", "max-length", "sales.refund.reason.max-length", REASON_MAX));
    }
    Instant refundedAt =
        PaymentInputs.time(
            "refundedAt", command.refundedAt(), orders.zone(), orders.today(), violations);
    if (amount != null && amount.compareTo(order.refundable()) > 0) {
      violations.add(
          new RuleViolation(
              "amount",
              "exceeds-paid",
              "sales.refund.amount.exceeds-paid",
              Money.shown(order.refundable()),
              order.currency()));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return record(order, amount, reason, refundedAt);
  }

  /**
   * A refund that another module's approved decision calls for (a complaint's compensation): the
   * caller has checked its own permission (a manager's approval), so neither {@code order.read} nor
   * {@code payment.write} is asked here; sales checks, under the order's lock, that the order is
   * the customer's and that the amount is at most what was paid and not yet refunded.
   */
  @Transactional
  public Refund issueFor(UUID customerId, String orderNumber, BigDecimal amount, String reason) {
    PayableOrder order =
        orders
            .ofCustomer(customerId, orderNumber, true)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "orderNumber", "not-found", "import.sales.order-unknown", orderNumber));
    if (amount == null || amount.signum() <= 0) {
      throw new BusinessRuleException("amount", "positive", "sales.amount.positive");
    }
    if (amount.compareTo(order.refundable()) > 0) {
      throw new BusinessRuleException(
          "amount",
          "exceeds-paid",
          "sales.refund.amount.exceeds-paid",
          Money.shown(order.refundable()),
          order.currency());
    }
    String text = reason == null || reason.isBlank() ? "-" : reason.strip();
    return record(
        order,
        amount,
        text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text,
        Instant.now());
  }

  /** The customer's order with this number (case ignored), whoever may see orders. */
  @Transactional(readOnly = true)
  public Optional<PayableOrder> customerOrder(UUID customerId, String orderNumber) {
    return orders.ofCustomer(customerId, orderNumber, false);
  }

  private Refund record(PayableOrder order, BigDecimal amount, String reason, Instant refundedAt) {
    UUID orderId = order.id();
    UUID id = Ids.newId();
    UserId by = currentUser.requireId();
    Instant now = Instant.now();
    LocalDate refundedOn = refundedAt.atZone(orders.zone()).toLocalDate();
    jdbc.sql(
            """
            insert into sales_refund (id, order_id, amount, reason, refunded_at, refunded_on, created_by, created_at)
            values (:id, :order, :amount, :reason, :at, :on, :by, :now)""")
        .param("id", id)
        .param("order", orderId)
        .param("amount", amount)
        .param("reason", reason)
        .param("at", SqlTime.utc(refundedAt))
        .param("on", refundedOn)
        .param("by", by.value())
        .param("now", SqlTime.utc(now))
        .update();
    audit.appendByCurrentActor(
        "CREATE",
        "sales_refund",
        id.toString(),
        List.of(
            FieldChange.created("amount", amount),
            FieldChange.created("orderId", orderId),
            FieldChange.created("reason", reason),
            FieldChange.created("refundedAt", refundedAt),
            FieldChange.created("refundedOn", refundedOn)));
    jdbc.sql(
            """
            update sales_order set refunded = refunded + :amount, version = version + 1, updated_at = :now
             where id = :order""")
        .param("amount", amount)
        .param("now", SqlTime.utc(now))
        .param("order", orderId)
        .update();
    events.publishEvent(
        new RefundIssued(
            new RefundId(id),
            new OrderId(orderId),
            CustomerId.ofNullable(order.customerId()),
            amount,
            order.currency(),
            amount.multiply(order.exchangeRate()).setScale(6, RoundingMode.HALF_EVEN),
            refundedAt,
            refundedOn,
            by));
    return new Refund(id, orderId, amount, reason, refundedAt, refundedOn, by.value(), now);
  }
}
