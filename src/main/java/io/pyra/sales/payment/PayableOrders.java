package io.pyra.sales.payment;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.Where;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders as their payments see them, within the signed-in user's {@code order.read} reach: an order
 * out of reach is not found, exactly like an unknown one. A write locks the order's row first
 * ({@code select … for update}), so that two payments of one order are checked one after the other.
 */
@Component
public class PayableOrders {

  static final String ORDER = "order";

  private static final String SELECT =
      """
      select o.id, o.number, o.kind, o.status, o.customer_id, o.currency, o.exchange_rate, o.amount, o.paid,
             o.refunded, o.order_day, o.version
        from sales_order o
       where\s""";

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final ZoneId zone;

  PayableOrders(
      JdbcClient jdbc,
      CurrentUser currentUser,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.zone = ZoneId.of(zone);
  }

  /** The company's time zone, in which payment days are counted. */
  public ZoneId zone() {
    return zone;
  }

  /** Today in the company's time zone. */
  public LocalDate today() {
    return LocalDate.now(zone);
  }

  /** The order, if the signed-in user's {@code order.read} reaches it. */
  public Optional<PayableOrder> find(UUID id) {
    return read(id);
  }

  /** The order, or not found (404) when unknown or out of the user's reach. */
  public PayableOrder require(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(ORDER, id));
  }

  /** The order's row locked for this transaction, or not found as {@link #require}. */
  // the reach is checked first, then the row alone is locked: a lock over the visibility's
  // sub-query of org units would lock more than the order (or be refused by H2)
  PayableOrder lock(UUID id) {
    require(id);
    return new Where()
        .and("o.id = :id", "id", id)
        .query(jdbc, SELECT, "for update")
        .query(PayableOrder.class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException(ORDER, id));
  }

  /**
   * The customer's order with this number (case ignored), whoever may see orders: for a refund
   * another module decided on (a complaint's compensation), which checks its own permission. With
   * {@code lock} the row is locked for this transaction.
   */
  Optional<PayableOrder> ofCustomer(UUID customerId, String number, boolean lock) {
    if (customerId == null || number == null || number.isBlank()) {
      return Optional.empty();
    }
    Where where =
        new Where()
            .and("o.customer_id = :customer", "customer", customerId)
            .and("upper(o.number) = upper(:number)", "number", number.strip());
    JdbcClient.StatementSpec statement =
        lock ? where.query(jdbc, SELECT, "for update") : where.query(jdbc, SELECT);
    return statement.query(PayableOrder.class).optional();
  }

  private Optional<PayableOrder> read(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return new Where()
        .and("o.id = :id", "id", id)
        .and(currentUser.visibility("order.read").condition("o.owner_id", "o.org_unit_id"))
        .query(jdbc, SELECT)
        .query(PayableOrder.class)
        .optional();
  }
}
