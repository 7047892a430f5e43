package io.pyra.sales.opportunity;

import io.pyra.customer.CustomerId;
import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Won and lost opportunities on the customer timeline, at the time they were won or lost, read from
 * the index on {@code (customer_id, status, stage_entered_at, id)}.
 */
@Component
class OpportunityTimelineSource implements TimelineSource {

  static final String KIND = "opportunity";

  private static final String SELECT =
      """
      select o.id, o.stage_entered_at, o.title, o.status, o.amount, o.currency, u.display_name,
             lr.name_en, lr.name_zh, o.competitor
        from sales_opportunity o
        left join identity_user_view u on u.id = o.owner_id
        left join sales_lost_reason lr on lr.id = o.lost_reason_id
       where o.customer_id = :customerId and o.status in ('WON', 'LOST') and\s""";

  private final JdbcClient jdbc;
  private final MessageSource messages;

  OpportunityTimelineSource(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
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
    Where where = new Where().param("customerId", customerId.value());
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
              String status = rs.getString(4);
              String amount =
                  rs.getBigDecimal(5).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                      + " "
                      + rs.getString(6);
              String summary;
              if ("WON".equals(status)) {
                summary =
                    messages.getMessage(
                        "timeline.opportunity.won.summary", new Object[] {amount}, locale);
              } else {
                String reason =
                    rs.getString(8) == null
                        ? ""
                        : new LocalizedName(rs.getString(8), rs.getString(9)).in(locale);
                String competitor = rs.getString(10) == null ? "" : rs.getString(10);
                summary =
                    messages.getMessage(
                        "timeline.opportunity.lost.summary",
                        new Object[] {amount, reason, competitor},
                        locale);
              }
              entries.add(
                  new TimelineEntry(
                      KIND,
                      id,
                      rs.getObject(2, OffsetDateTime.class).toInstant(),
                      messages.getMessage(
                          "timeline.opportunity." + status.toLowerCase(Locale.ROOT) + ".title",
                          new Object[] {rs.getString(3)},
                          locale),
                      summary,
                      rs.getString(7),
                      "/opportunities/" + id));
            });
    return entries;
  }

  private enum Entries implements SortKey {
    NEWEST(
        "order by o.stage_entered_at desc, o.id desc",
        "(o.stage_entered_at, o.id) < (:after0, :after1)");

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
