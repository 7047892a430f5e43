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
import io.pyra.sales.PaymentId;
import io.pyra.sales.PaymentReceived;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance records the payments of an order: checked against the order's state and what is
 * outstanding while the order's row is locked, then the payment, the order's {@code paid} and
 * version change together, and {@link PaymentReceived} goes out through the outbox.
 */
@Service
public class PaymentService {

  /** The longest reference a payment keeps. */
  public static final int REFERENCE_MAX = 100;

  private final JdbcClient jdbc;
  private final PayableOrders orders;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  PaymentService(
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

  /** Whether the signed-in user may record payments and refunds at all. */
  public boolean mayWrite() {
    return currentUser.visibility("payment.write").granted();
  }

  /** The payments of an order the user may see, oldest first. */
  @Transactional(readOnly = true)
  public List<Payment> list(UUID orderId) {
    orders.require(orderId);
    return jdbc.sql(
            """
            select id, order_id, amount, paid_at, paid_on, method, prepayment, reference, created_by, created_at
              from sales_payment where order_id = :order order by paid_at, created_at, id""")
        .param("order", orderId)
        .query(
            (rs, n) ->
                new Payment(
                    rs.getObject("id", UUID.class),
                    rs.getObject("order_id", UUID.class),
                    rs.getBigDecimal("amount"),
                    rs.getObject("paid_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("paid_on", LocalDate.class),
                    rs.getString("method"),
                    rs.getBoolean("prepayment"),
                    rs.getString("reference"),
                    rs.getObject("created_by", UUID.class),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /**
   * Records a payment; refused (422 naming the field, nothing changed) for a bad amount, time or
   * method, a draft or cancelled order or a credit note, or an amount over what is outstanding
   * unless it is a prepayment. An order the user may not see is not found.
   */
  @Transactional
  public Payment record(UUID orderId, RecordPayment command) {
    PayableOrder order = orders.lock(orderId);
    if (!mayWrite()) {
      throw new AccessRefusedException("payment.write");
    }
    List<RuleViolation> violations = new ArrayList<>();
    BigDecimal amount = PaymentInputs.amount("amount", command.amount(), violations);
    Instant paidAt =
        PaymentInputs.time("paidAt", command.paidAt(), orders.zone(), orders.today(), violations);
    PaymentMethod method = method(command.method(), violations);
    String reference = command.reference() == null ? null : command.reference().strip();
    if (reference != null && reference.length() > REFERENCE_MAX) {
      violations.add(
          new RuleViolation(
              "reference", "max-length", "sales.payment.reference.max-length", REFERENCE_MAX));
    }
    if (reference != null && reference.isEmpty()) {
      reference = null;
    }
    state(order, violations);
    boolean prepayment = Boolean.TRUE.equals(command.prepayment());
    if (violations.isEmpty() && !prepayment && amount.compareTo(order.outstanding()) > 0) {
      violations.add(
          new RuleViolation(
              "amount",
              "exceeds-outstanding",
              "sales.payment.amount.exceeds-outstanding",
              Money.shown(order.outstanding()),
              order.currency()));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    UUID id = Ids.newId();
    UserId by = currentUser.requireId();
    Instant now = Instant.now();
    LocalDate paidOn = paidAt.atZone(orders.zone()).toLocalDate();
    jdbc.sql(
            """
            insert into sales_payment (id, order_id, amount, paid_at, paid_on, method, prepayment, reference,
              created_by, created_at)
            values (:id, :order, :amount, :paidAt, :paidOn, :method, :prepayment, :reference, :by, :now)""")
        .param("id", id)
        .param("order", orderId)
        .param("amount", amount)
        .param("paidAt", SqlTime.utc(paidAt))
        .param("paidOn", paidOn)
        .param("method", method.name())
        .param("prepayment", prepayment)
        .param("reference", reference)
        .param("by", by.value())
        .param("now", SqlTime.utc(now))
        .update();
    jdbc.sql(
            """
            update sales_order set paid = paid + :amount, version = version + 1, updated_at = :now
             where id = :order""")
        .param("amount", amount)
        .param("now", SqlTime.utc(now))
        .param("order", orderId)
        .update();
    audit.appendByCurrentActor(
        "CREATE",
        "sales_payment",
        id.toString(),
        List.of(
            FieldChange.created("amount", amount),
            FieldChange.created("method", method.name()),
            FieldChange.created("orderId", orderId),
            FieldChange.created("paidAt", paidAt),
            FieldChange.created("paidOn", paidOn),
            FieldChange.created("prepayment", prepayment),
            FieldChange.created("reference", reference)));
    events.publishEvent(
        new PaymentReceived(
            new PaymentId(id),
            new OrderId(orderId),
            CustomerId.ofNullable(order.customerId()),
            amount,
            order.currency(),
            amount.multiply(order.exchangeRate()).setScale(6, RoundingMode.HALF_EVEN),
            paidAt,
            paidOn,
            prepayment,
            by));
    return new Payment(
        id, orderId, amount, paidAt, paidOn, method.name(), prepayment, reference, by.value(), now);
  }

  /** A draft, a cancelled order and a credit note take no payment; said so on the field "order". */
  static void state(PayableOrder order, List<RuleViolation> violations) {
    if (order.creditNote()) {
      violations.add(new RuleViolation("order", "credit-note", "sales.payment.order.credit-note"));
    } else if (order.draft()) {
      violations.add(new RuleViolation("order", "draft", "sales.payment.order.draft"));
    } else if (order.cancelled()) {
      violations.add(new RuleViolation("order", "cancelled", "sales.payment.order.cancelled"));
    }
  }

  private static PaymentMethod method(String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new RuleViolation("method", "required", "sales.payment.method.required"));
      return null;
    }
    try {
      return PaymentMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation("method", "one-of", "sales.payment.method.one-of"));
      return null;
    }
  }
}
