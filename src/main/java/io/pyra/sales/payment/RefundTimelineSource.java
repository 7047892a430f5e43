package io.pyra.sales.payment;

import io.pyra.customer.CustomerId;
import io.pyra.identity.CurrentUser;
import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Where;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refunds on the customer timeline, when they were made, with their reason; only those of orders
 * within the reader's {@code order.read} reach.
 */
@Component
class RefundTimelineSource implements TimelineSource {

  static final String KIND = "refund";

  private static final String SELECT =
      """
      select r.id, r.order_id, r.refunded_at, r.amount, r.reason, o.number, o.currency, u.display_name as actor
        from sales_refund r
        join sales_order o on o.id = r.order_id
        left join identity_user_view u on u.id = r.created_by
       where\s""";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final CurrentUser currentUser;

  RefundTimelineSource(JdbcClient jdbc, MessageSource messages, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.currentUser = currentUser;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 41;
  }

  @Override
  public List<TimelineEntry> entries(
      CustomerId customerId, TimelinePosition before, int limit, Locale locale) {
    Where where =
        new Where()
            .and("o.customer_id = :customerId", "customerId", customerId.value())
            .and(currentUser.visibility("order.read").condition("o.owner_id", "o.org_unit_id"));
    if (before != null) {
      where
          .and("(r.refunded_at, r.id) < (:at, :id)", "at", SqlTime.utc(before.occurredAt()))
          .param("id", before.id());
    }
    return where
        .param("limit", limit)
        .query(jdbc, SELECT, "order by r.refunded_at desc, r.id desc limit :limit")
        .query(
            (rs, n) ->
                new TimelineEntry(
                    KIND,
                    rs.getObject("id", UUID.class),
                    rs.getObject("refunded_at", OffsetDateTime.class).toInstant(),
                    messages.getMessage(
                        "sales.timeline.refund.title",
                        new Object[] {
                          Money.shown(rs.getBigDecimal("amount")), rs.getString("currency")
                        },
                        locale),
                    messages.getMessage(
                        "sales.timeline.refund.summary",
                        new Object[] {rs.getString("reason"), rs.getString("number")},
                        locale),
                    rs.getString("actor"),
                    "/orders/" + rs.getObject("order_id", UUID.class)))
        .list();
  }
}
