package io.pyra.sales.order;

import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a new order and its lines with two statements (the lines in one batch), and its audit
 * entry as the entity listener would: a create is the one write an order takes in the hundreds a
 * second, and persisting it through the entity manager cost as much as the rest of the request.
 *
 * <p>Only the create is written here; an order read back, changed or moved along its statuses goes
 * through its repository. The audit entry lists the same fields, in the same order, as an entity's
 * create does (its fields by name, those without a value left out, then its lines).
 */
@Component
class NewOrders {

  private static final String INSERT_ORDER =
      """
      insert into sales_order (id, number, kind, status, customer_id, contact_id, owner_id, org_unit_id,
        opportunity_id, original_order_id, ordered_at, order_day, currency, exchange_rate, amount, cost,
        amount_base, cost_base, paid, refunded, line_count, source, course_start, course_end, notes,
        signed_by, signed_at, cancelled_at, created_by, version, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String INSERT_LINE =
      """
      insert into sales_order_line (order_id, line_no, product_id, description, quantity, unit_price,
        discount_percent, unit_cost, amount, cost)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private final JdbcTemplate jdbc;
  private final AuditLog audit;

  NewOrders(JdbcTemplate jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Inserts {@code order} (new, never stored) with its lines and its audit entry. */
  void insert(Order order) {
    jdbc.update(
        INSERT_ORDER,
        ps ->
            set(
                ps,
                order.id(),
                order.number(),
                order.kind().name(),
                order.status().name(),
                order.customerId(),
                order.contactId(),
                order.ownerId(),
                order.orgUnitId(),
                order.opportunityId(),
                order.originalOrderId(),
                time(order.orderedAt()),
                order.orderDay(),
                order.currency(),
                order.exchangeRate(),
                order.amount(),
                order.cost(),
                order.amountBase(),
                order.costBase(),
                order.paid(),
                order.refunded(),
                order.lineCount(),
                order.source(),
                order.courseStart(),
                order.courseEnd(),
                order.notes(),
                order.signedBy(),
                time(order.signedAt()),
                time(order.cancelledAt()),
                order.createdBy(),
                order.version(),
                time(order.createdAt()),
                time(order.updatedAt())));
    List<OrderLine> lines = order.lines();
    if (!lines.isEmpty()) {
      jdbc.batchUpdate(
          INSERT_LINE,
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              OrderLine line = lines.get(i);
              set(
                  ps,
                  order.id(),
                  i + 1,
                  line.productId(),
                  line.description(),
                  line.quantity(),
                  line.unitPrice(),
                  line.discountPercent(),
                  line.unitCost(),
                  line.amount(),
                  line.cost());
            }

            @Override
            public int getBatchSize() {
              return lines.size();
            }
          });
    }
    order.stored();
    audit.appendByCurrentActor(
        "CREATE", OrderService.RECORD_TYPE, order.id().toString(), created(order));
  }

  /** The fields of a new order as the audit log lists an entity's create. */
  static List<FieldChange> created(Order order) {
    List<FieldChange> fields = new ArrayList<>(32);
    add(fields, "amount", order.amount());
    add(fields, "amountBase", order.amountBase());
    add(fields, "cancelledAt", order.cancelledAt());
    add(fields, "contactId", order.contactId());
    add(fields, "cost", order.cost());
    add(fields, "costBase", order.costBase());
    add(fields, "courseEnd", order.courseEnd());
    add(fields, "courseStart", order.courseStart());
    add(fields, "createdAt", order.createdAt());
    add(fields, "createdBy", order.createdBy());
    add(fields, "currency", order.currency());
    add(fields, "customerId", order.customerId());
    add(fields, "exchangeRate", order.exchangeRate());
    add(fields, "kind", order.kind());
    add(fields, "lineCount", order.lineCount());
    add(fields, "notes", order.notes());
    add(fields, "number", order.number());
    add(fields, "opportunityId", order.opportunityId());
    add(fields, "orderDay", order.orderDay());
    add(fields, "orderedAt", order.orderedAt());
    add(fields, "orgUnitId", order.orgUnitId());
    add(fields, "originalOrderId", order.originalOrderId());
    add(fields, "ownerId", order.ownerId());
    add(fields, "paid", order.paid());
    add(fields, "refunded", order.refunded());
    add(fields, "signedAt", order.signedAt());
    add(fields, "signedBy", order.signedBy());
    add(fields, "source", order.source());
    add(fields, "status", order.status());
    add(fields, "updatedAt", order.updatedAt());
    if (!order.lines().isEmpty()) {
      add(fields, "lines", order.lines());
    }
    return fields;
  }

  private static void add(List<FieldChange> fields, String name, Object value) {
    if (value != null) {
      fields.add(FieldChange.created(name, value));
    }
  }

  private static Object time(Instant instant) {
    return instant == null ? null : SqlTime.utc(instant);
  }

  private static void set(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }
}
