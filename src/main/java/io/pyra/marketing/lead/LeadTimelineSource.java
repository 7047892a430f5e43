package io.pyra.marketing.lead;

import io.pyra.customer.CustomerId;
import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of the leads converted into a customer, on that customer's timeline: each entry of
 * the lead's history (recorded, contacted, booked, arrived, converted …), read by the lead's
 * customer index and the history's {@code (lead_id, at)} index.
 */
@Component
class LeadTimelineSource implements TimelineSource {

  static final String KIND = "lead";

  private static final String SELECT =
      """
      select e.id, e.at, e.kind, e.from_status, e.to_status, e.note, u.display_name, l.id, l.name
        from marketing_lead l
        join marketing_lead_event e on e.lead_id = l.id
        left join identity_user_view u on u.id = e.actor_id
       where l.customer_id = :customerId and\s""";

  private final JdbcClient jdbc;
  private final MessageSource messages;

  LeadTimelineSource(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 60;
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
              String kind = rs.getString(3);
              String to = rs.getString(5);
              String status =
                  to == null ? "" : messages.getMessage("lead.status." + to, null, to, locale);
              String note = rs.getString(6);
              entries.add(
                  new TimelineEntry(
                      KIND,
                      rs.getObject(1, UUID.class),
                      rs.getObject(2, OffsetDateTime.class).toInstant(),
                      messages.getMessage(
                          "timeline.lead." + kind.toLowerCase(Locale.ROOT) + ".title",
                          new Object[] {rs.getString(9), status},
                          locale),
                      note == null ? status : note,
                      rs.getString(7),
                      "/leads/" + rs.getObject(8, UUID.class)));
            });
    return entries;
  }

  private enum Entries implements SortKey {
    NEWEST("order by e.at desc, e.id desc", "(e.at, e.id) < (:after0, :after1)");

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
