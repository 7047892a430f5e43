package io.pyra.sales.order;

import io.pyra.customer.CustomerId;
import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's orders, contracts and credit notes on the timeline, at the time they were ordered:
 * number, kind, amount with its currency and status; only those the reader's {@code order.read}
 * reaches. Read newest first from {@code (customer_id, ordered_at, id)}.
 */
@Component
class OrderTimelineSource implements TimelineSource {

  static final String KIND = "order";

  private static final String SELECT =
      """
      select o.id, o.ordered_at, o.number, o.kind, o.status, o.amount, o.currency, u.display_name
        from sales_order o
        left join identity_user_view u on u.id = o.owner_id
       where\s""";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final OrderAccess access;

  OrderTimelineSource(JdbcClient jdbc, MessageSource messages, OrderAccess access) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.access = access;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public List<TimelineEntry> entries(
      CustomerId customerId, TimelinePosition before, int limit, Locale locale) {
    Where where =
        new Where()
            .and("o.customer_id = :customerId", "customerId", customerId.value())
            .and(access.visible());
    if (before != null) {
      where.and(Entries.NEWEST.after(SqlTime.utc(before.occurredAt()), before.id()));
    }
    List<TimelineEntry> entries = new ArrayList<>();
    where
        .param("limit", limit)
        .query(jdbc, SELECT, Entries.NEWEST.orderBy(), "limit :limit")
        .query(
            rs -> {
              UUID id = rs.getObject(1, UUID.class);
              String kind = message("order.kind." + rs.getString(4), locale);
              String status = message("order.status." + rs.getString(5), locale);
              entries.add(
                  new TimelineEntry(
                      KIND,
                      id,
                      rs.getObject(2, OffsetDateTime.class).toInstant(),
                      messages.getMessage(
                          "timeline.order.title", new Object[] {kind, rs.getString(3)}, locale),
                      messages.getMessage(
                          "timeline.order.summary",
                          new Object[] {
                            money(rs.getBigDecimal(6), locale), rs.getString(7), status
                          },
                          locale),
                      rs.getString(8),
                      "/orders/" + id));
            });
    return entries;
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  /** An amount rounded to the cent as the reader writes numbers. */
  static String money(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(value.setScale(2, RoundingMode.HALF_EVEN));
  }

  private enum Entries implements SortKey {
    NEWEST("order by o.ordered_at desc, o.id desc", "(o.ordered_at, o.id) < (:after0, :after1)");

    private final String orderBy;
    private final String after;

    Entries(String orderBy, String after) {
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
