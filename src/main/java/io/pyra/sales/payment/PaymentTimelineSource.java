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
 * Payments on the customer timeline, when they were paid, by who recorded them; only those of
 * orders within the reader's {@code order.read} reach (a reader of the customer may not see its
 * money).
 */
@Component
class PaymentTimelineSource implements TimelineSource {

  static final String KIND = "payment";

  private static final String SELECT =
      """
      select p.id, p.order_id, p.paid_at, p.amount, p.method, o.number, o.currency, u.display_name as actor
        from sales_payment p
        join sales_order o on o.id = p.order_id
        left join identity_user_view u on u.id = p.created_by
       where\s""";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final CurrentUser currentUser;

  PaymentTimelineSource(JdbcClient jdbc, MessageSource messages, CurrentUser currentUser) {
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
    return 40;
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
          .and("(p.paid_at, p.id) < (:at, :id)", "at", SqlTime.utc(before.occurredAt()))
          .param("id", before.id());
    }
    return where
        .param("limit", limit)
        .query(jdbc, SELECT, "order by p.paid_at desc, p.id desc limit :limit")
        .query(
            (rs, n) -> {
              UUID orderId = rs.getObject("order_id", UUID.class);
              String method =
                  messages.getMessage(
                      "sales.payment.method." + rs.getString("method"), null, locale);
              return new TimelineEntry(
                  KIND,
                  rs.getObject("id", UUID.class),
                  rs.getObject("paid_at", OffsetDateTime.class).toInstant(),
                  messages.getMessage(
                      "sales.timeline.payment.title",
                      new Object[] {
                        Money.shown(rs.getBigDecimal("amount")), rs.getString("currency")
                      },
                      locale),
                  messages.getMessage(
                      "sales.timeline.payment.summary",
                      new Object[] {method, rs.getString("number")},
                      locale),
                  rs.getString("actor"),
                  "/orders/" + orderId);
            })
        .list();
  }
}
