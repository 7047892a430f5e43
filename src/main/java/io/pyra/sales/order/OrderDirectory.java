package io.pyra.sales.order;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders the current user may see ({@code order.read} on the order's owner and org unit),
 * filtered, newest first, paged by a cursor holding the time and id of the last order shown.
 */
@Component
@Transactional(readOnly = true)
public class OrderDirectory {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT_WHERE =
      """
      select o.id, o.number, o.kind, o.status, o.customer_id, cu.code, cu.name, o.owner_id, u.display_name,
             o.ordered_at, o.order_day, o.currency, o.amount, o.cost, o.amount_base, o.paid, o.refunded,
             o.line_count, o.version
        from sales_order o
        left join customer_card_view cu on cu.id = o.customer_id
        left join identity_user_view u on u.id = o.owner_id
       where\s""";

  private static final String TEXT =
      "(lower(o.number) like :text "
          + Like.ESCAPE
          + " or lower(cu.name) like :text "
          + Like.ESCAPE
          + ")";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("order", Instant.class, UUID.class).refusedWith("order.cursor.invalid");

  private final JdbcClient jdbc;
  private final OrderAccess access;

  OrderDirectory(JdbcClient jdbc, OrderAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public Slice<OrderRow> search(OrderFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where().and(access.visible());
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "o.status in (:statuses)",
          "statuses",
          filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.kind() != null) {
      where.and("o.kind = :kind", "kind", filter.kind().name());
    }
    if (filter.customerId() != null) {
      where.and("o.customer_id = :customerId", "customerId", filter.customerId());
    }
    if (filter.ownerId() != null) {
      where.and("o.owner_id = :ownerId", "ownerId", filter.ownerId());
    }
    if (filter.from() != null) {
      where.and("o.order_day >= :fromDay", "fromDay", filter.from());
    }
    if (filter.to() != null) {
      where.and("o.order_day <= :toDay", "toDay", filter.to());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.and(
          TEXT, "text", Like.contains(filter.text().strip().toLowerCase(java.util.Locale.ROOT)));
    }
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      where.and(OrderOrder.NEWEST.after(SqlTime.utc(after.instant(0)), after.uuid(1)));
    }
    where.param("limit", size + 1);
    List<OrderRow> rows =
        where
            .query(jdbc, SELECT_WHERE, OrderOrder.NEWEST.orderBy(), "limit :limit")
            .query(OrderDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.orderedAt(), last.id()));
  }

  /** One order the current user may see. */
  public Optional<OrderRow> find(UUID id) {
    return new Where()
        .and("o.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT_WHERE)
        .query(OrderDirectory::row)
        .optional();
  }

  static OrderRow row(ResultSet rs, int n) throws SQLException {
    return new OrderRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        OrderKind.valueOf(rs.getString(3)),
        OrderStatus.valueOf(rs.getString(4)),
        rs.getObject(5, UUID.class),
        rs.getString(6),
        rs.getString(7),
        rs.getObject(8, UUID.class),
        rs.getString(9),
        SqlTime.instant(rs.getObject(10, OffsetDateTime.class)),
        rs.getObject(11, LocalDate.class),
        rs.getString(12),
        rs.getBigDecimal(13),
        rs.getBigDecimal(14),
        rs.getBigDecimal(15),
        rs.getBigDecimal(16),
        rs.getBigDecimal(17),
        rs.getInt(18),
        rs.getLong(19));
  }

  /** Newest first, then by id. */
  private enum OrderOrder implements SortKey {
    NEWEST(
        "order by o.ordered_at desc, o.id desc",
        "(o.ordered_at < :after0 or (o.ordered_at = :after0 and o.id < :after1))");

    private final String orderBy;
    private final String after;

    OrderOrder(String orderBy, String after) {
      this.orderBy = orderBy;
      this.after = after;
    }

    @Override
    public String orderBy() {
      return orderBy;
    }

    @Override
    public String after() {
      return after;
    }
  }
}
